package org.ohsonline.promotion.consultation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.iam.UserDirectory;
import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.Notice;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.registry.EmployerRef;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** Online consultation: asking, routing, answering, rating, escalation (see {@link Consultations}). */
@Service
class ConsultationService implements Consultations {

	static final String ASK = "consultation:request:ask";

	static final String READ = "consultation:request:read";

	static final String ANSWER = "consultation:request:answer";

	static final String SUPERVISE = "consultation:request:supervise";

	static final String EXPERT_WRITE = "consultation:expert:write";

	static final String CATALOG = "consultation-fields";

	static final String EXPERT_ROLE = "EXPERT";

	static final int MAX_ATTACHMENTS = 5;

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/**
	 * The requests an actor may read: their own as asker, those assigned to them as expert, those of their
	 * region as supervisor. The three flags come from the actor's permissions and scope, never from a request.
	 */
	private static final String VISIBLE = """
			((cast(:asker as boolean) and r.asker_user_id = :user)
			 or (cast(:expert as boolean) and r.expert_id = :user)
			 or (cast(:supervisor as boolean) and r.region_code like cast(:scopeRegion as text) || '%'))""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Catalogs catalogs;

	private final Employers employers;

	private final Workers workers;

	private final Inbox inbox;

	private final UserDirectory users;

	private final PiiCipher cipher;

	private final Clock clock;

	private final long maxAttachmentBytes;

	ConsultationService(JdbcClient jdbc, AuditTrail audit, Catalogs catalogs, Employers employers, Workers workers,
			Inbox inbox, UserDirectory users, PiiCipher cipher, Clock clock,
			@Value("${ohs.consultation.max-attachment-size:10MB}") DataSize maxAttachment) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.catalogs = catalogs;
		this.employers = employers;
		this.workers = workers;
		this.inbox = inbox;
		this.users = users;
		this.cipher = cipher;
		this.clock = clock;
		this.maxAttachmentBytes = maxAttachment.toBytes();
	}

	private Optional<CatalogVersion> catalogInForce() {
		return this.catalogs.versionInForce(CATALOG, LocalDate.now(this.clock.withZone(ZONE)));
	}

	@Override
	public List<Consultation.Field> fields() {
		return catalogInForce().map(v -> this.catalogs.allEntries(v.id(), "")
			.stream()
			.map(e -> new Consultation.Field(e.code(), e.name(), hours(e.attributes().get("serviceHours"))))
			.toList()).orElse(List.of());
	}

	private static int hours(Object value) {
		return value == null || String.valueOf(value).isBlank() ? 72 : (int) Double.parseDouble(String.valueOf(value).trim());
	}

	private String fieldName(String code) {
		return fields().stream().filter(f -> f.code().equals(code)).map(Consultation.Field::name).findFirst().orElse(code);
	}

	@Override
	@Transactional
	public Consultation ask(Actor actor, Consultation.Command command, List<Consultation.Upload> attachments) {
		actor.require(ASK);
		Scope.Kind kind = actor.scope().kind();
		if (kind != Scope.Kind.EMPLOYER && kind != Scope.Kind.PERSON) {
			throw new AccessDeniedException(ASK);
		}
		Consultation.Command c = command == null ? new Consultation.Command(null, null, null, null) : command;
		List<FieldError> errors = new ArrayList<>();
		CatalogVersion version = catalogInForce().orElseThrow(() -> new IllegalStateException("No " + CATALOG + " in force"));
		Optional<Consultation.Field> field = fields().stream().filter(f -> f.code().equals(c.fieldCode())).findFirst();
		if (field.isEmpty()) {
			errors.add(FieldError.of("fieldCode", "consultation.error.field"));
		}
		String title = c.title() == null ? "" : c.title().strip();
		if (title.isEmpty() || title.length() > 200) {
			errors.add(FieldError.of("title", "consultation.error.title"));
		}
		String body = c.body() == null ? "" : c.body().strip();
		if (body.isEmpty() || body.length() > 10_000) {
			errors.add(FieldError.of("body", "consultation.error.body"));
		}
		String phone = c.contactPhone() == null || c.contactPhone().isBlank() ? null : c.contactPhone().strip();
		if (phone != null && !phone.matches("[0-9+\\- ]{5,20}")) {
			errors.add(FieldError.of("contactPhone", "consultation.error.phone"));
		}
		List<Consultation.Upload> files = attachments == null ? List.of()
				: attachments.stream().filter(a -> a != null && a.content() != null && a.content().length > 0).toList();
		List<String[]> types = Attachments.check(files, this.maxAttachmentBytes, MAX_ATTACHMENTS, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Asker asker = asker(actor);
		Instant now = this.clock.instant();
		int serviceHours = field.get().serviceHours();
		long id = this.jdbc.sql("""
				insert into consultation.request (field_code, catalog_version, service_hours, region_code, employer_credit_code,
				    employer_name, asker_user_id, asker_worker_id, asker_kind, asker_name, contact_phone_sealed, title,
				    body_sealed, status, asked_at, due_at)
				values (:field, :version, :hours, :region, :credit, :employer, :user, :worker, :kind, :name, :phone, :title,
				    :body, 'QUEUED', :now, :due) returning id""")
			.param("field", field.get().code())
			.param("version", version.id())
			.param("hours", serviceHours)
			.param("region", asker.regionCode())
			.param("credit", asker.employer() == null ? null : asker.employer().creditCode())
			.param("employer", asker.employer() == null ? null : asker.employer().name())
			.param("user", actor.userId())
			.param("worker", asker.workerId())
			.param("kind", kind == Scope.Kind.EMPLOYER ? "EMPLOYER" : "WORKER")
			.param("name", asker.name())
			.param("phone", phone == null ? null : this.cipher.encrypt(phone))
			.param("title", title)
			.param("body", this.cipher.encrypt(body))
			.param("now", Timestamp.from(now))
			.param("due", Timestamp.from(now.plus(Duration.ofHours(serviceHours))))
			.query(Long.class)
			.single();
		for (int i = 0; i < files.size(); i++) {
			Consultation.Upload file = files.get(i);
			this.jdbc.sql("""
					insert into consultation.request_attachment (request_id, file_name, content_type, file_size, sha256, content)
					values (:request, :name, :type, :size, :sha, :content)""")
				.param("request", id)
				.param("name", Attachments.fileName(file.fileName(), types.get(i)[1]))
				.param("type", types.get(i)[0])
				.param("size", (long) file.content().length)
				.param("sha", Hashes.sha256Hex(file.content()))
				.param("content", file.content())
				.update();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("field", field.get().code());
		after.put("attachments", files.size());
		after.put("due", now.plus(Duration.ofHours(serviceHours)).toString());
		this.audit.record(actor, "consultation.request.asked", AuditTarget.of("consultation", id, asker.regionCode()), null,
				after);
		route(actor, id, field.get().code(), asker.regionCode(), now);
		return find(actor, id);
	}

	/** Assigns the request to the expert {@link ExpertRouting} chooses; it stays queued when none fits. */
	private void route(Actor actor, long id, String field, String region, Instant now) {
		Optional<Consultation.Expert> chosen = ExpertRouting.choose(team(region), field, region);
		if (chosen.isEmpty()) {
			return;
		}
		ConsultationStatus next = ConsultationStatus.QUEUED.assign();
		this.jdbc.sql("""
				update consultation.request set status = :status, expert_id = :expert, expert_name = :name, assigned_at = :now
				where id = :id and status = 'QUEUED'""")
			.param("status", next.name())
			.param("expert", chosen.get().userId())
			.param("name", chosen.get().name())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
		this.audit.record(actor, "consultation.request.routed", AuditTarget.of("consultation", id, region), null,
				Map.of("expert", chosen.get().userId(), "field", field));
	}

	/** The experts whose region covers the given region (every ancestor's and the region's own). */
	private List<Consultation.Expert> team(String region) {
		return this.jdbc.sql("""
				select x.user_id, x.name, x.region_code, x.fields, x.active,
				    (select count(*) from consultation.request r where r.expert_id = x.user_id and r.status = 'ASSIGNED') open
				from consultation.expert x where :region like x.region_code || '%'""")
			.param("region", region)
			.query(ConsultationService::expert)
			.list();
	}

	private static Consultation.Expert expert(ResultSet rs, int n) throws SQLException {
		Array fields = rs.getArray("fields");
		return new Consultation.Expert(rs.getLong("user_id"), rs.getString("name"), rs.getString("region_code"),
				Arrays.asList((String[]) fields.getArray()), rs.getBoolean("active"), rs.getLong("open"));
	}

	record Asker(String name, String regionCode, EmployerRef employer, Long workerId) {
	}

	/** The asker as their account says: an employer's staff with their employer; a worker with their current employer. */
	private Asker asker(Actor actor) {
		if (actor.scope().kind() == Scope.Kind.EMPLOYER) {
			EmployerRef employer = this.employers.byCreditCode(actor.scope().value())
				.orElseThrow(() -> new AccessDeniedException(ASK));
			return new Asker(actor.displayName(), employer.regionCode(), employer, null);
		}
		Optional<Long> workerId = this.workers.ownId(actor);
		EmployerRef employer = workerId.flatMap(w -> this.workers.employments(actor, w)
			.stream()
			.filter(EmploymentView::current)
			.findFirst()
			.flatMap(e -> this.employers.refOf(e.employerId()))).orElse(null);
		String name = this.workers.own(actor).map(w -> w.name()).orElse(actor.displayName());
		String region = employer != null ? employer.regionCode() : actor.regionCode();
		return new Asker(name, region, employer, workerId.orElse(null));
	}

	private Map<String, Object> visibility(Actor actor) {
		Map<String, Object> p = new HashMap<>();
		Scope scope = actor.scope();
		p.put("user", actor.userId());
		p.put("asker", actor.can(ASK) && (scope.kind() == Scope.Kind.EMPLOYER || scope.kind() == Scope.Kind.PERSON));
		p.put("expert", actor.can(ANSWER) && scope.kind() == Scope.Kind.REGION);
		p.put("supervisor", actor.can(SUPERVISE) && scope.kind() == Scope.Kind.REGION);
		p.put("scopeRegion", scope.regionPrefix().orElse(null));
		return p;
	}

	private static final String COLUMNS = """
			r.id, r.field_code, r.region_code, r.employer_name, r.asker_user_id, r.asker_name, r.contact_phone_sealed,
			r.title, r.body_sealed, r.status, r.expert_id, r.expert_name, r.asked_at, r.due_at, r.escalated_at, r.answered_at,
			r.answer, r.rating, r.rating_comment""";

	@Override
	@Transactional(readOnly = true)
	public Page<Consultation> search(Actor actor, Consultation.Filter filter, PageQuery page) {
		actor.require(READ);
		Consultation.Filter f = filter == null ? new Consultation.Filter(null, null) : filter;
		String within = ScopeFilter.narrowRegion(actor, f.region()).orElse(null);
		if (within == null) {
			return Page.of(List.of(), 0, page);
		}
		Map<String, Object> p = visibility(actor);
		p.put("region", within);
		p.put("status", f.status() == null ? null : f.status().name());
		String where = " from consultation.request r where r.region_code like :region || '%' and " + VISIBLE
				+ " and (cast(:status as text) is null or r.status = cast(:status as text))";
		Instant now = this.clock.instant();
		Map<String, String> names = fieldNames();
		List<Consultation> items = this.jdbc.sql("select " + COLUMNS + where + " order by r.asked_at desc, r.id desc limit :limit offset :offset")
			.params(p)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> row(rs, actor, now, names, List.of(), false))
			.list();
		long total = this.jdbc.sql("select count(*)" + where).params(p).query(Long.class).single();
		return Page.of(items, total, page);
	}

	private Map<String, String> fieldNames() {
		Map<String, String> names = new HashMap<>();
		fields().forEach(f -> names.put(f.code(), f.name()));
		return names;
	}

	@Override
	@Transactional(readOnly = true)
	public Consultation find(Actor actor, long id) {
		actor.require(READ);
		List<Consultation.Attachment> attachments = this.jdbc.sql("""
				select id, file_name, content_type, file_size from consultation.request_attachment
				where request_id = :id order by id""")
			.param("id", id)
			.query((rs, n) -> new Consultation.Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
		Instant now = this.clock.instant();
		Map<String, String> names = fieldNames();
		return this.jdbc.sql("select " + COLUMNS + " from consultation.request r where r.id = :id and " + VISIBLE)
			.params(visibility(actor))
			.param("id", id)
			.query((rs, n) -> row(rs, actor, now, names, attachments, true))
			.optional()
			.orElseThrow(() -> new NotFoundException("consultation", id));
	}

	private Consultation row(ResultSet rs, Actor actor, Instant now, Map<String, String> names,
			List<Consultation.Attachment> attachments, boolean withBody) throws SQLException {
		ConsultationStatus status = ConsultationStatus.valueOf(rs.getString("status"));
		boolean asker = actor.can(ASK) && actor.scope().kind() != Scope.Kind.REGION
				&& rs.getLong("asker_user_id") == actor.userId();
		boolean assigned = actor.can(ANSWER) && actor.scope().kind() == Scope.Kind.REGION
				&& rs.getLong("expert_id") == actor.userId() && rs.getObject("expert_id") != null;
		String sealedPhone = rs.getString("contact_phone_sealed");
		String phone = sealedPhone == null ? null : this.cipher.decrypt(sealedPhone);
		Instant due = rs.getTimestamp("due_at").toInstant();
		Timestamp escalated = rs.getTimestamp("escalated_at");
		Timestamp answered = rs.getTimestamp("answered_at");
		return new Consultation(rs.getLong("id"), rs.getString("field_code"),
				names.getOrDefault(rs.getString("field_code"), rs.getString("field_code")), rs.getString("region_code"),
				rs.getString("employer_name"), rs.getString("asker_name"),
				phone == null ? null : asker ? Masking.mobile(phone) : phone, rs.getString("title"),
				withBody ? this.cipher.decrypt(rs.getString("body_sealed")) : null, status, rs.getString("expert_name"),
				rs.getTimestamp("asked_at").toInstant(), due, status.waiting() && now.isAfter(due),
				escalated == null ? null : escalated.toInstant(), answered == null ? null : answered.toInstant(),
				rs.getString("answer"), (Integer) rs.getObject("rating"), rs.getString("rating_comment"), attachments,
				assigned && status == ConsultationStatus.ASSIGNED, asker && status == ConsultationStatus.ANSWERED);
	}

	@Override
	@Transactional
	public Consultation answer(Actor actor, long id, String answer) {
		actor.require(ANSWER);
		Consultation request = find(actor, id);
		if (!request.mayAnswer()) {
			throw new AccessDeniedException(ANSWER);
		}
		String text = answer == null ? "" : answer.strip();
		if (text.isEmpty() || text.length() > 10_000) {
			throw InvalidInputException.of("answer", "consultation.error.answer");
		}
		ConsultationStatus next = request.status().answer();
		Instant now = this.clock.instant();
		int changed = this.jdbc.sql("""
				update consultation.request set status = :next, answer = :answer, answered_at = :now
				where id = :id and status = 'ASSIGNED' and expert_id = :expert""")
			.param("next", next.name())
			.param("answer", text)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("expert", actor.userId())
			.update();
		if (changed == 0) {
			throw InvalidInputException.of("answer", "consultation.error.answeredAlready");
		}
		this.audit.record(actor, "consultation.request.answered", AuditTarget.of("consultation", id, request.regionCode()),
				Map.of("status", request.status().name()),
				Map.of("status", next.name(), "late", now.isAfter(request.dueAt())));
		return find(actor, id);
	}

	@Override
	@Transactional
	public Consultation rate(Actor actor, long id, Integer rating, String comment) {
		actor.require(ASK);
		Consultation request = find(actor, id);
		if (!request.mayRate()) {
			if (request.status() == ConsultationStatus.RATED) {
				throw InvalidInputException.of("rating", "consultation.error.ratedAlready");
			}
			throw new AccessDeniedException(ASK);
		}
		if (rating == null || rating < 1 || rating > 5) {
			throw InvalidInputException.of("rating", "consultation.error.rating");
		}
		String note = comment == null || comment.isBlank() ? null : comment.strip();
		if (note != null && note.length() > 1000) {
			throw InvalidInputException.of("ratingComment", "consultation.error.comment");
		}
		ConsultationStatus next = request.status().rate();
		this.jdbc.sql("""
				update consultation.request set status = :next, rating = :rating, rating_comment = :comment, rated_at = :now
				where id = :id and status = 'ANSWERED'""")
			.param("next", next.name())
			.param("rating", rating)
			.param("comment", note)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
		this.audit.record(actor, "consultation.request.rated", AuditTarget.of("consultation", id, request.regionCode()),
				null, Map.of("rating", rating));
		return find(actor, id);
	}

	@Override
	@Transactional(readOnly = true)
	public Consultation.File attachment(Actor actor, long id, long attachmentId) {
		find(actor, id);
		return this.jdbc.sql("select file_name, content_type, content from consultation.request_attachment where id = :a and request_id = :r")
			.param("a", attachmentId)
			.param("r", id)
			.query((rs, n) -> new Consultation.File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("consultation-attachment", attachmentId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Consultation.Expert> experts(Actor actor) {
		actor.require(EXPERT_WRITE);
		String region = actor.scope().regionPrefix().orElseThrow(() -> new AccessDeniedException(EXPERT_WRITE));
		return this.jdbc.sql("""
				select x.user_id, x.name, x.region_code, x.fields, x.active,
				    (select count(*) from consultation.request r where r.expert_id = x.user_id and r.status = 'ASSIGNED') open
				from consultation.expert x where x.region_code like :region || '%' order by x.region_code, x.name, x.user_id""")
			.param("region", region)
			.query(ConsultationService::expert)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Consultation.Candidate> candidates(Actor actor) {
		actor.require(EXPERT_WRITE);
		String region = actor.scope().regionPrefix().orElseThrow(() -> new AccessDeniedException(EXPERT_WRITE));
		return this.users.holdersOfRole(actor, EXPERT_ROLE, region)
			.stream()
			.map(s -> new Consultation.Candidate(s.userId(), s.displayName(), s.regionCode()))
			.toList();
	}

	@Override
	@Transactional
	public Consultation.Expert keepExpert(Actor actor, long userId, List<String> fields) {
		Consultation.Candidate candidate = candidates(actor).stream()
			.filter(c -> c.userId() == userId)
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("userId", "consultation.error.notExpert"));
		List<String> known = fields().stream().map(Consultation.Field::code).toList();
		List<String> chosen = fields == null ? List.of() : fields.stream().distinct().toList();
		if (!known.containsAll(chosen)) {
			throw InvalidInputException.of("fields", "consultation.error.field");
		}
		this.jdbc.sql("""
				insert into consultation.expert (user_id, name, region_code, fields, active, registered_by, registered_at)
				values (:user, :name, :region, :fields, :active, :by, :now)
				on conflict (user_id) do update set name = excluded.name, region_code = excluded.region_code,
				    fields = excluded.fields, active = excluded.active""")
			.param("user", userId)
			.param("name", candidate.name())
			.param("region", candidate.regionCode())
			.param("fields", chosen.toArray(String[]::new))
			.param("active", !chosen.isEmpty())
			.param("by", actor.username())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		this.audit.record(actor, "consultation.expert.kept", AuditTarget.of("consultation-expert", userId,
				candidate.regionCode()), null, Map.of("fields", String.join(",", chosen)));
		return experts(actor).stream().filter(e -> e.userId() == userId).findFirst().orElseThrow();
	}

	@Override
	@Transactional
	public int escalateOverdue() {
		Instant now = this.clock.instant();
		Actor system = Actor.system("consultation-escalation");
		List<Object[]> late = this.jdbc.sql("""
				select id, region_code, title, due_at from consultation.request
				where answered_at is null and escalated_at is null and due_at < :now
				order by due_at, id for update skip locked""")
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant() })
			.list();
		for (Object[] r : late) {
			long id = (Long) r[0];
			String region = (String) r[1];
			this.jdbc.sql("update consultation.request set escalated_at = :now where id = :id")
				.param("now", Timestamp.from(now))
				.param("id", id)
				.update();
			this.inbox.deliver(new Notice(Scope.region(region), SUPERVISE, "consultation.notice.late",
					List.of(String.valueOf(id), (String) r[2]), "/consultations/" + id, "consultation:request:" + id));
			this.audit.record(system, "consultation.request.escalated", AuditTarget.of("consultation", id, region), null,
					Map.of("due", r[3].toString()));
		}
		return late.size();
	}

	@Override
	@Transactional(readOnly = true)
	public long waiting(Actor actor) {
		if (!actor.can(READ) || actor.scope().kind() != Scope.Kind.REGION) {
			return 0;
		}
		if (actor.can(ANSWER)) {
			return this.jdbc.sql("select count(*) from consultation.request where expert_id = :me and status = 'ASSIGNED'")
				.param("me", actor.userId())
				.query(Long.class)
				.single();
		}
		if (actor.can(SUPERVISE)) {
			return this.jdbc.sql("""
					select count(*) from consultation.request where region_code like :region || '%'
					and answered_at is null and (due_at < :now or status = 'QUEUED')""")
				.param("region", actor.scope().value())
				.param("now", Timestamp.from(this.clock.instant()))
				.query(Long.class)
				.single();
		}
		return 0;
	}

}
