package org.ohsonline.console;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ohsonline.shared.web.MenuItem;

import static org.assertj.core.api.Assertions.assertThat;

class MenuGroupTests {

	@Test
	void itemsAreGroupedByTheTensOfTheirOrderAndAGroupOfOneIsAPlainLink() {
		List<MenuItem> items = List.of(new MenuItem(10, "nav.employers", "/employers", null),
				new MenuItem(12, "nav.workers", "/workers", null), new MenuItem(30, "nav.testingJobs", "/testing/jobs", null),
				new MenuItem(31, "nav.testingClocks", "/testing/clocks", null), new MenuItem(70, "nav.agencies", "/agencies", null),
				new MenuItem(85, "nav.users", "/users", null), new MenuItem(90, "nav.audit", "/audit", null),
				new MenuItem(100, "nav.inbox", "/inbox", null));

		List<MenuGroup> groups = ConsoleModel.groups(items);

		assertThat(groups).extracting(MenuGroup::labelKey)
			.containsExactly("nav.group.registry", "nav.group.testing", "nav.group.agencies", "nav.group.administration",
					"nav.group.mine");
		assertThat(groups.get(1).items()).extracting(MenuItem::path).containsExactly("/testing/jobs", "/testing/clocks");
		assertThat(groups.get(2).single()).isTrue();
		assertThat(groups.get(3).single()).isFalse();
	}

}
