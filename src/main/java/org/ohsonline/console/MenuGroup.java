package org.ohsonline.console;

import java.util.List;

import org.ohsonline.shared.web.MenuItem;

/**
 * One entry of the menu bar: a group of the user's menu items under one label, shown as a link
 * when it holds a single item and as a dropdown otherwise. Items are grouped by the tens of their
 * order ({@link MenuItem#order()}): 0–19 employers and workers, 20–29 declarations, 30–39 testing,
 * 40–49 monitoring, 50–54 health surveillance, 55–59 radiation health, 60–69 diagnosis, 70–74 agencies and institutions,
 * 75–79 risk classification, 80, 85, 86 and 90 administration, 81–83 construction projects, 84 the CDC's monitoring
 * projects, 87–89 indicators and grid supervision (统计), 91–94 health promotion, 95–99
 * training, 100 and above the user's own (inbox).
 *
 * @param labelKey message key of the group's label
 * @param items the items in order
 */
public record MenuGroup(String labelKey, List<MenuItem> items) {

	public MenuGroup {
		items = List.copyOf(items);
	}

	static String labelKeyFor(int order) {
		if (order < 20) {
			return "nav.group.registry";
		}
		if (order >= 100) {
			return "nav.group.mine";
		}
		if (order >= 95) {
			return "nav.group.training";
		}
		if (order >= 91) {
			return "nav.group.promotion";
		}
		if (order == 84) {
			return "nav.group.cdc";
		}
		if (order >= 87 && order <= 89) {
			return "nav.group.indicators";
		}
		if (order >= 81 && order <= 83) {
			return "nav.group.projects";
		}
		if (order >= 80) {
			return "nav.group.administration";
		}
		return switch (order / 10) {
			case 2 -> "nav.group.declaration";
			case 3 -> "nav.group.testing";
			case 4 -> "nav.group.monitoring";
			case 5 -> order % 10 >= 5 ? "nav.group.radiation" : "nav.group.surveillance";
			case 6 -> "nav.group.diagnosis";
			case 7 -> order % 10 >= 8 ? "nav.group.enforcement" : order % 10 >= 5 ? "nav.group.risk" : "nav.group.agencies";
			default -> "nav.group.agencies";
		};
	}

	public boolean single() {
		return this.items.size() == 1;
	}

}
