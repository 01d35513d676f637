package org.ohsonline.grid;

/**
 * A row of the grid list: its employers and the persons assigned today.
 *
 * @param members employers in the grid today
 * @param inspectors names of the inspectors assigned today, comma-separated
 * @param assistants names of the grid assistants assigned today, comma-separated
 */
public record GridSummary(long id, String name, String countyCode, int townships, int members, String inspectors,
		String assistants, boolean synthetic) {
}
