package org.ohsonline.agency.internal.synthetic;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.ohsonline.agency.DeliveryKind;
import org.ohsonline.agency.QualityDrawView;
import org.ohsonline.agency.QualityRubric;
import org.ohsonline.agency.QualitySampleView;
import org.ohsonline.agency.ReportQuality;
import org.ohsonline.agency.ServiceType;
import org.ohsonline.agency.SyntheticAgencies;
import org.ohsonline.agency.internal.synthetic.HistoryGenerator.Delivery;
import org.ohsonline.agency.internal.synthetic.HistoryGenerator.Engaged;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CopyText;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes the year of service history that {@link HistoryGenerator} plans, inside the caller's transaction:
 * deliveries and evaluations, complaints and penalties with COPY, organisation by organisation; then the last full
 * quarter's report sample through the real draw ({@link ReportQuality#draw}, reproducible and audited like any), and
 * the reviews of nine in ten of the drawn synthetic reports, scored against the draw's rubric edition.
 */
@Component
class ServiceHistoryWriter {

	private static final Logger log = LoggerFactory.getLogger(ServiceHistoryWriter.class);

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Who the synthetic evaluations, complaints, penalties and reviews are recorded by. */
	static final String RECORDED_BY = "模拟数据" + SyntheticData.NAME_MARK;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final ReportQuality quality;

	private final Clock clock;

