package org.ohsonline.declaration.web;

import java.util.List;

import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;

import org.springframework.stereotype.Component;

/** Region names and the region picker of list pages: the scope's own division, its cities and counties. */
@Component("declarationRegions")
public class Regions {

	private final Divisions divisions;

	Regions(Divisions divisions) {
		this.divisions = divisions;
	}

	public String name(String code) {
		return code == null ? "" : this.divisions.find(code).map(Division::name).orElse(code);
	}

	List<Division> options(Actor actor) {
		return this.divisions.pickerOptions(actor.scope());
	}

	String scopeName(Actor actor) {
		return actor.scope().regionPrefix().map(this.divisions::fullName).orElse("");
	}

}
