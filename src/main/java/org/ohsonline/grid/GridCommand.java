package org.ohsonline.grid;

import java.time.LocalDate;
import java.util.List;

/**
 * A grid to draw: its name and county, and what it is drawn from — townships (9-digit codes of the county) and/or
 * employers named by unified social credit code — from a day on.
 *
 * @param from the first day of membership ({@code null}: today)
 */
public record GridCommand(String name, String countyCode, String note, List<String> townships, List<String> creditCodes,
		LocalDate from) {

	public GridCommand {
		townships = townships == null ? List.of() : List.copyOf(townships);
		creditCodes = creditCodes == null ? List.of() : List.copyOf(creditCodes);
	}

}
