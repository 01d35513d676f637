package org.ohsonline.iam.web;

import java.util.Set;

import org.ohsonline.iam.UserDirectory;
import org.ohsonline.iam.UserStatistics;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Breakdown;
import org.ohsonline.shared.web.HomeCard.Label;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The administrator's users: how many, how many locked out now, by role. */
@Configuration(proxyBeanMethods = false)
class IamHomeCards {

	private final UserDirectory users;

	IamHomeCards(UserDirectory users) {
		this.users = users;
	}

	@Bean
	HomeCard usersCard() {
		return HomeCard.of("users", "iam.home.users", 85, "iam:user:write", Set.of(Scope.Kind.REGION), actor -> {
			UserStatistics statistics = this.users.statistics(actor);
			return View
				.of(Line.count("users-locked", "iam.home.locked", statistics.locked(), "/users?status=locked",
						Urgency.TO_DO),
						Line.figure("users-total", "iam.home.total", statistics.total(), "/users"),
						Line.figure("users-enabled", "iam.home.enabled", statistics.enabled(), "/users?status=enabled"))
				.withBreakdowns(java.util.List.of(new Breakdown("by-role", "iam.home.byRole", "user.roles",
						statistics.byRole()
							.entrySet()
							.stream()
							.map(e -> new Breakdown.Row(Label.key("role." + e.getKey()), e.getValue(),
									"/users?role=" + e.getKey()))
							.toList())));
		});
	}

}
