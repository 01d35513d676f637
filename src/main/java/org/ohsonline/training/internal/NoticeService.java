package org.ohsonline.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.Industries;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.RegionCode;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.training.LessonKind;
import org.ohsonline.training.ManagerNotice;
import org.ohsonline.training.ManagerNotices;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Notices to certified managers with read receipts (see {@link ManagerNotices}). The recipients are fixed when
 * the notice is sent — the holders of a manager's certificate valid that day, once each, as the registry
 * lists them — so a manager certified later does not receive it and one whose certificate lapses keeps it.
 */
@Service
class NoticeService implements ManagerNotices {

	static final String READ = "training:notice:read";

	static final String WRITE = "training:notice:write";

	static final int MAX_ATTACHMENTS = 5;

	/** The certified managers of a region: one row per person, their latest manager certificate valid today. */
	private static final String MANAGERS = """
			select distinct on (coalesce(c.learner_worker_id, -c.learner_user_id))
			    c.id, c.learner_worker_id, c.learner_user_id, c.learner_name, e.employer_id, e.employer_name, c.region_code
			from training.certificate c
			join training.enrolment e on e.id = c.enrolment_id
			where c.audience = 'MANAGER' and (c.expires_on is null or c.expires_on >= :today)
			  and c.region_code like :region || '%'
			order by coalesce(c.learner_worker_id, -c.learner_user_id), c.expires_on desc nulls first, c.id desc""";

	private static final String NOTICE_COLUMNS = """
			n.id, n.region_code, n.industry_code, n.title, n.body, n.sender_name, n.sent_at,
			(select count(*) from training.manager_notice_recipient r where r.notice_id = n.id) recipients,
			(select count(*) from training.manager_notice_recipient r where r.notice_id = n.id and r.read_at is not null) read_count""";

	/** The actor as a recipient: by the register's worker when they are one, else by their user (as learners are). */
	private static final String MINE = "(r.learner_worker_id = cast(:worker as bigint) or (r.learner_worker_id is null and r.learner_user_id = :user))";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Learners learners;

	private final Employers employers;

	private final Industries industries;

	private final Divisions divisions;

	private final Clock clock;

	private final long maxAttachmentBytes;

