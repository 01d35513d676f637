package org.ohsonline.testing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.ohsonline.agency.AgencyFilter;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.AgencySummary;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.EngagementView;
import org.ohsonline.agency.Engagements;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.ServiceType;
import org.ohsonline.agency.StaffView;
import org.ohsonline.iam.SyntheticAccounts;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.testing.JobCommand;
import org.ohsonline.testing.JobRequest;
import org.ohsonline.testing.JobStep;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.ResultBatch;
import org.ohsonline.testing.ResultInput;
import org.ohsonline.testing.TestingJobs;
import org.ohsonline.shared.demo.CommandOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --mixed-benchmark} (bench/mixed-load.sh, issue 20 item 6), the testing part: prepares testing jobs with
 * their results, as service agencies of the province send them, for the mixed load. For each active service agency
 * of the region (up to {@code --mixed-benchmark-agencies}) and its current periodic-testing engagements, a job on the
 * employer's registered posts and factors (up to three, with results as the demo testing jobs draw them: noise
 * twice a shift, chemicals and dusts six personal samples, ceilings three area samples) sampled a week ago, checked
 * by creating it in a transaction that is rolled back (no refusal, no rejected result). Each agency used gets a
 * synthetic login {@code mixed-agency-<credit code>} (AGENCY_STAFF, scope the agency) with an API token
 * ({@link SyntheticAccounts}: standalone with {@code ohs.demo.enabled} only). Writes {@code testing-jobs.tsv} (agency
 * credit code, the job request as POST /api/v1/testing/jobs takes it) and {@code agency-tokens.tsv} (credit code,
 * token) into {@code --mixed-benchmark-out}. The load posts each line again and again under new Idempotency-Keys.
 */
