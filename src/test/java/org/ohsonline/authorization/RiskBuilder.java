package org.ohsonline.authorization;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.risk.Checklist;
import org.ohsonline.risk.RectificationFilter;
import org.ohsonline.risk.RectificationView;
import org.ohsonline.risk.Rectifications;
import org.ohsonline.risk.RiskPortraits;
import org.ohsonline.risk.SelfInspectionView;
import org.ohsonline.risk.SelfInspections;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * The risk side of a world, once the other modules' events about it were handled: the employer's portrait
 * assessed, a submitted self-inspection failing one item (its text carries the side's label), the
 * rectification item that finding opened, and an evidence file attached to it.
 */
final class RiskBuilder {

	private final RiskPortraits portraits;

	private final SelfInspections inspections;

	private final Rectifications items;

	private final JdbcClient jdbc;

	RiskBuilder(RiskPortraits portraits, SelfInspections inspections, Rectifications items, JdbcClient jdbc) {
		this.portraits = portraits;
		this.inspections = inspections;
		this.items = items;
		this.jdbc = jdbc;
	}

	void build(SideBuilder.Spec spec, Map<String, String> v) {
		// The portrait is a read model of events: let the events of the side's making be handled first, so
		// nothing about the side changes after the matrix has taken its picture of the foreign rows.
		// Only publications of the last minutes count: one that an earlier test's closed context left
		// in flight, or a listener that failed, is never completed and says nothing about this side.
		java.time.Instant now = java.time.Instant.now();
		await().atMost(Duration.ofSeconds(120))
			.until(() -> this.jdbc.sql("""
					select count(*) from event_publication
					where completion_date is null and (status is null or status <> 'FAILED')
					  and publication_date between :since and :now""")
				.param("since", java.sql.Timestamp.from(now.minus(Duration.ofMinutes(5))))
				.param("now", java.sql.Timestamp.from(now))
				.query(Long.class)
				.single() == 0);
		long employerId = Long.parseLong(v.get("employer"));
		Actor supervisor = SideBuilder.actor("risk", Scope.region(spec.county()), spec.county(), "risk:portrait:read",
				"risk:class:override");
		this.portraits.reassess(supervisor, employerId);
		Actor manager = SideBuilder.actor("risk-manager", new Scope(Scope.Kind.EMPLOYER, v.get("employer.creditCode")),
				spec.township(), "risk:portrait:read", "risk:self-inspection:write", "risk:rectification:read",
				"risk:rectification:write");
		SelfInspectionView draft = this.inspections.draft(manager, employerId, "ANNUAL");
		Checklist checklist = this.inspections.checklist(draft.checklistVersionId());
		List<SelfInspections.AnswerInput> answers = new ArrayList<>();
		for (Checklist.Item item : checklist.items()) {
			answers.add(new SelfInspections.AnswerInput(item.code(),
					item.code().equals("S2-02") ? BigDecimal.ZERO : item.points(), spec.label() + "档案 " + item.code()));
		}
		this.inspections.save(manager, draft.id(), answers);
		this.inspections.submit(manager, draft.id());
		v.put("risk.selfInspection", SideBuilder.id(draft.id()));
		RectificationView item = this.items
			.search(manager, new RectificationFilter(null, null, "open", "SELF_INSPECTION_ITEM", employerId),
					PageQuery.of(1, 10))
			.items()
			.get(0);
		v.put("risk.rectification", SideBuilder.id(item.id()));
		byte[] pdf = ("%PDF-1.4\n% " + spec.label() + " evidence\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		v.put("risk.evidence", SideBuilder.id(this.items.attach(manager, item.id(), spec.label() + "证明.pdf", pdf).id()));
	}

	static Set<String> keys() {
		return Set.of("risk.selfInspection", "risk.rectification", "risk.evidence");
	}

}
