package org.ohsonline.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
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
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.training.BoardQuestion;
import org.ohsonline.training.QuestionBoard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' question board and its knowledge base (see {@link QuestionBoard}). The knowledge base is
 * searched by substring over the question, its body and its best answer ({@code search_text}), which a
 * trigram index serves as it serves the employer search; Chinese text has no spaces for a word index to split on.
 */
@Service
class BoardService implements QuestionBoard {

	static final String READ = "training:question:read";

	static final String ASK = "training:question:ask";

	static final String ANSWER = "training:question:answer";

	static final String MODERATE = "training:question:moderate";

	private static final ScopeColumns SCOPE = ScopeColumns.on("q").region("region_code").employer("employer_credit_code");

	private static final String COLUMNS = """
			q.id, q.region_code, q.employer_name, q.asker_id, q.asker_name, q.title, q.body, q.asked_at, q.best_answer_id,
			q.resolved_at, (select count(*) from training.board_answer a where a.question_id = q.id) answers""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Employers employers;

	private final Clock clock;

	BoardService(JdbcClient jdbc, AuditTrail audit, Employers employers, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.employers = employers;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<BoardQuestion> search(Actor actor, BoardQuestion.Filter filter, PageQuery page) {
		actor.require(READ);
		BoardQuestion.Filter f = filter == null ? new BoardQuestion.Filter(null, null, null) : filter;
		String within = ScopeFilter.narrowRegion(actor, f.region()).orElse(null);
		if (within == null) {
			return Page.of(List.of(), 0, page);
		}
		Map<String, Object> parameters = new HashMap<>(ScopeFilter.of(actor).parameters());
		parameters.put("region", within);
		parameters.put("q", like(f.q()));
		parameters.put("status", f.status() == null ? null : f.status().name());
		String where = " from training.board_question q where q.region_code like :region || '%' and " + SCOPE.predicate()
				+ " and (cast(:q as text) is null or lower(q.title || ' ' || q.body) like cast(:q as text))"
				+ " and (cast(:status as text) is null or (cast(:status as text) = 'OPEN') = (q.best_answer_id is null))";
		List<BoardQuestion> items = this.jdbc.sql("select " + COLUMNS + where + " order by q.asked_at desc, q.id desc limit :limit offset :offset")
			.params(parameters)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> row(rs, true, List.of(), false, false))
			.list();
		long total = this.jdbc.sql("select count(*)" + where).params(parameters).query(Long.class).single();
		return Page.of(items, total, page);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<BoardQuestion> knowledge(Actor actor, String q, String region, PageQuery page) {
		actor.require(READ);
		String where = " from training.board_question q where q.resolved_at is not null and q.region_code like :region || '%'"
				+ " and (cast(:q as text) is null or q.search_text like cast(:q as text))";
		String within = region == null ? "" : region.trim();
		List<BoardQuestion> items = this.jdbc.sql("select " + COLUMNS + where + " order by q.resolved_at desc, q.id desc limit :limit offset :offset")
			.param("q", like(q))
			.param("region", within)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> row(rs, false, List.of(), false, false))
			.list();
		long total = this.jdbc.sql("select count(*)" + where).param("q", like(q)).param("region", within)
			.query(Long.class).single();
		return Page.of(items, total, page);
	}

	/** A substring pattern in lower case, the LIKE wildcards in the words taken literally. */
	private static String like(String q) {
		if (q == null || q.isBlank()) {
			return null;
		}
		String words = q.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + words + "%";
	}

	@Override
	@Transactional(readOnly = true)
	public BoardQuestion find(Actor actor, long id) {
		actor.require(READ);
		Map<String, Object> parameters = new HashMap<>(ScopeFilter.of(actor).parameters());
		parameters.put("id", id);
		Boolean inScope = this.jdbc.sql("select " + SCOPE.predicate() + " from training.board_question q where q.id = :id")
			.params(parameters)
			.query(Boolean.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("board-question", id));
		List<BoardQuestion.Answer> answers = this.jdbc.sql("""
				select id, author_name, author_kind, body, answered_at from training.board_answer
				where question_id = :id order by answered_at, id""")
			.param("id", id)
			.query((rs, n) -> new BoardQuestion.Answer(rs.getLong(1), rs.getString(2),
					BoardQuestion.AuthorKind.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
		BoardQuestion question = this.jdbc.sql("select " + COLUMNS + " from training.board_question q where q.id = :id")
			.param("id", id)
			.query((rs, n) -> {
				boolean answerer = inScope && actor.can(ANSWER) && actor.scope().kind() == Scope.Kind.REGION;
				boolean chooser = inScope && (isAsker(actor, rs.getLong("asker_id"))
						|| actor.can(MODERATE) && actor.scope().kind() == Scope.Kind.REGION);
				return row(rs, inScope, answers, answerer, chooser);
			})
			.single();
		if (!inScope && !question.resolved()) {
			throw new NotFoundException("board-question", id);
		}
		return question;
	}

	private static boolean isAsker(Actor actor, long askerId) {
		return actor.can(ASK) && actor.scope().kind() == Scope.Kind.EMPLOYER && actor.userId() == askerId;
	}

	@Override
	@Transactional
	public BoardQuestion ask(Actor actor, String title, String body) {
		actor.require(ASK);
		if (actor.scope().kind() != Scope.Kind.EMPLOYER) {
			throw new AccessDeniedException(ASK);
		}
		EmployerRef employer = this.employers.byCreditCode(actor.scope().value())
			.orElseThrow(() -> new AccessDeniedException(ASK));
		List<FieldError> errors = new ArrayList<>();
		String t = title == null ? "" : title.strip();
		if (t.isEmpty() || t.length() > 200) {
			errors.add(FieldError.of("title", "training.board.error.title"));
		}
		String b = body == null ? "" : body.strip();
		if (b.isEmpty() || b.length() > 10_000) {
			errors.add(FieldError.of("body", "training.board.error.body"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		long id = this.jdbc.sql("""
				insert into training.board_question (employer_id, employer_credit_code, employer_name, region_code, asker_id,
				    asker_name, title, body, asked_at, search_text)
				values (:employer, :credit, :name, :region, :asker, :askerName, :title, :body, :now, lower(:title || ' ' || :body))
				returning id""")
			.param("employer", employer.id())
			.param("credit", employer.creditCode())
			.param("name", employer.name())
			.param("region", employer.regionCode())
			.param("asker", actor.userId())
			.param("askerName", actor.displayName())
			.param("title", t)
			.param("body", b)
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		this.audit.record(actor, "training.question.asked", AuditTarget.of("board-question", id, employer.regionCode()), null,
				Map.of("title", t));
		return find(actor, id);
	}

	@Override
	@Transactional
	public BoardQuestion answer(Actor actor, long questionId, String body) {
		actor.require(ANSWER);
		BoardQuestion question = find(actor, questionId);
		if (!question.mayAnswer()) {
			throw new AccessDeniedException(ANSWER);
		}
		String b = body == null ? "" : body.strip();
		if (b.isEmpty() || b.length() > 10_000) {
			throw InvalidInputException.of("body", "training.board.error.answer");
		}
		BoardQuestion.AuthorKind kind = actor.can(MODERATE) ? BoardQuestion.AuthorKind.SUPERVISOR
				: BoardQuestion.AuthorKind.EXPERT;
		long id = this.jdbc.sql("""
				insert into training.board_answer (question_id, author_id, author_name, author_kind, body, answered_at)
				values (:q, :author, :name, :kind, :body, :now) returning id""")
			.param("q", questionId)
			.param("author", actor.userId())
			.param("name", actor.displayName())
			.param("kind", kind.name())
			.param("body", b)
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		this.audit.record(actor, "training.question.answered", AuditTarget.of("board-question", questionId,
				question.regionCode()), null, Map.of("answer", id));
		return find(actor, questionId);
	}

	@Override
	@Transactional
	public BoardQuestion chooseBest(Actor actor, long questionId, long answerId) {
		BoardQuestion question = find(actor, questionId);
		if (!question.mayChooseBest()) {
			throw new AccessDeniedException(MODERATE);
		}
		BoardQuestion.Answer best = question.answers()
			.stream()
			.filter(a -> a.id() == answerId)
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("answerId", "training.board.error.noSuchAnswer"));
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				update training.board_question set best_answer_id = :answer, resolved_at = coalesce(resolved_at, :now),
				    search_text = lower(title || ' ' || body || ' ' || :best)
				where id = :id""")
			.param("answer", answerId)
			.param("now", Timestamp.from(now))
			.param("best", best.body())
			.param("id", questionId)
			.update();
		this.audit.record(actor, "training.question.resolved", AuditTarget.of("board-question", questionId,
				question.regionCode()), question.bestAnswerId() == null ? null : Map.of("best", question.bestAnswerId()),
				Map.of("best", answerId));
		return find(actor, questionId);
	}

	private static BoardQuestion row(ResultSet rs, boolean inScope, List<BoardQuestion.Answer> answers, boolean mayAnswer,
			boolean mayChooseBest) throws SQLException {
		Timestamp resolved = rs.getTimestamp("resolved_at");
		return new BoardQuestion(rs.getLong("id"), rs.getString("region_code"), inScope ? rs.getString("employer_name") : null,
				inScope ? rs.getString("asker_name") : null, rs.getString("title"), rs.getString("body"),
				rs.getTimestamp("asked_at").toInstant(), (Long) rs.getObject("best_answer_id"),
				resolved == null ? null : resolved.toInstant(), rs.getInt("answers"), answers, mayAnswer, mayChooseBest);
	}

}
