package org.ohsonline.authorization;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyCommand;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.Blacklist;
import org.ohsonline.agency.BlacklistCommand;
import org.ohsonline.agency.ClientEvaluations;
import org.ohsonline.agency.CreditRatings;
import org.ohsonline.agency.DeliveryView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

import static org.awaitility.Awaitility.await;

/**
 * The rating side of a world: the side's agency, exam and diagnosis institutions rated (not rated yet: too little
 * data), the side's reviewed job delivered to its employer (waiting for the employer's evaluation), and two more
 * service agencies of the county: one blacklisted with its decision document, one with a blacklist proposal
 * waiting (separate organisations, so that the side's own agency stays engageable for the other routes).
 */
final class AgencyRatingBuilder {

	private final Agencies agencies;

	private final CreditRatings ratings;

	private final ClientEvaluations evaluations;

	private final Blacklist blacklist;

	AgencyRatingBuilder(Agencies agencies, CreditRatings ratings, ClientEvaluations evaluations, Blacklist blacklist) {
		this.agencies = agencies;
		this.ratings = ratings;
		this.evaluations = evaluations;
		this.blacklist = blacklist;
	}

	void build(SideBuilder.Spec spec, Map<String, String> v) {
		Actor supervisor = SideBuilder.actor("commission", Scope.region(spec.county()), spec.county(),
				"agency:agency:read", "agency:agency:write", "agency:rating:read", "agency:rating:adjust",
				"agency:blacklist:read", "agency:blacklist:write");
		for (String key : List.of("agency", "institution", "diagnosis")) {
			this.ratings.recompute(supervisor, Long.parseLong(v.get(key)));
		}
		Actor manager = SideBuilder.actor("manager", new Scope(Scope.Kind.EMPLOYER, v.get("employer.creditCode")),
				spec.township(), "agency:evaluation:read");
		DeliveryView delivery = await().atMost(Duration.ofSeconds(60))
			.until(() -> this.evaluations.deliveries(manager, false, 10), l -> !l.isEmpty())
			.get(0);
		v.put("agency.delivery", SideBuilder.id(delivery.id()));

		LocalDate today = SideBuilder.today();
		AgencyView listed = register(supervisor, spec, "MXBLK0001", "检测技术有限公司");
		long entry = this.blacklist.propose(supervisor, listed.id(), new BlacklistCommand(spec.label() + "出具虚假检测报告",
				"职业病防治法 第八十条第（三）项", today, today.plusYears(1), null)).id();
		this.blacklist.confirm(supervisor, entry, new BlacklistCommand(null, null, null, null,
				new BlacklistCommand.Document(spec.label() + "处理决定书.pdf", TrainingBuilder.pdf())));
		v.put("agency.blacklist", SideBuilder.id(entry));
		AgencyView proposedFor = register(supervisor, spec, "MXBLK0002", "环境检测有限公司");
		v.put("agency.blacklistProposal", SideBuilder.id(this.blacklist.propose(supervisor, proposedFor.id(),
				new BlacklistCommand(spec.label() + "超出资质范围从事技术服务", "职业病防治法 第八十条第（一）项", today,
						today.plusMonths(6), null)).id()));
	}

	private AgencyView register(Actor supervisor, SideBuilder.Spec spec, String code, String name) {
		return this.agencies.register(supervisor, new AgencyCommand(AgencyKind.SERVICE_AGENCY,
				SideBuilder.creditCode("91" + spec.county() + code), spec.label() + name, spec.county(),
				spec.label() + "检测路 3 号", spec.label() + "联系人", "13700002222", "MX-" + code + "-" + spec.county(),
				spec.label() + "卫生健康委员会", LocalDate.of(2020, 1, 1), LocalDate.of(2035, 12, 31)));
	}

}
