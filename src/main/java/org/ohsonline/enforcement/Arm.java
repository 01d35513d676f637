package org.ohsonline.enforcement;

/** Why an employer was drawn: an industry every plan covers in full, the uniform random arm, or its class's ratio. */
public enum Arm {

	/** 全覆盖: the industry is covered in full by every plan. */
	FULL,
	/** 随机对照组: drawn uniformly, class ignored, to measure whether targeting finds more than chance. */
	RANDOM,
	/** 按类别抽取: drawn at the ratio of its risk class. */
	TARGETED

}
