package org.ohsonline.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.InboxItem;
import org.ohsonline.notification.Notice;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A notice is visible to a user who holds its permission and whose scope covers its audience: a
 * region-scoped user whose region prefix starts the notice's region, or the staff of the employer
 * institution or agency it is addressed to. Reading a notice is not audited (it changes nothing but the reader's mark).
 */
@Service
class InboxService implements Inbox {

	static final String READ = "notification:inbox:read";

	private static final String VISIBLE = """
			 n.permission = any(cast(:permissions as text[]))
			and ((n.audience_kind = 'REGION' and cast(:prefix as text) is not null
			      and n.audience_value like cast(:prefix as text) || '%')
			  or (n.audience_kind = 'EMPLOYER' and n.audience_value = cast(:employer as text))
			  or (n.audience_kind = 'INSTITUTION' and n.audience_value = cast(:institution as text))
			  or (n.audience_kind = 'AGENCY' and n.audience_value = cast(:agency as text)))""";

	private final JdbcClient jdbc;

	private final Clock clock;

	InboxService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void deliver(Notice notice) {
		this.jdbc.sql("""
				insert into notification.notice (audience_kind, audience_value, permission, message_key, arguments, link,
				  source, created_at)
				values (:kind, :value, :permission, :key, :arguments, :link, :source, :now)""")
			.param("kind", notice.audience().kind().name())
			.param("value", notice.audience().value())
			.param("permission", notice.permission())
			.param("key", notice.messageKey())
			.param("arguments", notice.arguments().toArray(String[]::new))
			.param("link", notice.link())
			.param("source", notice.source())
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<InboxItem> list(Actor actor, boolean unreadOnly, PageQuery page) {
		actor.require(READ);
		String unread = unreadOnly ? " and m.notice_id is null" : "";
		List<InboxItem> items = this.jdbc.sql("""
				select n.*, m.read_at from notification.notice n
				left join notification.read_mark m on m.notice_id = n.id and m.user_id = :user
				where """ + VISIBLE + unread + " order by n.created_at desc, n.id desc limit :limit offset :offset")
			.params(parameters(actor))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new InboxItem(rs.getLong("id"), rs.getString("message_key"),
					List.of((String[]) rs.getArray("arguments").getArray()), rs.getString("link"), rs.getString("source"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null))
			.list();
		long total = this.jdbc.sql("""
				select count(*) from notification.notice n
				left join notification.read_mark m on m.notice_id = n.id and m.user_id = :user
				where """ + VISIBLE + unread)
			.params(parameters(actor))
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
		return this.jdbc.sql("""
				select count(*) from notification.notice n
				where """ + VISIBLE + """
				 and not exists (select 1 from notification.read_mark m where m.notice_id = n.id and m.user_id = :user)""")
			.params(parameters(actor))
			.query(Long.class)
			.single();
	}

	@Override
	@Transactional
	public void markRead(Actor actor, long noticeId) {
		actor.require(READ);
		boolean visible = this.jdbc.sql("select exists (select 1 from notification.notice n where n.id = :id and "
				+ VISIBLE + ")")
			.params(parameters(actor))
			.param("id", noticeId)
			.query(Boolean.class)
			.single();
		if (!visible) {
			throw new NotFoundException("notice", noticeId);
		}
		this.jdbc.sql("""
				insert into notification.read_mark (notice_id, user_id, read_at) values (:id, :user, :now)
				on conflict do nothing""")
			.param("id", noticeId)
			.param("user", actor.userId())
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	private static Map<String, Object> parameters(Actor actor) {
		Map<String, Object> parameters = new HashMap<>();
		Scope scope = actor.scope();
		parameters.put("user", actor.userId());
		parameters.put("permissions", actor.permissions().toArray(String[]::new));
		parameters.put("prefix", scope.kind() == Scope.Kind.REGION ? scope.value() : null);
		parameters.put("employer", scope.kind() == Scope.Kind.EMPLOYER ? scope.value() : null);
		parameters.put("institution", scope.kind() == Scope.Kind.INSTITUTION ? scope.value() : null);
		parameters.put("agency", scope.kind() == Scope.Kind.AGENCY ? scope.value() : null);
		return parameters;
	}

}