@Component
@Order(63)
class MixedBenchmarkTesting implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MixedBenchmarkTesting.class);

	private static final Actor SYSTEM = Actor.system("mixed-benchmark");

	private final StandaloneTestingSeed seed;

	private final TestingJobs jobs;

	private final Agencies agencies;

	private final Engagements engagements;

	private final AgencyStaff staff;

	private final Employers employers;

	private final SyntheticAccounts accounts;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	MixedBenchmarkTesting(StandaloneTestingSeed seed, TestingJobs jobs, Agencies agencies, Engagements engagements,
			AgencyStaff staff, Employers employers, SyntheticAccounts accounts, TransactionTemplate transactions,
			JsonMapper json, Clock clock) {
		this.seed = seed;
		this.jobs = jobs;
		this.agencies = agencies;
		this.engagements = engagements;
		this.staff = staff;
		this.employers = employers;
		this.accounts = accounts;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!args.containsOption("mixed-benchmark")) {
			return;
		}
		int wantedAgencies = CommandOptions.integer(args, "mixed-benchmark-agencies", 20);
		int perAgency = CommandOptions.integer(args, "mixed-benchmark-jobs-per-agency", 5);
		Path out = Path.of(CommandOptions.text(args, "mixed-benchmark-out", "target/bench-mixed"));
		Files.createDirectories(out);
		long started = System.nanoTime();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = today.minusDays(7);
		List<String> lines = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		int refused = 0;
		List<AgencySummary> list = this.agencies
			.search(SYSTEM, new AgencyFilter(null, "33", "SERVICE_AGENCY", "ACTIVE", null, null, "name"),
					PageQuery.of(1, 100))
			.items();
		for (AgencySummary agency : list) {
			if (tokens.size() >= wantedAgencies) {
				break;
			}
			Actor actor = new Actor(0, "system:mixed-benchmark", "系统 (混合负载基准测试)", agency.regionCode(),
					new Scope(Scope.Kind.AGENCY, agency.creditCode()),
					Set.of(TestingPermissions.READ, TestingPermissions.WRITE), "local", Actor.Channel.SYSTEM);
			int made = 0;
			for (EngagementView engagement : this.engagements.ofAgency(SYSTEM, agency.id())) {
				if (made >= perAgency) {
					break;
				}
				if (engagement.serviceType() != ServiceType.PERIODIC_TESTING || day.isBefore(engagement.startsOn())
						|| today.isAfter(engagement.endsOn()) || !engagement.current()) {
					continue;
				}
				Map<String, Object> request = request(agency.id(), engagement.employerId(), day);
				if (request == null) {
					continue;
				}
				if (!valid(actor, request)) {
					refused++;
					continue;
				}
				lines.add(agency.creditCode() + "\t" + this.json.writeValueAsString(request));
				made++;
			}
			if (made > 0) {
				SyntheticAccounts.Issued issued = this.transactions.execute(status -> this.accounts.withTokens(SYSTEM,
						List.of(new SyntheticAccounts.Account("mixed-agency-" + agency.creditCode().toLowerCase(Locale.ROOT),
								"基准测试技术服务机构账号（合成）", "AGENCY_STAFF", agency.regionCode(),
								new Scope(Scope.Kind.AGENCY, agency.creditCode()))),
						List.of(TestingPermissions.READ, TestingPermissions.WRITE), 2)).get(0);
				tokens.add(agency.creditCode() + "\t" + issued.token());
			}
		}
		Files.write(out.resolve("testing-jobs.tsv"), lines, StandardCharsets.UTF_8);
		Files.write(out.resolve("agency-tokens.tsv"), tokens, StandardCharsets.UTF_8);
		log.info("MIXED-BENCH testing ready n={} agencies={} refused-in-check={} in {} s", lines.size(), tokens.size(),
				refused, String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
	}

	/** A job with its results for the employer's registered factors (up to three), as the demo jobs are drawn. */
	private Map<String, Object> request(long agencyId, long employerId, LocalDate day) {
		Random random = new Random(20_06L * 1_000_003L + employerId);
		List<JobCommand.PlanRow> plan = new ArrayList<>();
		List<ResultInput> results = new ArrayList<>();
		for (StructureViews.Site site : this.employers.structure(SYSTEM, employerId)) {
			for (StructureViews.Workshop workshop : site.workshops()) {
				for (StructureViews.Post post : workshop.posts()) {
					for (StructureViews.Hazard hazard : post.hazards()) {
						if (plan.size() < 3) {
							this.seed.addFactor(post, hazard.code(), day, random, plan, results);
						}
					}
				}
			}
		}
		if (results.isEmpty()) {
			return null;
		}
		List<JobCommand.Participant> participants = new ArrayList<>();
		for (JobStep step : JobStep.values()) {
			this.staff.active(agencyId, step.role())
				.stream()
				.findFirst()
				.map(StaffView::id)
				.ifPresent(id -> participants.add(new JobCommand.Participant(step, id)));
		}
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("employerId", employerId);
		request.put("jobType", JobType.PERIODIC_TESTING.name());
		request.put("contractedOn", day.minusDays(30).toString());
		request.put("surveyOn", day.minusDays(3).toString());
		request.put("samplingFrom", day.toString());
		request.put("samplingTo", day.toString());
		request.put("scope", "基准测试：在册岗位的定期检测（合成数据）");
		request.put("methods", "GBZ 159-2004; GBZ/T 300 (化学因素); GBZ/T 189.8-2007 (噪声)");
		request.put("hotOutdoor", false);
		request.put("participants", participants);
		request.put("plan", plan);
		request.put("mixtures", List.of());
		request.put("results", results);
		return request;
	}

	/** Whether the job is created with every result stored: created and rolled back. */
	private boolean valid(Actor actor, Map<String, Object> request) {
		try {
			// Read back as the API reads it, so that the check sees what the API will.
			JobRequest check = this.json.readValue(this.json.writeValueAsString(request), JobRequest.class);
			Boolean stored = this.transactions.execute(status -> {
				status.setRollbackOnly();
				JobView job = this.jobs.create(actor, check.command());
				ResultBatch batch = this.jobs.addResults(actor, job.id(), check.results());
				if (!batch.rejected().isEmpty()) {
					log.debug("MIXED-BENCH testing job left out: {}", batch.rejected());
				}
				return batch.rejected().isEmpty();
			});
			return Boolean.TRUE.equals(stored);
		}
		catch (RuntimeException ex) {
			log.debug("MIXED-BENCH testing job left out: {}", ex.toString());
			return false;
		}
	}

}
