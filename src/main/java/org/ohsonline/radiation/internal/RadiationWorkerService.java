package org.ohsonline.radiation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.AgencyStatus;
import org.ohsonline.agency.Agencies;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.radiation.LicenceCommand;
import org.ohsonline.radiation.LicenceView;
import org.ohsonline.radiation.RadiationFilter;
import org.ohsonline.radiation.RadiationPost;
import org.ohsonline.radiation.RadiationWorkerCommand;
import org.ohsonline.radiation.RadiationWorkerEnded;
import org.ohsonline.radiation.RadiationWorkerMarked;
import org.ohsonline.radiation.RadiationWorkerView;
import org.ohsonline.radiation.RadiationWorkers;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Radiation workers, posts and licences (see {@link RadiationWorkers} and docs/radiation.md). */
@Service
class RadiationWorkerService implements RadiationWorkers {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String COLUMNS = """
			w.id, w.worker_id, w.employer_id, w.employer_name, w.region_code, w.name_masked, w.id_masked, w.category_code,
			w.category_name, w.post_id, w.agency_id, w.agency_name, w.monitored_from, w.monitored_to""";

	private static final String FILTER = """
			 from radiation.worker w
			where w.region_code like :region || '%'
			  and (cast(:q as text) is null or w.employer_name like '%' || cast(:q as text) || '%' or w.name_masked like cast(:q as text) || '%')
			  and (cast(:category as text) is null or w.category_code = cast(:category as text))
			  and """;

	private final JdbcClient jdbc;

	private final Employers employers;

	private final Workers workers;

	private final Agencies agencies;

	private final Categories categories;

	private final RadiationScope scope;

	private final ApplicationEventPublisher events;

	private final PiiCipher cipher;

	private final AuditTrail audit;

	private final Clock clock;

