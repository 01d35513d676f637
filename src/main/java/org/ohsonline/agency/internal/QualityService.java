package org.ohsonline.agency.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ohsonline.agency.DeliveryKind;
import org.ohsonline.agency.QualityDocument;
import org.ohsonline.agency.QualityDrawView;
import org.ohsonline.agency.QualityFindingView;
import org.ohsonline.agency.QualityReviewCommand;
import org.ohsonline.agency.QualityRubric;
import org.ohsonline.agency.QualitySampleFilter;
import org.ohsonline.agency.QualitySampleView;
import org.ohsonline.agency.ReportQuality;
import org.ohsonline.agency.ReportRecomputation;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws the report-quality samples ({@link QualityDraw}) and reads them (see {@link ReportQuality}); the review,
 * answers and closing are {@link QualityReviews}. At the draw each sampled testing report is recomputed through the
 * {@link ReportRecomputation} of its kind; a disagreement flags the sample and raises a finding of the platform's.
 */
@Service
class QualityService implements ReportQuality {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final String PLATFORM = "platform-recomputation";

	private static final Pattern PERIOD = Pattern.compile("(20\\d{2})Q([1-4])");

	private final JdbcClient jdbc;

	private final QualityStore store;

	private final QualityRules rules;

	private final QualityReviews reviews;

	private final RatingStore ratings;

