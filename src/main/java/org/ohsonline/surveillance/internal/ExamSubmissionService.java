package org.ohsonline.surveillance.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.Agencies;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Scope;
import org.ohsonline.surveillance.ExamSubmissions;
import org.ohsonline.surveillance.ExamView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims the key first ({@code insert … on conflict do nothing}): a concurrent submission with the
 * same key waits on the unique index until the first commits, then reads its answer. Each record is
 * checked before it is recorded, so a rejected record writes nothing and the batch commits the rest.
 * Keys are per institution for its staff, per user for anyone else allowed to record.
 */
@Service
class ExamSubmissionService implements ExamSubmissions {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final ExamService exams;

	private final Agencies agencies;

	private final Clock clock;

	ExamSubmissionService(JdbcClient jdbc, ExamService exams, Agencies agencies, Clock clock) {
		this.jdbc = jdbc;
		this.exams = exams;
		this.agencies = agencies;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Result submit(Actor actor, String idempotencyKey, String requestSha256, List<Entry> entries) {
		actor.require(ExamPermissions.WRITE);
		String key = idempotencyKey == null ? "" : idempotencyKey.trim();
		if (key.isEmpty() || key.length() > 200) {
			throw InvalidInputException.of("Idempotency-Key", "surveillance.api.keyRequired", 200);
		}
		long owner = owner(actor);
		Optional<Long> claimed = this.jdbc.sql("""
				insert into surveillance.exam_submission (institution_id, idempotency_key, request_sha256, created_at)
				values (:owner, :key, :sha, :now) on conflict (institution_id, idempotency_key) do nothing
				returning id""")
			.param("owner", owner)
			.param("key", key)
			.param("sha", requestSha256)
			.param("now", java.sql.Timestamp.from(Instant.now(this.clock)))
			.query(Long.class)
			.optional();
		if (claimed.isEmpty()) {
			return replay(owner, key, requestSha256);
		}
		List<Outcome> outcomes = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			List<FieldError> errors = new ArrayList<>(entry.readErrors());
			if (entry.command() != null) {
				errors.addAll(this.exams.check(actor, entry.command()));
			}
			if (!errors.isEmpty() || entry.command() == null) {
				outcomes.add(new Outcome(i, Outcome.REJECTED, null, null, errors));
				continue;
			}
			ExamView exam = this.exams.record(actor, entry.command());
			outcomes.add(new Outcome(i, Outcome.CREATED, exam.id(), exam.number(), List.of()));
		}
		this.jdbc.sql("update surveillance.exam_submission set response = :response where id = :id")
			.param("response", JSON.writeValueAsString(outcomes))
			.param("id", claimed.get())
			.update();
		return new Result(outcomes, false);
	}

	private Result replay(long owner, String key, String requestSha256) {
		record Stored(String sha, String response) {
		}
		Stored stored = this.jdbc.sql("""
				select request_sha256, response from surveillance.exam_submission
				where institution_id = :owner and idempotency_key = :key""")
			.param("owner", owner)
			.param("key", key)
			.query((rs, n) -> new Stored(rs.getString(1), rs.getString(2)))
			.single();
		if (!stored.sha().equals(requestSha256) || stored.response() == null) {
			throw new KeyReusedException(key);
		}
		return new Result(JSON.readValue(stored.response(), new TypeReference<List<Outcome>>() {
		}), true);
	}

	/** Whose key space: the institution of its staff, else the user (negative, never an institution id). */
	private long owner(Actor actor) {
		if (actor.scope().kind() == Scope.Kind.INSTITUTION) {
			return this.agencies.ownedBy(actor.scope())
				.stream()
				.filter(a -> a.kind() == AgencyKind.EXAM_INSTITUTION)
				.findFirst()
				.orElseThrow(() -> new AccessDeniedException("no exam institution for " + actor.scope()))
				.id();
		}
		return -actor.userId() - 1;
	}

}