	RadiationWorkerService(JdbcClient jdbc, Employers employers, Workers workers, Agencies agencies, Categories categories,
			RadiationScope scope, PiiCipher cipher, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.employers = employers;
		this.workers = workers;
		this.agencies = agencies;
		this.categories = categories;
		this.scope = scope;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<RadiationWorkerView> search(Actor actor, RadiationFilter filter, PageQuery page) {
		actor.require(RadiationPermissions.WORKER_READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		Map<String, Object> p = parameters(actor, filter, region.get());
		String where = FILTER + RadiationScope.on("w").predicate();
		long total = this.jdbc.sql("select count(*)" + where).params(p).query(Long.class).single();
		p.put("limit", page.size());
		p.put("offset", page.offset());
		List<RadiationWorkerView> items = this.jdbc.sql("select " + COLUMNS + where + " order by w.employer_name, w.id limit :limit offset :offset")
			.params(p)
			.query(RadiationWorkerService::view)
			.list();
		return Page.of(items, total, page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, RadiationFilter filter, Consumer<RadiationWorkerView> consumer) {
		actor.require(RadiationPermissions.WORKER_READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return;
		}
		this.jdbc.sql("select " + COLUMNS + FILTER + RadiationScope.on("w").predicate() + " order by w.employer_name, w.id")
			.params(parameters(actor, filter, region.get()))
			.query(RadiationWorkerService::view)
			.stream()
			.forEach(consumer);
	}

	private Map<String, Object> parameters(Actor actor, RadiationFilter filter, String region) {
		Map<String, Object> p = new HashMap<>(this.scope.parameters(actor));
		p.put("region", region);
		p.put("q", Text.blankToNull(filter.q()));
		p.put("category", Text.blankToNull(filter.category()));
		return p;
	}

	@Override
	@Transactional(readOnly = true)
	public RadiationWorkerView find(Actor actor, long id) {
		actor.require(RadiationPermissions.WORKER_READ);
		return inScope(actor, id).orElseThrow(() -> new NotFoundException("radiation-worker", id));
	}

	Optional<RadiationWorkerView> inScope(Actor actor, long id) {
		Map<String, Object> p = new HashMap<>(this.scope.parameters(actor));
		p.put("id", id);
		return this.jdbc.sql("select " + COLUMNS + " from radiation.worker w where w.id = :id and " + RadiationScope.on("w").predicate())
			.params(p)
			.query(RadiationWorkerService::view)
			.optional();
	}

	@Override
	public Optional<Long> ownEmployer(Actor actor) {
		if (actor.scope().kind() != Scope.Kind.EMPLOYER) {
			return Optional.empty();
		}
		return this.employers.byCreditCode(actor.scope().value()).map(e -> e.id());
	}

	/** The employer the caller writes for: an employer's own; for a region scope the one named, in scope. */
	private EmployerView writableEmployer(Actor actor, Long employerId) {
		actor.require(RadiationPermissions.WORKER_WRITE);
		Long id = actor.scope().kind() == Scope.Kind.EMPLOYER ? ownEmployer(actor).orElse(null) : employerId;
		if (id == null) {
			if (actor.scope().kind() == Scope.Kind.REGION) {
				throw InvalidInputException.of("employerId", "radiation.worker.employer.required");
			}
			throw new AccessDeniedException(RadiationPermissions.WORKER_WRITE);
		}
		if (actor.scope().kind() != Scope.Kind.EMPLOYER && actor.scope().kind() != Scope.Kind.REGION) {
			throw new AccessDeniedException(RadiationPermissions.WORKER_WRITE);
		}
		return this.employers.inScope(actor, id).orElseThrow(() -> new NotFoundException("employer", id));
	}

	@Override
	@Transactional
	public RadiationWorkerView mark(Actor actor, RadiationWorkerCommand command) {
		EmployerView employer = writableEmployer(actor, command.employerId());
		List<FieldError> errors = new ArrayList<>();
		String idNumber = command.idNumber() == null ? null : command.idNumber().trim().toUpperCase();
		WorkerView worker = null;
		Optional<FieldError> idProblem = IdNumber.check("idNumber", idNumber);
		if (idProblem.isPresent()) {
			errors.add(idProblem.get());
		}
		else {
			worker = this.workers.findByIdNumber(actor, idNumber)
				.filter(w -> currentlyAt(actor, w.id(), employer.id()))
				.orElse(null);
			if (worker == null) {
				errors.add(FieldError.of("idNumber", "radiation.worker.notEmployed"));
			}
		}
		Optional<CatalogEntry> category = this.categories.find(command.categoryCode(), today());
		if (category.isEmpty()) {
			errors.add(FieldError.of("categoryCode", "radiation.category.unknown"));
		}
		if (command.postId() != null && !postOf(actor, employer.id(), command.postId())) {
			errors.add(FieldError.of("postId", "radiation.post.notEmployers"));
		}
		AgencyRef agency = command.agencyId() == null ? null : this.agencies.reference(command.agencyId())
			.filter(a -> a.kind() == AgencyKind.SERVICE_AGENCY && a.status() == AgencyStatus.ACTIVE)
			// A dosimetry service of the employer's province (the form offers no other).
			.filter(a -> a.regionCode() != null && a.regionCode().startsWith(employer.regionCode().substring(0, 2)))
			.orElse(null);
		if (agency == null) {
			errors.add(FieldError.of("agencyId", "radiation.agency.invalid"));
		}
		LocalDate from = command.monitoredFrom();
		if (from == null) {
			errors.add(FieldError.of("monitoredFrom", "radiation.worker.from.required"));
		}
		else if (from.isAfter(today())) {
			errors.add(FieldError.of("monitoredFrom", "radiation.worker.from.future"));
		}
		if (worker != null && this.jdbc.sql("select exists (select 1 from radiation.worker where employer_id = :e and worker_id = :w)")
			.param("e", employer.id())
			.param("w", worker.id())
			.query(Boolean.class)
			.single()) {
			errors.add(FieldError.of("idNumber", "radiation.worker.already"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		long id = this.jdbc.sql("""
				insert into radiation.worker (worker_id, employer_id, employer_credit_code, employer_name, region_code, name_sealed,
				    name_masked, id_masked, id_index, post_id, category_code, category_name, agency_id, agency_credit_code, agency_name,
				    monitored_from, marked_by, marked_at)
				values (:w, :e, :code, :ename, :region, :sealed, :masked, :idMasked, :idIndex, :post, :cat, :catName, :agency,
				    :agencyCode, :agencyName, :from, :by, :at)
				returning id""")
			.param("w", worker.id())
			.param("e", employer.id())
			.param("code", employer.creditCode())
			.param("ename", employer.name())
			.param("region", employer.regionCode())
			.param("sealed", this.cipher.encrypt(worker.name()))
			.param("masked", maskName(worker.name()))
			.param("idMasked", worker.idNumberMasked())
			.param("idIndex", this.cipher.blindIndex(idNumber))
			.param("post", command.postId())
			.param("cat", category.get().code())
			.param("catName", category.get().name())
			.param("agency", agency.id())
			.param("agencyCode", agency.creditCode())
			.param("agencyName", agency.name())
			.param("from", from)
			.param("by", actor.displayName())
			.param("at", java.sql.Timestamp.from(Instant.now(this.clock)))
			.query(Long.class)
			.single();
		this.audit.record(actor, "radiation.worker.marked", AuditTarget.of("radiation-worker", id, employer.regionCode()), null,
				Map.of("worker", worker.id(), "category", category.get().code(), "agency", agency.id(), "from", from.toString()));
		this.events.publishEvent(new RadiationWorkerMarked(id, employer.id(), employer.regionCode(), from));
		return find(actor, id);
	}

	private boolean currentlyAt(Actor actor, long workerId, long employerId) {
		return this.workers.employments(actor, workerId).stream().anyMatch(e -> e.current() && e.worksFor(employerId));
	}

	private boolean postOf(Actor actor, long employerId, long postId) {
		return posts(actor, employerId, true).stream().anyMatch(p -> p.id() == postId);
	}

	private List<StructureViews.Post> posts(Actor actor, long employerId, boolean unused) {
		List<StructureViews.Post> posts = new ArrayList<>();
		for (StructureViews.Site site : this.employers.structure(actor, employerId)) {
			for (StructureViews.Workshop workshop : site.workshops()) {
				posts.addAll(workshop.posts());
			}
		}
		return posts;
	}

	@Override
	@Transactional
	public RadiationWorkerView end(Actor actor, long id, LocalDate on) {
		actor.require(RadiationPermissions.WORKER_WRITE);
		RadiationWorkerView view = inScope(actor, id).orElseThrow(() -> new NotFoundException("radiation-worker", id));
		writableEmployer(actor, view.employerId());
		if (on == null || on.isBefore(view.monitoredFrom()) || on.isAfter(today())) {
			throw InvalidInputException.of("monitoredTo", "radiation.worker.to.invalid");
		}
		if (view.monitoredTo() != null) {
			throw InvalidInputException.of("monitoredTo", "radiation.worker.to.already");
		}
		this.jdbc.sql("update radiation.worker set monitored_to = :to where id = :id").param("to", on).param("id", id).update();
		this.audit.record(actor, "radiation.worker.ended", AuditTarget.of("radiation-worker", id, view.regionCode()), null,
				Map.of("to", on.toString()));
		this.events.publishEvent(new RadiationWorkerEnded(id, view.employerId(), view.regionCode(), on));
		return find(actor, id);
	}

	@Override
	@Transactional
	public RadiationPost markPost(Actor actor, long employerId, long postId, String categoryCode) {
		EmployerView employer = writableEmployer(actor, employerId);
		StructureViews.Post post = posts(actor, employer.id(), true).stream()
			.filter(p -> p.id() == postId)
			.findFirst()
			.orElse(null);
		List<FieldError> errors = new ArrayList<>();
		if (post == null) {
			errors.add(FieldError.of("postId", "radiation.post.notEmployers"));
		}
		Optional<CatalogEntry> category = this.categories.find(categoryCode, today());
		if (category.isEmpty()) {
			errors.add(FieldError.of("categoryCode", "radiation.category.unknown"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.jdbc.sql("""
				insert into radiation.post (post_id, employer_id, employer_credit_code, region_code, post_name, category_code,
				    category_name, marked_by, marked_at)
				values (:post, :e, :code, :region, :name, :cat, :catName, :by, :at)
				on conflict (post_id) do update set category_code = excluded.category_code, category_name = excluded.category_name,
				    marked_by = excluded.marked_by, marked_at = excluded.marked_at""")
			.param("post", postId)
			.param("e", employer.id())
			.param("code", employer.creditCode())
			.param("region", employer.regionCode())
			.param("name", post.name())
			.param("cat", category.get().code())
			.param("catName", category.get().name())
			.param("by", actor.displayName())
			.param("at", java.sql.Timestamp.from(Instant.now(this.clock)))
			.update();
		this.audit.record(actor, "radiation.post.marked", AuditTarget.of("radiation-post", postId, employer.regionCode()), null,
				Map.of("category", category.get().code()));
		return new RadiationPost(postId, post.name(), category.get().code(), category.get().name(),
				post.hazards().stream().anyMatch(h -> RadiationPost.isRadiationFactor(h.code())));
	}

	@Override
	@Transactional(readOnly = true)
	public List<RadiationPost> posts(Actor actor, long employerId) {
		actor.require(RadiationPermissions.WORKER_READ);
		EmployerView employer = this.employers.inScope(actor, employerId).orElseThrow(() -> new NotFoundException("employer", employerId));
		java.util.Set<Long> withFactor = new java.util.HashSet<>();
		for (StructureViews.Post post : posts(actor, employer.id(), true)) {
			if (post.hazards().stream().anyMatch(h -> RadiationPost.isRadiationFactor(h.code()))) {
				withFactor.add(post.id());
			}
		}
		return this.jdbc.sql("select post_id, post_name, category_code, category_name from radiation.post where employer_id = :e order by post_name")
			.param("e", employer.id())
			.query((rs, n) -> new RadiationPost(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					withFactor.contains(rs.getLong(1))))
			.list();
	}

	@Override
	@Transactional
	public LicenceView saveLicence(Actor actor, long employerId, LicenceCommand command) {
		EmployerView employer = writableEmployer(actor, employerId);
		List<FieldError> errors = new ArrayList<>();
		String number = Text.blankToNull(command.licenceNo());
		String issuer = Text.blankToNull(command.issuedBy());
		if (number == null || number.length() > 60) {
			errors.add(FieldError.of("licenceNo", "radiation.licence.number.invalid"));
		}
		if (issuer == null || issuer.length() > 100) {
			errors.add(FieldError.of("issuedBy", "radiation.licence.issuer.invalid"));
		}
		if (command.validFrom() == null) {
			errors.add(FieldError.of("validFrom", "radiation.licence.from.invalid"));
		}
		else if (command.validTo() != null && command.validTo().isBefore(command.validFrom())) {
			errors.add(FieldError.of("validTo", "radiation.licence.to.invalid"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Map<String, Object> before = licence(actor, employer.id()).<Map<String, Object>>map(l -> Map.of("licenceNo", l.licenceNo()))
			.orElse(null);
		this.jdbc.sql("""
				insert into radiation.licence (employer_id, employer_credit_code, employer_name, region_code, licence_no, issued_by,
				    valid_from, valid_to, updated_by, updated_at)
				values (:e, :code, :name, :region, :no, :by, :from, :to, :who, :at)
				on conflict (employer_id) do update set licence_no = excluded.licence_no, issued_by = excluded.issued_by,
				    valid_from = excluded.valid_from, valid_to = excluded.valid_to, updated_by = excluded.updated_by,
				    updated_at = excluded.updated_at""")
			.param("e", employer.id())
			.param("code", employer.creditCode())
			.param("name", employer.name())
			.param("region", employer.regionCode())
			.param("no", number)
			.param("by", issuer)
			.param("from", command.validFrom())
			.param("to", command.validTo())
			.param("who", actor.displayName())
			.param("at", java.sql.Timestamp.from(Instant.now(this.clock)))
			.update();
		this.audit.record(actor, "radiation.licence.saved", AuditTarget.of("radiation-licence", employer.id(), employer.regionCode()),
				before, Map.of("licenceNo", number, "issuedBy", issuer, "validFrom", command.validFrom().toString(),
						"validTo", command.validTo() == null ? "" : command.validTo().toString()));
		return licence(actor, employer.id()).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LicenceView> licence(Actor actor, long employerId) {
		actor.require(RadiationPermissions.WORKER_READ);
		Map<String, Object> p = new HashMap<>(this.scope.parameters(actor));
		p.put("e", employerId);
		LocalDate today = today();
		return this.jdbc.sql("""
				select l.employer_id, l.employer_name, l.region_code, l.licence_no, l.issued_by, l.valid_from, l.valid_to
				from radiation.licence l where l.employer_id = :e and """
				+ org.ohsonline.shared.ScopeColumns.on("l").region("region_code").employer("employer_credit_code").predicate())
			.params(p)
			.query((rs, n) -> {
				LocalDate from = rs.getObject(6, LocalDate.class);
				LocalDate to = rs.getObject(7, LocalDate.class);
				return new LicenceView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), from, to,
						!from.isAfter(today) && (to == null || !to.isBefore(today)));
			})
			.optional();
	}

	static RadiationWorkerView view(ResultSet rs, int n) throws SQLException {
		return new RadiationWorkerView(rs.getLong("id"), rs.getLong("worker_id"), rs.getLong("employer_id"),
				rs.getString("employer_name"), rs.getString("region_code"), rs.getString("name_masked"), rs.getString("id_masked"),
				rs.getString("category_code"), rs.getString("category_name"), (Long) rs.getObject("post_id"), rs.getLong("agency_id"),
				rs.getString("agency_name"), rs.getObject("monitored_from", LocalDate.class),
				rs.getObject("monitored_to", LocalDate.class));
	}

	/** A name as lists show it: the family name and a star per other character (王*, 欧阳**). */
	static String maskName(String name) {
		if (name == null || name.isBlank()) {
			return "*";
		}
		String trimmed = name.trim();
		return trimmed.charAt(0) + "*".repeat(Math.max(1, trimmed.length() - 1));
	}

}