	private final List<ReportRecomputation> recomputations;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	QualityService(JdbcClient jdbc, QualityStore store, QualityRules rules, QualityReviews reviews,
			RatingStore ratings, List<ReportRecomputation> recomputations, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.rules = rules;
		this.reviews = reviews;
		this.ratings = ratings;
		this.recomputations = List.copyOf(recomputations);
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(CHINA));
	}

	/** The first and last day of a quarter written {@code 2026Q3}. */
	static LocalDate[] quarter(String period) {
		Matcher m = PERIOD.matcher(period == null ? "" : period.trim());
		if (!m.matches()) {
			throw InvalidInputException.of("period", "agency.quality.periodInvalid");
		}
		LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
		return new LocalDate[] { from, from.plusMonths(3).minusDays(1) };
	}

	@Override
	@Transactional
	public QualityDrawView draw(Actor actor, String region, String period) {
		actor.require(AgencyPermissions.QUALITY_DRAW);
		String scope = regionOf(actor, AgencyPermissions.QUALITY_DRAW);
		String within = actor.scope().narrowRegion(Text.blankToNull(region))
			.orElseThrow(() -> new NotFoundException("region", region));
		LocalDate[] range = quarter(period);
		String name = period.trim();
		LocalDate today = today();
		if (range[0].isAfter(today)) {
			throw InvalidInputException.of("period", "agency.quality.periodNotStarted");
		}
		boolean exists = this.jdbc.sql("select exists (select 1 from agency.quality_draw where region_code = :r and period = :p)")
			.param("r", within)
			.param("p", name)
			.query(Boolean.class)
			.single();
		if (exists) {
			throw InvalidInputException.of("period", "agency.quality.drawExists");
		}
		QualityRules.Ratios ratios = this.rules.ratios(today);
		QualityRules.Rubric rubric = this.rules.rubric(today);
		// A report a city's or a county's draw of the same quarter already took is no candidate again: overlapping
		// draws would otherwise review one report twice and count it twice in the organisation's rating.
		List<QualityDraw.Candidate> candidates = this.jdbc.sql("""
				select d.id, d.agency_id, d.kind from agency.delivery d join agency.agency a on a.id = d.agency_id
				where a.region_code like :region || '%' and d.delivered_on between :from and :to
				  and not exists (select 1 from agency.quality_sample s join agency.quality_draw w on w.id = s.draw_id
				                  where s.delivery_id = d.id and w.period = :period)""")
			.param("region", within)
			.param("period", name)
			.param("from", range[0])
			.param("to", range[1])
			.query((rs, n) -> new QualityDraw.Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
		Map<Long, QualityDraw.Organisation> organisations = new LinkedHashMap<>();
		for (QualityDraw.Candidate c : candidates) {
			organisations.computeIfAbsent(c.agencyId(), id -> {
				String level = this.ratings.current(id)
					.filter(r -> r.rated() && r.level() != null)
					.map(r -> r.level().name())
					.orElse(QualityRules.NOT_RATED);
				return new QualityDraw.Organisation(id, level, ratios.of(QualityRules.NOT_RATED.equals(level) ? level : "LEVEL_" + level));
			});
		}
		QualityDraw.Inputs inputs = new QualityDraw.Inputs(within, name, ratios.edition(), rubric.edition(),
				new ArrayList<>(organisations.values()), candidates);
		String text = QualityDraw.inputsText(inputs);
		List<QualityDraw.Line> lines = QualityDraw.draw(inputs);
		String seed = QualityDraw.seed(inputs);
		Instant now = Instant.now(this.clock);
		long id = this.jdbc.sql("""
				insert into agency.quality_draw (region_code, period, period_from, period_to, algorithm, ratio_version_id,
				    ratio_edition, rubric_version_id, rubric_edition, inputs, inputs_digest, seed, result_digest,
				    population, drawn, drawn_by, drawn_at)
				values (:region, :period, :from, :to, :algorithm, :ratioVersion, :ratioEdition, :rubricVersion,
				    :rubricEdition, :inputs, :digest, :seed, :result, :population, :drawn, :by, :at) returning id""")
			.param("region", within)
			.param("period", name)
			.param("from", range[0])
			.param("to", range[1])
			.param("algorithm", QualityDraw.NAME)
			.param("ratioVersion", ratios.versionId())
			.param("ratioEdition", ratios.edition())
			.param("rubricVersion", rubric.versionId())
			.param("rubricEdition", rubric.edition())
			.param("inputs", text)
			.param("digest", Hashes.sha256Hex(text))
			.param("seed", seed)
			.param("result", Hashes.sha256Hex(QualityDraw.resultText(lines)))
			.param("population", candidates.size())
			.param("drawn", lines.size())
			.param("by", actor.displayName())
			.param("at", java.sql.Timestamp.from(now))
			.query(Long.class)
			.single();
		Map<Long, int[]> counts = new HashMap<>();
		candidates.forEach(c -> counts.computeIfAbsent(c.agencyId(), k -> new int[2])[0]++);
		lines.forEach(l -> counts.get(l.agencyId())[1]++);
		for (QualityDraw.Organisation o : inputs.organisations()) {
			this.jdbc.sql("""
					insert into agency.quality_draw_org (draw_id, agency_id, level, ratio, population, drawn)
					values (:draw, :agency, :level, :ratio, :population, :drawn)""")
				.param("draw", id)
				.param("agency", o.agencyId())
				.param("level", o.level())
				.param("ratio", o.ratio())
				.param("population", counts.get(o.agencyId())[0])
				.param("drawn", counts.get(o.agencyId())[1])
				.update();
		}
		List<Long> recomputed = new ArrayList<>();
		for (QualityDraw.Line line : lines) {
			recompute(id, line, now).ifPresent(recomputed::add);
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("region", within);
		after.put("period", name);
		after.put("algorithm", QualityDraw.NAME);
		after.put("ratioEdition", ratios.edition());
		after.put("rubricEdition", rubric.edition());
		after.put("inputsDigest", Hashes.sha256Hex(text));
		after.put("seed", seed);
		after.put("population", candidates.size());
		after.put("drawn", lines.size());
		this.audit.record(actor, "agency.quality.drawn", AuditTarget.of("quality-draw", id, within), null, after);
		recomputed.forEach(agencyId -> this.events.publishEvent(new RatingInputsChanged(agencyId, "QUALITY")));
		return this.store.draw(scope, id).orElseThrow();
	}

	/** Stores a drawn line with its recomputation; the organisation's id when it was recomputed. */
	private Optional<Long> recompute(long drawId, QualityDraw.Line line, Instant now) {
		DeliveryKind kind = DeliveryKind.valueOf(line.kind());
		String subject = this.jdbc.sql("select subject_key from agency.delivery where id = :id")
			.param("id", line.deliveryId())
			.query(String.class)
			.single();
		Optional<ReportRecomputation.Recomputed> outcome = this.recomputations.stream()
			.filter(r -> r.kind() == kind)
			.findFirst()
			.flatMap(r -> r.recompute(subject));
		String status = outcome.map(o -> o.agrees() ? "AGREES" : "DISAGREES").orElse("NOT_RECOMPUTED");
		long sampleId = this.jdbc.sql("""
				insert into agency.quality_sample (draw_id, seq, delivery_id, agency_id, kind, status, recomputation,
				    recomputation_detail)
				values (:draw, :seq, :delivery, :agency, :kind, 'DRAWN', :recomputation, cast(:detail as jsonb))
				returning id""")
			.param("draw", drawId)
			.param("seq", line.seq())
			.param("delivery", line.deliveryId())
			.param("agency", line.agencyId())
			.param("kind", kind.name())
			.param("recomputation", status)
			.param("detail", outcome.map(o -> QualityStore.JSON.writeValueAsString(o.differences())).orElse(null))
			.query(Long.class)
			.single();
		if (outcome.isPresent() && !outcome.get().agrees()) {
			StringBuilder text = new StringBuilder();
			for (QualitySampleView.PostDifference d : outcome.get().differences()) {
				text.append(d.post()).append(": ").append(d.stated()).append(" → ").append(d.recomputed());
				if (d.figures() != null && !d.figures().isBlank()) {
					text.append(" (").append(d.figures()).append(')');
				}
				text.append('\n');
			}
			this.store.insertFinding(sampleId, line.agencyId(), "RECOMPUTATION", "CALCULATION", text.toString().trim(),
					PLATFORM, now);
		}
		return outcome.map(o -> line.agencyId());
	}

	@Override
	@Transactional(readOnly = true)
	public Page<QualityDrawView> draws(Actor actor, String region, PageQuery page) {
		actor.require(AgencyPermissions.QUALITY_READ);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			return Page.of(List.of(), 0, page);
		}
		String scope = actor.scope().value();
		String within = actor.scope().narrowRegion(Text.blankToNull(region)).orElse(null);
		if (within == null) {
			return Page.of(List.of(), 0, page);
		}
		return Page.of(this.store.draws(scope, within, page), this.store.countDraws(scope, within), page);
	}

	@Override
	@Transactional(readOnly = true)
	public QualityDrawView draw(Actor actor, long drawId) {
		actor.require(AgencyPermissions.QUALITY_READ);
		String scope = regionOf(actor, () -> new NotFoundException("quality-draw", drawId));
		return this.store.draw(scope, drawId).orElseThrow(() -> new NotFoundException("quality-draw", drawId));
	}

	@Override
	@Transactional(readOnly = true)
	public String inputs(Actor actor, long drawId) {
		actor.require(AgencyPermissions.QUALITY_READ);
		String scope = regionOf(actor, () -> new NotFoundException("quality-draw", drawId));
		return this.store.inputs(scope, drawId).orElseThrow(() -> new NotFoundException("quality-draw", drawId));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<QualitySampleView> samples(Actor actor, QualitySampleFilter filter, PageQuery page) {
		actor.require(AgencyPermissions.QUALITY_READ);
		QualitySampleFilter f = filter == null ? QualitySampleFilter.none() : filter;
		Optional<String> region = ScopeFilter.narrowRegion(actor, f.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		return Page.of(this.store.samples(scope, region.get(), f, page), this.store.count(scope, region.get(), f), page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachSample(Actor actor, QualitySampleFilter filter, Consumer<QualitySampleView> consumer) {
		actor.require(AgencyPermissions.QUALITY_READ);
		QualitySampleFilter f = filter == null ? QualitySampleFilter.none() : filter;
		ScopeFilter.narrowRegion(actor, f.region())
			.ifPresent(region -> this.store.forEach(ScopeFilter.of(actor), region, f, consumer));
	}

	@Override
	@Transactional(readOnly = true)
	public QualitySampleView sample(Actor actor, long sampleId) {
		actor.require(AgencyPermissions.QUALITY_READ);
		return this.store.sample(ScopeFilter.of(actor), sampleId)
			.orElseThrow(() -> new NotFoundException("quality-sample", sampleId));
	}

	@Override
	@Transactional(readOnly = true)
	public QualityRubric rubric(Actor actor, long sampleId) {
		QualitySampleView sample = sample(actor, sampleId);
		return this.reviews.rubricOf(sample);
	}

	@Override
	@Transactional
	public QualitySampleView review(Actor actor, long sampleId, QualityReviewCommand command) {
		return this.reviews.review(actor, sampleId, command);
	}

	@Override
	@Transactional
	public QualityFindingView answer(Actor actor, long findingId, String text, QualityDocument document) {
		return this.reviews.answer(actor, findingId, text, document);
	}

	@Override
	@Transactional
	public QualityFindingView close(Actor actor, long findingId, String note) {
		return this.reviews.close(actor, findingId, note);
	}

	@Override
	@Transactional(readOnly = true)
	public QualityDocument.Stored answerDocument(Actor actor, long findingId) {
		return this.reviews.document(actor, findingId);
	}

	@Override
	@Transactional(readOnly = true)
	public long awaitingReview(Actor actor) {
		if (!actor.can(AgencyPermissions.QUALITY_READ)) {
			return 0;
		}
		return samples(actor, new QualitySampleFilter(null, null, null, null, "DRAWN", null, null), PageQuery.of(1, 1))
			.total();
	}

	@Override
	@Transactional(readOnly = true)
	public long awaitingAnswer(Actor actor) {
		if (!actor.can(AgencyPermissions.QUALITY_READ)) {
			return 0;
		}
		return samples(actor, new QualitySampleFilter(null, null, null, null, null, "OPEN", null), PageQuery.of(1, 1))
			.total();
	}

	private static String regionOf(Actor actor, String permission) {
		return actor.scope().regionPrefix().orElseThrow(() -> new AccessDeniedException(permission));
	}

	private static String regionOf(Actor actor, java.util.function.Supplier<RuntimeException> otherwise) {
		if (actor.scope().kind() != Scope.Kind.REGION) {
			throw otherwise.get();
		}
		return actor.scope().value();
	}

}
