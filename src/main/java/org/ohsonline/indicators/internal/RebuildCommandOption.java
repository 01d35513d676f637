package org.ohsonline.indicators.internal;

/** The command-line option of the one-off rebuild ({@code org.ohsonline.IndicatorRebuildCommand}). */
public final class RebuildCommandOption {

	public static final String OPTION = "rebuild-indicators";

	private RebuildCommandOption() {
	}

}
