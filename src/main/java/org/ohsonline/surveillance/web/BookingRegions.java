package org.ohsonline.surveillance.web;

import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;

import org.springframework.stereotype.Component;

/** Region names on the booking pages, and the name of the user's own region. */
@Component("bookingRegions")
public class BookingRegions {

	private final Divisions divisions;

	BookingRegions(Divisions divisions) {
		this.divisions = divisions;
	}

	public String name(String code) {
		return code == null ? "" : this.divisions.find(code).map(Division::name).orElse(code);
	}

	String scopeName(Actor actor) {
		return actor.scope().regionPrefix().map(this.divisions::fullName).orElse("");
	}

}
