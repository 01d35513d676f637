package org.ohsonline.enforcement.internal;

import java.time.LocalDate;

import org.ohsonline.enforcement.ActionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives a supervisory act its administrative action code when it starts: the county of the employer's region, the
 * year of the day it starts, its kind, and the next number of that county's, year's and kind's sequence (taken in the
 * caller's transaction, so a rolled-back act leaves no gap behind a committed one).
 */
@Component
class ActionCodes {

	private final JdbcClient jdbc;

	ActionCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ActionCode next(String regionCode, LocalDate startsOn, ActionCode.Kind kind) {
		String county = regionCode.substring(0, Math.min(6, regionCode.length()));
		int sequence = this.jdbc.sql("""
				insert into enforcement.action_sequence (region_code, year, kind, last) values (:region, :year, :kind, 1)
				on conflict (region_code, year, kind) do update set last = enforcement.action_sequence.last + 1
				returning last""")
			.param("region", county)
			.param("year", startsOn.getYear())
			.param("kind", kind.name())
			.query(Integer.class)
			.single();
		return new ActionCode(county, startsOn.getYear(), kind, sequence);
	}

}
