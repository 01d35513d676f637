package org.ohsonline.cdcmonitoring.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.cdcmonitoring.DrawView;
import org.ohsonline.cdcmonitoring.Target;
import org.ohsonline.reference.Industries;
import org.ohsonline.reference.Industry;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerStatus;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Draws a project's sample from the register with the caller's own actor (a city CDC reads its counties' employers):
 * the frame, the published inputs, the draw ({@link SampleDraw}) and the stored lines, audited with the seed and
 * digests, in the caller's transaction.
 */
@Component
class MonitoringSampleService {

	private final Employers employers;

	private final Workers workers;

	private final Industries industries;

	private final CdcMonitoringReads reads;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	MonitoringSampleService(Employers employers, Workers workers, Industries industries, CdcMonitoringReads reads, AuditTrail audit,
			JdbcClient jdbc, Clock clock) {
		this.employers = employers;
		this.workers = workers;
		this.industries = industries;
		this.reads = reads;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	DrawView draw(Actor actor, CdcMonitoringReads.ProjectRow project) {
		if (this.reads.draw(project.id()).isPresent()) {
			throw InvalidInputException.of(null, "cdcmonitoring.draw.done");
		}
		List<Target> targets = this.reads.targets(project.id());
		SampleDraw.Inputs inputs = inputs(actor, project, targets);
		String text = SampleDraw.inputsText(inputs);
		String seed = SampleDraw.seed(inputs);
		List<SampleDraw.Line> lines = SampleDraw.draw(inputs);
		Map<Long, EmployerSummary> found = new HashMap<>();
		for (Target t : targets) {
			this.employers.forEach(actor, frameFilter(t.countyCode()), e -> found.put(e.id(), e));
		}
		Instant now = this.clock.instant();
		String inputsDigest = Hashes.sha256Hex(text);
		String resultDigest = Hashes.sha256Hex(SampleDraw.resultText(lines));
		this.jdbc.sql("""
				insert into cdcmonitoring.sample_draw (project_id, algorithm, seed, population_count, sample_count, inputs_text,
				  inputs_digest, result_digest, drawn_by, drawn_at)
				values (:p, :algorithm, :seed, :population, :sample, :text, :inputs, :result, :by, :at)""")
			.param("p", project.id())
			.param("algorithm", SampleDraw.NAME)
			.param("seed", seed)
			.param("population", inputs.candidates().size())
			.param("sample", lines.size())
			.param("text", text)
			.param("inputs", inputsDigest)
			.param("result", resultDigest)
			.param("by", actor.username())
			.param("at", Timestamp.from(now))
			.update();
		for (SampleDraw.Line l : lines) {
			EmployerSummary e = found.get(l.employerId());
			this.jdbc.sql("""
					insert into cdcmonitoring.sampled_employer (project_id, county_code, seq, employer_id, credit_code, employer_name, region_code)
					values (:p, :c, :seq, :e, :code, :name, :region)""")
				.param("p", project.id())
				.param("c", l.county())
				.param("seq", l.seq())
				.param("e", l.employerId())
				.param("code", l.creditCode())
				.param("name", e.name())
				.param("region", e.regionCode())
				.update();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("algorithm", SampleDraw.NAME);
		after.put("seed", seed);
		after.put("population", inputs.candidates().size());
		after.put("sample", lines.size());
		after.put("inputsDigest", inputsDigest);
		after.put("resultDigest", resultDigest);
		this.audit.record(actor, "cdcmonitoring.sample.drawn", AuditTarget.of("monitoring-project", project.id(), project.regionCode()),
				null, after);
		return this.reads.draw(project.id()).orElseThrow();
	}

	private static EmployerFilter frameFilter(String county) {
		return new EmployerFilter(null, county, null, null, null, EmployerStatus.IN_PRODUCTION.name(), "name");
	}

	/**
	 * The frame: per target county the employers in production whose industry lies under one of the project's codes
	 * (a section letter stands for its divisions) and who expose workers to one of its hazards now.
	 */
	SampleDraw.Inputs inputs(Actor actor, CdcMonitoringReads.ProjectRow project, List<Target> targets) {
		List<String> prefixes = new ArrayList<>();
		for (String code : project.industries()) {
			if (code.matches("[A-Z]")) {
				this.industries.childIndustries(code).stream().map(Industry::code).forEach(prefixes::add);
			}
			else {
				prefixes.add(code);
			}
		}
		Map<Long, SampleDraw.Candidate> byId = new HashMap<>();
		for (Target t : targets) {
			this.employers.forEach(actor, frameFilter(t.countyCode()), e -> {
				if (e.industryCode() != null && prefixes.stream().anyMatch(e.industryCode()::startsWith)
						&& e.regionCode().startsWith(t.countyCode())) {
					byId.put(e.id(), new SampleDraw.Candidate(t.countyCode(), e.id(), e.creditCode()));
				}
			});
		}
		Set<String> hazards = new HashSet<>(project.hazards());
		Set<Long> exposed = new HashSet<>();
		this.workers.forEachExposure(actor, employer -> {
			if (byId.containsKey(employer.employerId())
					&& employer.exposed().byHazard().keySet().stream().anyMatch(hazards::contains)) {
				exposed.add(employer.employerId());
			}
		});
		List<SampleDraw.Candidate> candidates = byId.values().stream().filter(c -> exposed.contains(c.employerId())).toList();
		Map<String, Integer> quota = new LinkedHashMap<>();
		targets.forEach(t -> quota.put(t.countyCode(), t.employers()));
		return new SampleDraw.Inputs(project.id(), project.year(), project.kind().name(), project.industries(),
				project.hazards(), quota, candidates);
	}

}
