package org.ohsonline.declaration.web;

import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;

import org.springframework.stereotype.Component;

/** Region names on the declaration pages, and the name of the user's own region. */
@Component("declarationRegions")
public class Regions {

	private final Divisions divisions;

	Regions(Divisions divisions) {
		this.divisions = divisions;
	}

	public String name(String code) {
		return code == null ? "" : this.divisions.find(code).map(Division::name).orElse(code);
	}

	String scopeName(Actor actor) {
		return actor.scope().regionPrefix().map(this.divisions::fullName).orElse("");
	}

}