	NoticeService(JdbcClient jdbc, AuditTrail audit, Learners learners, Employers employers, Industries industries,
			Divisions divisions, Clock clock,
			@Value("${ohs.training.max-notice-attachment-size:10MB}") DataSize maxAttachment) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.learners = learners;
		this.employers = employers;
		this.industries = industries;
		this.divisions = divisions;
		this.clock = clock;
		this.maxAttachmentBytes = maxAttachment.toBytes();
	}

	@Override
	@Transactional
	public ManagerNotice send(Actor actor, ManagerNotice.Command command, List<ManagerNotice.Upload> attachments) {
		actor.require(WRITE);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			throw new org.ohsonline.shared.AccessDeniedException(WRITE);
		}
		ManagerNotice.Command c = command == null ? new ManagerNotice.Command(null, null, null, null) : command;
		List<FieldError> errors = new ArrayList<>();
		String region = c.regionCode() == null || c.regionCode().isBlank() ? actor.scope().value() : c.regionCode().trim();
		if (region.isEmpty() || !RegionCode.isValid(region) || this.divisions.find(region).isEmpty()) {
			errors.add(FieldError.of("regionCode", "training.notice.error.region"));
		}
		else if (!actor.scope().coversRegion(region)) {
			errors.add(FieldError.of("regionCode", "training.notice.error.outside"));
		}
		String industry = c.industryCode() == null || c.industryCode().isBlank() ? null : c.industryCode().trim();
		if (industry != null && (!industry.matches("\\d{2,4}") || this.industries.findIndustry(industry).isEmpty())) {
			errors.add(FieldError.of("industryCode", "training.notice.error.industry"));
		}
		String title = c.title() == null ? "" : c.title().strip();
		if (title.isEmpty() || title.length() > 200) {
			errors.add(FieldError.of("title", "training.notice.error.title"));
		}
		String body = c.body() == null ? "" : c.body().strip();
		if (body.isEmpty() || body.length() > 20_000) {
			errors.add(FieldError.of("body", "training.notice.error.body"));
		}
		List<ManagerNotice.Upload> files = attachments == null ? List.of()
				: attachments.stream().filter(a -> a != null && a.content() != null && a.content().length > 0).toList();
		List<LessonFiles.Sniffed> kinds = checkAttachments(files, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		List<Manager> managers = managers(actor, region, industry);
		if (managers.isEmpty()) {
			throw InvalidInputException.of("regionCode", "training.notice.error.nobody");
		}
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into training.manager_notice (region_code, industry_code, title, body, sender_id, sender_name,
				    sender_region, sent_at)
				values (:region, :industry, :title, :body, :sender, :name, :senderRegion, :now) returning id""")
			.param("region", region)
			.param("industry", industry)
			.param("title", title)
			.param("body", body)
			.param("sender", actor.userId())
			.param("name", actor.displayName())
			.param("senderRegion", actor.scope().value())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		for (int i = 0; i < files.size(); i++) {
			ManagerNotice.Upload file = files.get(i);
			this.jdbc.sql("""
					insert into training.manager_notice_attachment (notice_id, file_name, content_type, file_size, sha256, content)
					values (:notice, :name, :type, :size, :sha, :content)""")
				.param("notice", id)
				.param("name", fileName(file.fileName(), kinds.get(i)))
				.param("type", kinds.get(i).contentType())
				.param("size", (long) file.content().length)
				.param("sha", Hashes.sha256Hex(file.content()))
				.param("content", file.content())
				.update();
		}
		for (Manager m : managers) {
			this.jdbc.sql("""
					insert into training.manager_notice_recipient (notice_id, certificate_id, learner_worker_id,
					    learner_user_id, learner_name, employer_name, region_code)
					values (:notice, :certificate, :worker, :user, :name, :employer, :region)""")
				.param("notice", id)
				.param("certificate", m.certificateId())
				.param("worker", m.workerId())
				.param("user", m.userId())
				.param("name", m.name())
				.param("employer", m.employerName())
				.param("region", m.regionCode())
				.update();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", title);
		after.put("region", region);
		after.put("industry", industry);
		after.put("recipients", managers.size());
		after.put("attachments", files.size());
		this.audit.record(actor, "training.notice.sent", AuditTarget.of("manager-notice", id, region), null, after);
		return notice(id, actor).orElseThrow();
	}

	private List<LessonFiles.Sniffed> checkAttachments(List<ManagerNotice.Upload> files, List<FieldError> errors) {
		List<LessonFiles.Sniffed> kinds = new ArrayList<>();
		if (files.size() > MAX_ATTACHMENTS) {
			errors.add(FieldError.of("attachments", "training.notice.error.tooMany", MAX_ATTACHMENTS));
			return kinds;
		}
		for (ManagerNotice.Upload file : files) {
			Optional<LessonFiles.Sniffed> kind = LessonFiles.sniff(file.content())
				.filter(k -> k.kind() == LessonKind.DOCUMENT || k.kind() == LessonKind.IMAGE);
			if (kind.isEmpty()) {
				errors.add(FieldError.of("attachments", "training.notice.error.type", String.valueOf(file.fileName())));
			}
			else if (file.content().length > this.maxAttachmentBytes) {
				errors.add(FieldError.of("attachments", "training.notice.error.size", String.valueOf(file.fileName()),
						this.maxAttachmentBytes / (1024 * 1024)));
			}
			else {
				kinds.add(kind.get());
			}
		}
		return kinds;
	}

	private static String fileName(String given, LessonFiles.Sniffed kind) {
		String name = given == null ? "" : given.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
		if (name.isEmpty()) {
			name = "attachment";
		}
		if (name.length() > 120) {
			name = name.substring(0, 120);
		}
		return name.toLowerCase().endsWith("." + kind.extension()) ? name : name + "." + kind.extension();
	}

	record Manager(long certificateId, Long workerId, Long userId, String name, Long employerId, String employerName,
			String regionCode) {
	}

	/** The certified managers of the region (and industry), as the sender's own scope sees the employers. */
	List<Manager> managers(Actor actor, String region, String industry) {
		List<Manager> all = this.jdbc.sql(MANAGERS)
			.param("today", LocalDate.now(this.clock.withZone(CourseService.ZONE)))
			.param("region", region)
			.query((rs, n) -> new Manager(rs.getLong("id"), (Long) rs.getObject("learner_worker_id"),
					(Long) rs.getObject("learner_user_id"), rs.getString("learner_name"), (Long) rs.getObject("employer_id"),
					rs.getString("employer_name"), rs.getString("region_code")))
			.list();
		if (industry == null) {
			return all;
		}
		Map<Long, Boolean> inIndustry = new HashMap<>();
		return all.stream()
			.filter(m -> m.employerId() != null && inIndustry.computeIfAbsent(m.employerId(),
					e -> this.employers.inScope(actor, e)
						.map(EmployerView::industryCode)
						.map(code -> code != null && code.startsWith(industry))
						.orElse(false)))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ManagerNotice> sent(Actor actor, PageQuery page) {
		actor.require(WRITE);
		String region = actor.scope().regionPrefix().orElse(null);
		if (region == null) {
			return Page.of(List.of(), 0, page);
		}
		List<ManagerNotice> items = this.jdbc.sql("select " + NOTICE_COLUMNS
				+ " from training.manager_notice n where n.region_code like :region || '%' order by n.sent_at desc, n.id desc limit :limit offset :offset")
			.param("region", region)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> row(rs, null, false, List.of()))
			.list();
		long total = this.jdbc.sql("select count(*) from training.manager_notice n where n.region_code like :region || '%'")
			.param("region", region)
			.query(Long.class)
			.single();
		return Page.of(items, total, page);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ManagerNotice> inbox(Actor actor, PageQuery page) {
		actor.require(READ);
		Map<String, Object> me = me(actor);
		List<ManagerNotice> items = this.jdbc.sql("select " + NOTICE_COLUMNS + """
				, r.read_at from training.manager_notice n
				join training.manager_notice_recipient r on r.notice_id = n.id
				where """ + MINE + " order by n.sent_at desc, n.id desc limit :limit offset :offset")
			.params(me)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> row(rs, instant(rs, "read_at"), true, List.of()))
			.list();
		long total = this.jdbc.sql("select count(*) from training.manager_notice_recipient r where " + MINE)
			.params(me)
			.query(Long.class)
			.single();
		return Page.of(items, total, page);
	}

	@Override
	@Transactional(readOnly = true)
	public long unreadCount(Actor actor) {
		if (!actor.can(READ)) {
			return 0;
		}
		return this.jdbc.sql("select count(*) from training.manager_notice_recipient r where r.read_at is null and " + MINE)
			.params(me(actor))
			.query(Long.class)
			.single();
	}

	@Override
	@Transactional
	public ManagerNotice open(Actor actor, long id) {
		if (!actor.can(READ) && !actor.can(WRITE)) {
			throw new org.ohsonline.shared.AccessDeniedException(READ);
		}
		if (actor.can(READ)) {
			Map<String, Object> me = me(actor);
			List<Long> certificates = this.jdbc.sql("select r.certificate_id from training.manager_notice_recipient r where r.notice_id = :id and "
					+ MINE + " for update")
				.params(me)
				.param("id", id)
				.query(Long.class)
				.list();
			if (!certificates.isEmpty()) {
				int receipts = this.jdbc.sql("update training.manager_notice_recipient r set read_at = :now where r.notice_id = :id and r.read_at is null and "
						+ MINE)
					.params(me)
					.param("id", id)
					.param("now", Timestamp.from(this.clock.instant()))
					.update();
				if (receipts > 0) {
					String region = this.jdbc.sql("select region_code from training.manager_notice where id = :id")
						.param("id", id)
						.query(String.class)
						.single();
					this.audit.record(actor, "training.notice.read", AuditTarget.of("manager-notice", id, region), null,
							Map.of("read", true));
				}
				return notice(id, actor).orElseThrow();
			}
		}
		return senderView(actor, id);
	}

	private ManagerNotice senderView(Actor actor, long id) {
		if (!actor.can(WRITE)) {
			throw new NotFoundException("manager-notice", id);
		}
		ManagerNotice notice = notice(id, actor).orElseThrow(() -> new NotFoundException("manager-notice", id));
		if (!actor.scope().coversRegion(notice.regionCode())) {
			throw new NotFoundException("manager-notice", id);
		}
		return notice;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ManagerNotice.Recipient> unread(Actor actor, long id) {
		senderView(actor, id);
		return this.jdbc.sql("""
				select learner_name, employer_name, region_code, read_at from training.manager_notice_recipient
				where notice_id = :id and read_at is null order by region_code, employer_name, learner_name""")
			.param("id", id)
			.query((rs, n) -> new ManagerNotice.Recipient(rs.getString(1), rs.getString(2), rs.getString(3), null))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public ManagerNotice.File attachment(Actor actor, long noticeId, long attachmentId) {
		boolean recipient = actor.can(READ) && isRecipient(actor, noticeId);
		if (!recipient) {
			senderView(actor, noticeId);
		}
		return this.jdbc.sql("select file_name, content_type, content from training.manager_notice_attachment where id = :a and notice_id = :n")
			.param("a", attachmentId)
			.param("n", noticeId)
			.query((rs, n) -> new ManagerNotice.File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("manager-notice-attachment", attachmentId));
	}

	private boolean isRecipient(Actor actor, long id) {
		return this.jdbc.sql("select count(*) from training.manager_notice_recipient r where r.notice_id = :id and " + MINE)
			.params(me(actor))
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	private Map<String, Object> me(Actor actor) {
		EnrolmentStore.Learner learner = this.learners.of(actor);
		Map<String, Object> me = new HashMap<>();
		me.put("worker", learner.workerId());
		me.put("user", actor.userId());
		return me;
	}

	/** The notice as the actor sees it: with their own receipt when they received it. */
	private Optional<ManagerNotice> notice(long id, Actor actor) {
		List<ManagerNotice.Attachment> attachments = this.jdbc.sql("""
				select id, file_name, content_type, file_size from training.manager_notice_attachment
				where notice_id = :id order by id""")
			.param("id", id)
			.query((rs, n) -> new ManagerNotice.Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
		Map<String, Object> me = me(actor);
		return this.jdbc.sql("select " + NOTICE_COLUMNS + """
				, (select max(r.read_at) from training.manager_notice_recipient r where r.notice_id = n.id and """ + MINE + """
				) read_at,
				exists (select 1 from training.manager_notice_recipient r where r.notice_id = n.id and """ + MINE + """
				) mine
				from training.manager_notice n where n.id = :id""")
			.params(me)
			.param("id", id)
			.query((rs, n) -> row(rs, instant(rs, "read_at"), rs.getBoolean("mine"), attachments))
			.optional();
	}

	private static ManagerNotice row(ResultSet rs, Instant readAt, boolean recipient,
			List<ManagerNotice.Attachment> attachments) throws SQLException {
		return new ManagerNotice(rs.getLong("id"), rs.getString("region_code"), rs.getString("industry_code"),
				rs.getString("title"), rs.getString("body"), rs.getString("sender_name"), instant(rs, "sent_at"),
				attachments, rs.getLong("recipients"), rs.getLong("read_count"), readAt, recipient);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
