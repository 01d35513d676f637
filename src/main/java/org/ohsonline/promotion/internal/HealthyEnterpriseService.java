package org.ohsonline.promotion.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.promotion.ApplicationFilter;
import org.ohsonline.promotion.ApplicationStatus;
import org.ohsonline.promotion.EvidenceFile;
import org.ohsonline.promotion.HealthyApplicationSummary;
import org.ohsonline.promotion.HealthyApplicationView;
import org.ohsonline.promotion.HealthyEnterpriseListed;
import org.ohsonline.promotion.HealthyEnterprises;
import org.ohsonline.promotion.ItemScore;
import org.ohsonline.promotion.ListedEnterprise;
import org.ohsonline.promotion.Review;
import org.ohsonline.promotion.SelfEvaluation;
import org.ohsonline.registry.EmployerRef;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
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

/** Healthy-enterprise applications (see {@link HealthyEnterprises} and docs/promotion.md). */
@Service
class HealthyEnterpriseService implements HealthyEnterprises {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** How many years a listing counts for the risk module's downgrade (platform default, docs/promotion.md). */
	static final int YEARS_VALID = 3;

	private final JdbcClient jdbc;

	private final HealthyApplicationStore store;

	private final Employers employers;

	private final StandardCatalog standards;

	private final EvidenceFiles files;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HealthyEnterpriseService(JdbcClient jdbc, HealthyApplicationStore store, Employers employers, StandardCatalog standards,
			EvidenceFiles files, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.employers = employers;
		this.standards = standards;
		this.files = files;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	// ---- the employer's side

	@Override
	@Transactional
	public HealthyApplicationView open(Actor actor, int year) {
		actor.require(PromotionPermissions.HEALTHY_APPLY);
		if (actor.scope().kind() != Scope.Kind.EMPLOYER) {
			throw new AccessDeniedException(PromotionPermissions.HEALTHY_APPLY);
		}
		int thisYear = today().getYear();
		if (year < thisYear - 1 || year > thisYear + 1) {
			throw InvalidInputException.of("year", "promotion.healthy.year.range", thisYear - 1, thisYear + 1);
		}
		EmployerRef employer = this.employers.byCreditCode(actor.scope().value())
			.orElseThrow(() -> new NotFoundException("employer", actor.scope().value()));
		Long existing = this.store.of(employer.id(), year).orElse(null);
		if (existing != null) {
			return find(actor, existing);
		}
		Standard standard = this.standards.inForce(today());
		long id = this.jdbc.sql("""
				insert into promotion.healthy_application (employer_id, employer_credit_code, employer_name, region_code,
				    year, catalog_version_id, edition, status, pass_mark)
				values (:e, :code, :name, :region, :year, :version, :edition, 'DRAFT', :pass)
				returning id""")
			.param("e", employer.id())
			.param("code", employer.creditCode())
			.param("name", employer.name())
			.param("region", employer.regionCode())
			.param("year", year)
			.param("version", standard.versionId())
			.param("edition", standard.edition())
			.param("pass", standard.passMark())
			.query(Long.class)
			.single();
		this.audit.record(actor, "promotion.healthy.opened", AuditTarget.of("healthy-application", id, employer.regionCode()),
				null, Map.of("employer", employer.creditCode(), "year", year, "edition", standard.edition()));
		return find(actor, id);
	}

	@Override
	@Transactional
	public HealthyApplicationView evaluate(Actor actor, long id, SelfEvaluation evaluation) {
		HealthyApplicationStore.Head head = ownDraft(actor, id);
		Map<String, ItemScore> items = itemsOf(head.versionId());
		List<FieldError> errors = new ArrayList<>();
		evaluation.items().forEach((code, entry) -> {
			ItemScore item = items.get(code);
			if (item == null) {
				errors.add(FieldError.of("items[" + code + "]", "promotion.healthy.item.unknown", code));
			}
			else if (entry.points() != null && !HealthyScoring.valid(entry.points(), item.maxPoints())) {
				errors.add(FieldError.of("items[" + code + "]", "promotion.healthy.points.range", item.maxPoints()));
			}
			else if (entry.note() != null && entry.note().length() > 1000) {
				errors.add(FieldError.of("items[" + code + "]", "promotion.healthy.note.long", 1000));
			}
		});
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		evaluation.items().forEach((code, entry) -> this.jdbc.sql("""
				insert into promotion.healthy_item (application_id, item_code, self_points, self_note)
				values (:id, :code, :points, :note)
				on conflict (application_id, item_code) do update set self_points = excluded.self_points,
				    self_note = excluded.self_note""")
			.param("id", id)
			.param("code", code)
			.param("points", entry.points())
			.param("note", Text.blankToNull(entry.note()))
			.update());
		BigDecimal total = this.jdbc.sql("select coalesce(sum(self_points), 0) from promotion.healthy_item where application_id = :id")
			.param("id", id)
			.query(BigDecimal.class)
			.single();
		this.jdbc.sql("update promotion.healthy_application set self_points = :p, version = version + 1 where id = :id")
			.param("p", total)
			.param("id", id)
			.update();
		this.audit.record(actor, "promotion.healthy.self-evaluated", AuditTarget.of("healthy-application", id, head.regionCode()),
				null, Map.of("items", evaluation.items().size(), "selfPoints", total));
		return find(actor, id);
	}

	@Override
	@Transactional
	public EvidenceFile attach(Actor actor, long id, String itemCode, String fileName, byte[] content) {
		HealthyApplicationStore.Head head = ownDraft(actor, id);
		String item = Text.blankToNull(itemCode);
		if (item != null && !itemsOf(head.versionId()).containsKey(item)) {
			throw InvalidInputException.of("itemCode", "promotion.healthy.item.unknown", item);
		}
		if (content == null || content.length == 0) {
			throw InvalidInputException.of("file", "promotion.evidence.empty");
		}
		if (content.length > this.files.maxBytes()) {
			throw InvalidInputException.of("file", "promotion.evidence.tooLarge", this.files.maxBytes() / (1024 * 1024));
		}
		String type = EvidenceFiles.sniff(content)
			.orElseThrow(() -> InvalidInputException.of("file", "promotion.evidence.type"));
		String name = Text.blankToNull(fileName) == null ? "evidence" : Text.printable(fileName.strip());
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		String sha = this.files.store(content);
		long fileId = this.jdbc.sql("""
				insert into promotion.healthy_evidence (application_id, item_code, file_name, content_type, size_bytes,
				    sha256, uploaded_by)
				values (:id, :item, :name, :type, :size, :sha, :by) returning id""")
			.param("id", id)
			.param("item", item)
			.param("name", name)
			.param("type", type)
			.param("size", (long) content.length)
			.param("sha", sha)
			.param("by", actor.username())
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("file", name);
		after.put("sha256", sha);
		after.put("item", item == null ? "" : item);
		this.audit.record(actor, "promotion.healthy.evidence-attached",
				AuditTarget.of("healthy-application", id, head.regionCode()), null, after);
		return this.store.evidenceOf(id).stream().filter(f -> f.id() == fileId).findFirst().orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public org.ohsonline.promotion.EvidenceDownload evidence(Actor actor, long id, long fileId) {
		visible(actor, id);
		String[] file = this.store.evidenceFile(id, fileId)
			.orElseThrow(() -> new NotFoundException("healthy-evidence", fileId));
		return new org.ohsonline.promotion.EvidenceDownload(file[1], file[2], this.files.read(file[0]));
	}

	@Override
	@Transactional
	public HealthyApplicationView submit(Actor actor, long id) {
		HealthyApplicationStore.Head head = ownDraft(actor, id);
		Map<String, ItemScore> items = itemsOf(head.versionId());
		Map<String, BigDecimal> claimed = this.store.selfPoints(id);
		List<String> missing = items.keySet().stream().filter(code -> claimed.get(code) == null).sorted().toList();
		if (!missing.isEmpty()) {
			throw InvalidInputException.of("items", "promotion.healthy.submit.unscored", missing.size(),
					String.join("、", missing));
		}
		if (this.store.evidenceOf(id).isEmpty()) {
			throw InvalidInputException.of("file", "promotion.healthy.submit.noEvidence");
		}
		this.jdbc.sql("""
				update promotion.healthy_application set status = 'SUBMITTED', submitted_at = now(), version = version + 1
				where id = :id and status = 'DRAFT'""").param("id", id).update();
		this.audit.record(actor, "promotion.healthy.submitted", AuditTarget.of("healthy-application", id, head.regionCode()),
				Map.of("status", "DRAFT"), Map.of("status", "SUBMITTED", "selfPoints", HealthyScoring.total(claimed)));
		return find(actor, id);
	}

	// ---- the expert panel and the authority

	@Override
	@Transactional
	public HealthyApplicationView review(Actor actor, long id, Review review) {
		actor.require(PromotionPermissions.HEALTHY_REVIEW);
		HealthyApplicationStore.Head head = lockInScope(actor, id);
		if (head.status() != ApplicationStatus.SUBMITTED) {
			throw InvalidInputException.of("status", "promotion.healthy.review.notSubmitted");
		}
		Standard standard = this.standards.of(head.versionId());
		List<FieldError> errors = new ArrayList<>();
		if (review.visitedOn() == null) {
			errors.add(FieldError.of("visitedOn", "promotion.healthy.review.visitedOn"));
		}
		else if (review.visitedOn().isAfter(today())) {
			errors.add(FieldError.of("visitedOn", "promotion.healthy.review.visitedFuture"));
		}
		if (review.note() != null && review.note().length() > 2000) {
			errors.add(FieldError.of("note", "promotion.healthy.note.long", 2000));
		}
		Map<String, BigDecimal> points = new HashMap<>();
		Map<String, Boolean> met = new HashMap<>();
		for (ItemScore item : standard.items()) {
			Review.Entry entry = review.items().get(item.code());
			if (entry == null || !HealthyScoring.valid(entry.points(), item.maxPoints())) {
				errors.add(FieldError.of("items[" + item.code() + "]", "promotion.healthy.points.range", item.maxPoints()));
				continue;
			}
			if (item.mandatory() && entry.met() == null) {
				errors.add(FieldError.of("items[" + item.code() + "]", "promotion.healthy.review.metRequired"));
				continue;
			}
			points.put(item.code(), entry.points());
			met.put(item.code(), item.mandatory() ? entry.met() : Boolean.TRUE);
		}
		for (String code : review.items().keySet()) {
			if (standard.items().stream().noneMatch(i -> i.code().equals(code))) {
				errors.add(FieldError.of("items[" + code + "]", "promotion.healthy.item.unknown", code));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		HealthyScoring.Outcome outcome = HealthyScoring.review(standard.items(), points, met, head.passMark());
		for (ItemScore item : standard.items()) {
			Review.Entry entry = review.items().get(item.code());
			this.jdbc.sql("""
					insert into promotion.healthy_item (application_id, item_code, review_points, review_met, review_note)
					values (:id, :code, :points, :met, :note)
					on conflict (application_id, item_code) do update set review_points = excluded.review_points,
					    review_met = excluded.review_met, review_note = excluded.review_note""")
				.param("id", id)
				.param("code", item.code())
				.param("points", entry.points())
				.param("met", item.mandatory() ? entry.met() : null)
				.param("note", Text.blankToNull(entry.note()))
				.update();
		}
		this.jdbc.sql("""
				update promotion.healthy_application set status = 'REVIEWED', review_points = :points,
				    mandatory_failed = :failed, review_passed = :passed, visited_on = :visited, review_note = :note,
				    reviewer_user_id = :uid, reviewer_name = :uname, reviewed_at = now(), version = version + 1
				where id = :id""")
			.param("points", outcome.points())
			.param("failed", outcome.failedMandatory().size())
			.param("passed", outcome.passed())
			.param("visited", review.visitedOn())
			.param("note", Text.blankToNull(review.note()))
			.param("uid", actor.userId())
			.param("uname", actor.displayName())
			.param("id", id)
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", "REVIEWED");
		after.put("reviewPoints", outcome.points());
		after.put("failedMandatory", String.join(",", outcome.failedMandatory()));
		after.put("passed", outcome.passed());
		this.audit.record(actor, "promotion.healthy.reviewed", AuditTarget.of("healthy-application", id, head.regionCode()),
				Map.of("status", "SUBMITTED"), after);
		return find(actor, id);
	}

	@Override
	@Transactional
	public HealthyApplicationView decide(Actor actor, long id, boolean approve, String note) {
		actor.require(PromotionPermissions.HEALTHY_DECIDE);
		HealthyApplicationStore.Head head = lockInScope(actor, id);
		if (head.status() != ApplicationStatus.REVIEWED) {
			throw InvalidInputException.of("status", "promotion.healthy.decide.notReviewed");
		}
		if (head.reviewerUserId() != null && head.reviewerUserId() == actor.userId() && actor.userId() != 0) {
			throw InvalidInputException.of("decision", "promotion.healthy.decide.ownReview");
		}
		String reason = Text.blankToNull(note);
		if (reason != null && reason.length() > 2000) {
			throw InvalidInputException.of("note", "promotion.healthy.note.long", 2000);
		}
		if (approve && head.mandatoryFailed() != null && head.mandatoryFailed() > 0) {
			throw InvalidInputException.of("decision", "promotion.healthy.decide.mandatoryFailed", head.mandatoryFailed());
		}
		if (approve && !Boolean.TRUE.equals(head.reviewPassed())) {
			throw InvalidInputException.of("decision", "promotion.healthy.decide.belowPassMark", head.reviewPoints(),
					head.passMark());
		}
		if (!approve && reason == null) {
			throw InvalidInputException.of("note", "promotion.healthy.decide.reasonRequired");
		}
		String status = approve ? "APPROVED" : "REJECTED";
		this.jdbc.sql("""
				update promotion.healthy_application set status = :status, decision_note = :note, decider_user_id = :uid,
				    decider_name = :uname, decided_at = now(), version = version + 1
				where id = :id""")
			.param("status", status)
			.param("note", reason)
			.param("uid", actor.userId())
			.param("uname", actor.displayName())
			.param("id", id)
			.update();
		this.audit.record(actor, approve ? "promotion.healthy.approved" : "promotion.healthy.rejected",
				AuditTarget.of("healthy-application", id, head.regionCode()), Map.of("status", "REVIEWED"),
				Map.of("status", status, "note", reason == null ? "" : reason));
		if (approve) {
			this.events.publishEvent(new HealthyEnterpriseListed(id, head.employerId(), head.creditCode(), head.regionCode(),
					head.year()));
		}
		return find(actor, id);
	}

	// ---- reading

	@Override
	@Transactional(readOnly = true)
	public HealthyApplicationView find(Actor actor, long id) {
		HealthyApplicationStore.Row row = visible(actor, id);
		return this.store.view(row, this.standards.of(row.versionId()));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<HealthyApplicationSummary> search(Actor actor, ApplicationFilter filter, PageQuery page) {
		actor.require(PromotionPermissions.HEALTHY_READ);
		Map<String, Object> parameters = parameters(actor, filter);
		if (parameters == null) {
			return Page.of(List.of(), 0, page);
		}
		return Page.of(this.store.search(parameters, page), this.store.count(parameters), page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, ApplicationFilter filter, Consumer<HealthyApplicationSummary> consumer) {
		actor.require(PromotionPermissions.HEALTHY_READ);
		Map<String, Object> parameters = parameters(actor, filter);
		if (parameters != null) {
			this.store.forEach(parameters, consumer);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public long count(Actor actor, ApplicationFilter filter) {
		actor.require(PromotionPermissions.HEALTHY_READ);
		Map<String, Object> parameters = parameters(actor, filter);
		return parameters == null ? 0 : this.store.count(parameters);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ListedEnterprise> listed(int year, String regionPrefix) {
		return this.store.listed(year, regionPrefix == null ? "" : regionPrefix.trim());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Integer> listedYears() {
		return this.store.listedYears();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isListed(long employerId, LocalDate day) {
		return this.store.listedBetween(employerId, day.getYear() - YEARS_VALID + 1, day.getYear());
	}

	@Override
	public Standard standard(LocalDate day) {
		return this.standards.inForce(day);
	}

	// ---- helpers

	/** The list's filter and the actor's scope as parameters; null when the region asked for lies outside the scope. */
	private Map<String, Object> parameters(Actor actor, ApplicationFilter filter) {
		String within = ScopeFilter.narrowRegion(actor, filter.region()).orElse(null);
		if (within == null) {
			return null;
		}
		Map<String, Object> parameters = new HashMap<>(ScopeFilter.of(actor).parameters());
		parameters.put("region", within);
		parameters.put("year", filter.year());
		parameters.put("status", filter.status() == null ? null : filter.status().name());
		parameters.put("q", Text.blankToNull(filter.q()) == null ? null : filter.q().trim());
		return parameters;
	}

	/** The application if the actor may read it; a row out of scope is answered as a missing one. */
	private HealthyApplicationStore.Row visible(Actor actor, long id) {
		actor.require(PromotionPermissions.HEALTHY_READ);
		return this.store.visible(ScopeFilter.of(actor).parameters(), id)
			.orElseThrow(() -> new NotFoundException("healthy-application", id));
	}

	/** The actor's own employer's draft, locked. */
	private HealthyApplicationStore.Head ownDraft(Actor actor, long id) {
		actor.require(PromotionPermissions.HEALTHY_APPLY);
		HealthyApplicationStore.Head head = this.store.lock(id);
		if (actor.scope().kind() != Scope.Kind.EMPLOYER || !actor.scope().value().equals(head.creditCode())) {
			throw new NotFoundException("healthy-application", id);
		}
		if (head.status() != ApplicationStatus.DRAFT) {
			throw InvalidInputException.of("status", "promotion.healthy.notDraft");
		}
		return head;
	}

	/** The application locked, if it lies in the actor's region. */
	private HealthyApplicationStore.Head lockInScope(Actor actor, long id) {
		HealthyApplicationStore.Head head = this.store.lock(id);
		if (!actor.scope().coversRegion(head.regionCode())) {
			throw new NotFoundException("healthy-application", id);
		}
		return head;
	}

	private Map<String, ItemScore> itemsOf(long versionId) {
		Map<String, ItemScore> items = new LinkedHashMap<>();
		this.standards.of(versionId).items().forEach(i -> items.put(i.code(), i));
		return items;
	}

}
