package org.ohsonline.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A new random inspection plan.
 *
 * @param title what the plan is called on the portal
 * @param regionCode the division whose employers and inspectors the plan draws from (inside the caller's scope)
 * @param industries GB/T 4754 code prefixes the plan is limited to (empty: every industry)
 * @param startsOn first day of the period the inspections are carried out in
 * @param endsOn last day of that period
 * @param randomShare the share of the draw in the uniform random arm, 0–0.5 ({@code null}: the catalog's)
 */
public record PlanCommand(String title, String regionCode, List<String> industries, LocalDate startsOn,
		LocalDate endsOn, BigDecimal randomShare) {

	public PlanCommand {
		industries = industries == null ? List.of() : industries.stream().filter(i -> i != null && !i.isBlank()).map(String::trim).toList();
	}

}
