package org.ohsonline.diagnosis.web;

import java.util.ArrayList;
import java.util.List;

import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.RegionCode;

import org.springframework.stereotype.Component;

/** Region names and the region picker of the diagnosis lists: the scope's division, its cities and counties. */
@Component("diagnosisRegions")
public class DiagnosisRegions {

	private final Divisions divisions;

	DiagnosisRegions(Divisions divisions) {
		this.divisions = divisions;
	}

	public String name(String code) {
		return code == null ? "" : this.divisions.find(code).map(Division::name).orElse(code);
	}

	List<Division> options(Actor actor) {
		List<Division> options = new ArrayList<>();
		actor.scope().regionPrefix().filter(prefix -> !prefix.isEmpty()).ifPresent(prefix -> {
			this.divisions.find(prefix).ifPresent(options::add);
			collect(prefix, options);
		});
		return options;
	}

	String scopeName(Actor actor) {
		return actor.scope().regionPrefix().map(this.divisions::fullName).orElse("");
	}

	private void collect(String parent, List<Division> into) {
		for (Division child : this.divisions.children(parent)) {
			if (child.level() == RegionCode.Level.TOWNSHIP) {
				continue;
			}
			into.add(child);
			collect(child.code(), into);
		}
	}

}
