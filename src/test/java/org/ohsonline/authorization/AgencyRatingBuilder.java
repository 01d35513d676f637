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
import org.ohsonline.agency.AgencyComplaints;
import org.ohsonline.agency.DeliveryView;
import org.ohsonline.agency.QualityDocument;
import org.ohsonline.agency.QualityDrawView;
import org.ohsonline.agency.QualityFindingView;
import org.ohsonline.agency.QualityReviewCommand;
import org.ohsonline.agency.QualitySampleFilter;
import org.ohsonline.agency.QualitySampleView;
import org.ohsonline.agency.ReportQuality;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;

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

	private final ReportQuality quality;

	private final AgencyComplaints complaints;

	private final JdbcClient jdbc;

	AgencyRatingBuilder(Agencies agencies, CreditRatings ratings, ClientEvaluations evaluations, Blacklist blacklist,
			ReportQuality quality, AgencyComplaints complaints, JdbcClient jdbc) {
		this.quality = quality;
		this.complaints = complaints;
		this.jdbc = jdbc;
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
		quality(spec, v, today);
	}

	/**
	 * Report-quality sampling of the side: the county's draw of this quarter (the side agency's delivered job among
	 * the drawn), its sample reviewed at full marks with two findings — one answered by the agency with a document,
	 * one open — and a penalty with its decision document against the side agency.
	 */
	private void quality(SideBuilder.Spec spec, Map<String, String> v, LocalDate today) {
		Actor reviewer = SideBuilder.actor("commission", Scope.region(spec.county()), spec.county(), "agency:quality:read",
				"agency:quality:draw", "agency:quality:review", "agency:complaint:write", "agency:rating:read",
				"agency:agency:read");
		String quarter = today.getYear() + "Q" + ((today.getMonthValue() - 1) / 3 + 1);
		QualityDrawView draw = this.quality.draw(reviewer, spec.county(), quarter);
		v.put("agency.qualityDraw", SideBuilder.id(draw.id()));
		long agencyId = Long.parseLong(v.get("agency"));
		QualitySampleView sample = this.quality.samples(reviewer,
				new QualitySampleFilter(null, null, draw.id(), agencyId, null, null, null), PageQuery.of(1, 10))
			.items()
			.get(0);
		v.put("agency.qualitySample", SideBuilder.id(sample.id()));
		List<QualityReviewCommand.Mark> marks = this.quality.rubric(reviewer, sample.id())
			.criteria()
			.stream()
			.map(c -> new QualityReviewCommand.Mark(c.code(), c.points(),
					c.code().equals("METHODS") || c.code().equals("CONCLUSION") ? spec.label() + "请补充说明" + c.name() : null))
			.toList();
		QualitySampleView reviewed = this.quality.review(reviewer, sample.id(), new QualityReviewCommand(marks, false, null));
		List<QualityFindingView> findings = reviewed.findings().stream()
			.filter(f -> f.origin().equals("REVIEWER"))
			.toList();
		Actor staff = SideBuilder.actor("reader", new Scope(Scope.Kind.AGENCY, v.get("agency.creditCode")), spec.county(),
				"agency:quality:read", "agency:quality:answer");
		this.quality.answer(staff, findings.get(0).id(), spec.label() + "已补充说明",
				new QualityDocument(spec.label() + "补充说明.pdf", TrainingBuilder.pdf()));
		v.put("agency.qualityFindingAnswered", SideBuilder.id(findings.get(0).id()));
		v.put("agency.qualityFinding", SideBuilder.id(findings.get(1).id()));
		v.put("agency.penalty", SideBuilder.id(this.complaints.recordPenalty(reviewer, agencyId,
				new AgencyComplaints.PenaltyCommand("MX卫罚〔" + spec.county() + "〕1号", "ART_80_2", today, null,
						new QualityDocument(spec.label() + "行政处罚决定书.pdf", TrainingBuilder.pdf()))).id()));
		// The rating follows these by events: let them be handled before the matrix takes its picture of the rows.
		java.time.Instant now = java.time.Instant.now();
		await().atMost(Duration.ofSeconds(120))
			.until(() -> this.jdbc.sql("""
					select count(*) from event_publication
					where completion_date is null and (status is null or status <> 'FAILED')
					  and publication_date between :since and :now
					  and serialized_event ~ ('"agencyId":' || :agency || '[,}]')""")
				.param("agency", String.valueOf(agencyId))
				.param("since", java.sql.Timestamp.from(now.minus(Duration.ofMinutes(5))))
				.param("now", java.sql.Timestamp.from(now.plusSeconds(60)))
				.query(Long.class)
				.single() == 0);
	}

	private AgencyView register(Actor supervisor, SideBuilder.Spec spec, String code, String name) {
		return this.agencies.register(supervisor, new AgencyCommand(AgencyKind.SERVICE_AGENCY,
				SideBuilder.creditCode("91" + spec.county() + code), spec.label() + name, spec.county(),
				spec.label() + "检测路 3 号", spec.label() + "联系人", "13700002222", "MX-" + code + "-" + spec.county(),
				spec.label() + "卫生健康委员会", LocalDate.of(2020, 1, 1), LocalDate.of(2035, 12, 31)));
	}

}
