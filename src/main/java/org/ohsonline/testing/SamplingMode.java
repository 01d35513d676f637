package org.ohsonline.testing;

/** How a sample was taken (GBZ 159): on a worker (个体采样) or at a fixed point (定点采样). */
public enum SamplingMode {

	PERSONAL, AREA

}