	ServiceHistoryWriter(DataSource dataSource, JdbcClient jdbc, ReportQuality quality, Clock clock) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.quality = quality;
		this.clock = clock;
	}

	/** Whether a synthetic history was written already (one per data directory). */
	boolean written() {
		return this.jdbc.sql("select exists (select 1 from agency.delivery where synthetic and subject_key like :prefix)")
			.param("prefix", HistoryGenerator.KEY_PREFIX + "%")
			.query(Boolean.class)
			.single();
	}

	SyntheticAgencies.History write(Actor actor, String region, long seed) {
		Instant started = Instant.now(this.clock);
		HistoryGenerator generator = new HistoryGenerator(seed, LocalDate.ofInstant(started, CHINA));
		List<Organisation> organisations = this.jdbc.sql("""
				select id, credit_code from agency.agency where synthetic and region_code like :region || '%'
				order by credit_code""")
			.param("region", region)
			.query((rs, n) -> new Organisation(rs.getLong(1), rs.getString(2)))
			.list();
		long deliveries = 0;
		long evaluations = 0;
		long complaints = 0;
		long penalties = 0;
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			this.jdbc.sql("""
					create temporary table synthetic_evaluation (kind text, subject_key text, agency_id bigint,
					    timeliness int, professionalism int, price_transparency int, rated_at timestamptz) on commit drop""")
				.update();
			for (Organisation organisation : organisations) {
				StringBuilder delivered = new StringBuilder();
				StringBuilder rated = new StringBuilder();
				for (Engaged engaged : engagements(organisation)) {
					for (Delivery d : generator.deliveries(engaged)) {
						CopyText.line(delivered, organisation.id(), d.kind().name(), d.subjectKey(), d.subjectKey(),
								engaged.employerId(), engaged.employerCode(), engaged.employerName(),
								engaged.employerRegion(), Date.valueOf(d.workEndedOn()), Date.valueOf(d.deliveredOn()),
								d.exams(), "t", started);
						deliveries++;
						if (d.evaluation().isPresent()) {
							HistoryGenerator.Evaluation e = d.evaluation().get();
							CopyText.line(rated, d.kind().name(), d.subjectKey(), organisation.id(), e.timeliness(),
									e.professionalism(), e.priceTransparency(), at(e.ratedOn()));
							evaluations++;
						}
					}
				}
				StringBuilder complained = new StringBuilder();
				for (HistoryGenerator.Complaint c : generator.complaints(organisation.creditCode())) {
					CopyText.line(complained, organisation.id(), Date.valueOf(c.receivedOn()), c.source(), c.summary(),
							RECORDED_BY, at(c.receivedOn()));
					complaints++;
				}
				StringBuilder penalised = new StringBuilder();
				var penalty = generator.penalty(organisation.creditCode(), (int) penalties + 1);
				if (penalty.isPresent()) {
					HistoryGenerator.Penalty p = penalty.get();
					CopyText.line(penalised, organisation.id(), p.decisionNumber(), p.article(),
							Date.valueOf(p.decidedOn()), p.summary(), RECORDED_BY, at(p.decidedOn()));
					penalties++;
				}
				AgencyCopy.copy(copy, "delivery (agency_id, kind, subject_key, subject_number, employer_id, "
						+ "employer_credit_code, employer_name, employer_region_code, work_ended_on, delivered_on, exams, "
						+ "synthetic, created_at)", delivered);
				if (!rated.isEmpty()) {
					copy.copyIn("copy synthetic_evaluation from stdin", new StringReader(rated.toString()));
				}
				AgencyCopy.copy(copy, "complaint (agency_id, received_on, source, summary, recorded_by, recorded_at)",
						complained);
				AgencyCopy.copy(copy, "penalty (agency_id, decision_number, article, decided_on, summary, recorded_by, "
						+ "recorded_at)", penalised);
			}
			this.jdbc.sql("""
					insert into agency.evaluation (delivery_id, agency_id, timeliness, professionalism, price_transparency,
					    rated_by, rated_at)
					select d.id, e.agency_id, e.timeliness, e.professionalism, e.price_transparency, :by, e.rated_at
					from synthetic_evaluation e join agency.delivery d on d.kind = e.kind and d.subject_key = e.subject_key""")
				.param("by", RECORDED_BY)
				.update();
			for (String table : List.of("delivery", "evaluation", "complaint", "penalty")) {
				// Fixed table names; statistics for the planner before the draw reads the deliveries.
				this.jdbc.sql("analyze agency." + table).update();
			}
			Reviewed reviewed = drawAndReview(actor, region, generator, started, copy);
			return new SyntheticAgencies.History(generator.firstDay(), generator.lastDay(), deliveries, evaluations,
					complaints, penalties, reviewed.period(), reviewed.drawn(), reviewed.reviewed(), reviewed.findings(),
					Duration.between(started, Instant.now(this.clock)));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Writing the synthetic service history failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * The last full quarter's draw of the region, unless one was made already; then the reviews of its synthetic
	 * reports, as a reviewer would have scored them by the last day.
	 */
	private Reviewed drawAndReview(Actor actor, String region, HistoryGenerator generator, Instant now,
			CopyManager copy) throws SQLException, IOException {
		LocalDate quarterStart = generator.lastDay().withDayOfMonth(1)
			.withMonth((generator.lastDay().getMonthValue() - 1) / 3 * 3 + 1)
			.minusMonths(3);
		String period = quarterStart.getYear() + "Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1);
		boolean exists = this.jdbc.sql("select exists (select 1 from agency.quality_draw where region_code = :r and period = :p)")
			.param("r", region)
			.param("p", period)
			.query(Boolean.class)
			.single();
		if (exists) {
			log.info("A report-quality draw of {} for {} exists already; the synthetic history adds none", region, period);
			return new Reviewed(period, 0, 0, 0);
		}
		QualityDrawView draw = this.quality.draw(actor, region, period);
		record Sample(long id, String subjectKey, String kind, long agencyId, String agencyCode) {
		}
		List<Sample> samples = this.jdbc.sql("""
				select s.id, d.subject_key, s.kind, s.agency_id, a.credit_code
				from agency.quality_sample s join agency.delivery d on d.id = s.delivery_id
				join agency.agency a on a.id = s.agency_id
				where s.draw_id = :draw and d.synthetic and d.subject_key like :prefix order by s.seq""")
			.param("draw", draw.id())
			.param("prefix", HistoryGenerator.KEY_PREFIX + "%")
			.query((rs, n) -> new Sample(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getString(5)))
			.list();
		Map<DeliveryKind, QualityRubric> rubrics = new EnumMap<>(DeliveryKind.class);
		StringBuilder scores = new StringBuilder();
		StringBuilder findings = new StringBuilder();
		int reviewed = 0;
		int found = 0;
		for (Sample sample : samples) {
			if (!generator.reviewed(sample.agencyCode(), sample.subjectKey())) {
				continue;
			}
			DeliveryKind kind = DeliveryKind.valueOf(sample.kind());
			QualityRubric rubric = rubrics.computeIfAbsent(kind, k -> this.quality.rubric(actor, sample.id()));
			HistoryGenerator.Review review = generator.review(sample.agencyCode(), sample.subjectKey(), rubric.criteria());
			List<QualitySampleView.CriterionScore> criteria = review.marks()
				.stream()
				.map(m -> new QualitySampleView.CriterionScore(m.criterion(), m.name(), m.maximum(),
						m.awarded()))
				.toList();
			CopyText.line(scores, sample.id(), review.score().toPlainString(), JSON.writeValueAsString(criteria));
			for (HistoryGenerator.Mark mark : review.marks()) {
				if (mark.finding().isPresent()) {
					CopyText.line(findings, sample.id(), sample.agencyId(), "REVIEWER", mark.criterion(),
							mark.finding().get(), "OPEN", RECORDED_BY, now);
					found++;
				}
			}
			reviewed++;
		}
		this.jdbc.sql("""
				create temporary table synthetic_review (sample_id bigint, score numeric(5, 1), criteria text)
				on commit drop""").update();
		copy.copyIn("copy synthetic_review from stdin", new StringReader(scores.toString()));
		this.jdbc.sql("""
				update agency.quality_sample s set status = 'REVIEWED', score = r.score, criteria = cast(r.criteria as jsonb),
				    reviewed_by = :by, reviewed_at = :at
				from synthetic_review r where r.sample_id = s.id and s.status = 'DRAWN'""")
			.param("by", RECORDED_BY)
			.param("at", Timestamp.from(now))
			.update();
		AgencyCopy.copy(copy, "quality_finding (sample_id, agency_id, origin, criterion, text, status, raised_by, "
				+ "raised_at)", findings);
		return new Reviewed(period, draw.drawn(), reviewed, found);
	}

	private List<Engaged> engagements(Organisation organisation) {
		return this.jdbc.sql("""
				select id, employer_id, employer_credit_code, employer_name, employer_region_code, service_type,
				       starts_on, ends_on
				from agency.engagement where agency_id = :agency and synthetic and status = 'ACCEPTED' order by id""")
			.param("agency", organisation.id())
			.query((rs, n) -> new Engaged(rs.getLong("id"), organisation.id(), organisation.creditCode(),
					rs.getLong("employer_id"), rs.getString("employer_credit_code"), rs.getString("employer_name"),
					rs.getString("employer_region_code"), ServiceType.valueOf(rs.getString("service_type")),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)))
			.list();
	}

	/** Ten in the morning, China time, of the day: when a synthetic record was made. */
	private static Instant at(LocalDate day) {
		return day.atTime(LocalTime.of(10, 0)).atZone(CHINA).toInstant();
	}

	private record Organisation(long id, String creditCode) {
	}

	private record Reviewed(String period, int drawn, int reviewed, int findings) {
	}

}
