package org.ohsonline.risk.web;

import java.util.HashMap;
import java.util.Map;

import org.ohsonline.risk.Rectifications;
import org.ohsonline.risk.RectificationFilter;
import org.ohsonline.risk.RiskPortraits;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.RecordSection;

import org.springframework.stereotype.Component;

/** The employer case's risk tab: the class in force with its light, open items and a link to the portrait. */
@Component
class RiskEmployerSection implements RecordSection {

	private final RiskPortraits portraits;

	private final Rectifications items;

	RiskEmployerSection(RiskPortraits portraits, Rectifications items) {
		this.portraits = portraits;
		this.items = items;
	}

	@Override
	public Subject subject() {
		return Subject.EMPLOYER;
	}

	@Override
	public String key() {
		return "risk";
	}

	@Override
	public String labelKey() {
		return "risk.portrait.title";
	}

	@Override
	public int order() {
		return 75;
	}

	@Override
	public boolean visibleTo(Actor actor) {
		return actor.can("risk:portrait:read");
	}

	@Override
	public String template() {
		return "risk/employer-section";
	}

	@Override
	public Map<String, Object> model(Actor actor, long employerId) {
		Map<String, Object> model = new HashMap<>();
		model.put("riskEmployerId", employerId);
		try {
			model.put("riskClassification", this.portraits.classification(actor, employerId));
		}
		catch (NotFoundException ex) {
			// not assessed yet: the panel says so
		}
		model.put("riskItems", actor.can("risk:rectification:read")
				? this.items.search(actor, RectificationFilter.openOf(employerId), PageQuery.of(1, 10)).total() : 0L);
		return model;
	}

}
