package org.ohsonline.testing.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.EngagementView;
import org.ohsonline.agency.Engagements;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.ServiceType;
import org.ohsonline.agency.StaffView;
import org.ohsonline.reference.Oel;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Scope;
import org.ohsonline.testing.JobCommand;
import org.ohsonline.testing.JobStatus;
import org.ohsonline.testing.JobStep;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.ResultInput;
import org.ohsonline.testing.SamplingMode;
import org.ohsonline.testing.TestingJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ohsonline.shared.demo.DemoSeedStep;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Standalone mode's testing, the demo data's step after the agencies: the validity clocks of the
 * register's employers (the start-up synchronisation ran before the register was in), then a few
 * periodic testing jobs of the demo {@code agency} login's organisation for synthetic employers that
 * engage it, with results drawn from a fixed seed (lognormal around 0.3 × PC-TWA with GSD 2 for
 * chemicals, a day of two noise levels), in each state a job passes through: reviewed (its report
 * issued), submitted for review, returned with a reason, a second reviewed, a draft. Made through the
 * facade, so they are judged and audited like any job; flagged {@code synthetic} because the
 * employers are. The figures are invented for a demo, not measurements.
 */
@Component
class StandaloneTestingSeed implements DemoSeedStep {

	private static final Logger log = LoggerFactory.getLogger(StandaloneTestingSeed.class);

	/** The demo agency of docs/synthetic-data.md (login {@code agency}). */
	static final String DEMO_AGENCY = "91330105DEMAG0001" + CreditCode.checkCharacter("91330105DEMAG0001");

	private static final Actor LOOKUP = Actor.system("testing-demo");

	/**
	 * What becomes of the n-th job: the states a reader of the demo should meet, the commonest first
	 * (a small register may engage the demo agency for only three).
	 */
	private static final List<JobStatus> STATES = List.of(JobStatus.REVIEWED, JobStatus.SUBMITTED, JobStatus.RETURNED,
			JobStatus.REVIEWED, JobStatus.DRAFT);

	private final TestingJobs jobs;

	private final Agencies agencies;

	private final Engagements engagements;

	private final AgencyStaff staff;

	private final Employers employers;

	private final LimitRows limits;

	private final JdbcClient jdbc;

	private final ValidityClockService clocks;

	private final Clock clock;

	StandaloneTestingSeed(TestingJobs jobs, Agencies agencies, Engagements engagements, AgencyStaff staff,
			Employers employers, LimitRows limits, ValidityClockService clocks, JdbcClient jdbc, Clock clock) {
		this.jobs = jobs;
		this.agencies = agencies;
		this.engagements = engagements;
		this.staff = staff;
		this.employers = employers;
		this.limits = limits;
		this.jdbc = jdbc;
		this.clocks = clocks;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String labelKey() {
		return "demo.step.testing";
	}

	@Override
	public int weight() {
		return 6;
	}

	@Override
	public void run(Progress progress) {
		log.info("Testing validity clocks synchronised with the demo register: {} row(s) changed",
				this.clocks.synchronise());
		progress.done(0.3);
		if (this.jdbc.sql("select count(*) from testing.job where synthetic").query(Long.class).single() > 0) {
			return;
		}
		Scope scope = new Scope(Scope.Kind.AGENCY, DEMO_AGENCY);
		AgencyRef agency = this.agencies.ownedBy(scope)
			.stream()
			.filter(a -> a.kind() == AgencyKind.SERVICE_AGENCY)
			.findFirst()
			.orElse(null);
		if (agency == null) {
			return;
		}
		Actor actor = new Actor(0, "system:testing-demo", "系统 (演示检测任务)", agency.regionCode(), scope,
				Set.of("testing:job:read", "testing:job:write", "testing:job:review"), "local", Actor.Channel.SYSTEM);
		LocalDate today = LocalDate.now(this.clock);
		int made = 0;
		for (EngagementView engagement : this.engagements.ofAgency(LOOKUP, agency.id())) {
			if (made == STATES.size()) {
				break;
			}
			progress.checkpoint();
			LocalDate day = today.minusDays(20 + 7L * made);
			if (engagement.serviceType() != ServiceType.PERIODIC_TESTING || !engagement.synthetic()
					|| day.isBefore(engagement.startsOn()) || day.isAfter(engagement.endsOn())) {
				continue;
			}
			try {
				if (seed(actor, agency, engagement.employerId(), day, STATES.get(made))) {
					made++;
					progress.done(0.3 + 0.7 * made / STATES.size());
				}
			}
			catch (InvalidInputException ex) {
				log.debug("No demo testing job for employer {}: {}", engagement.employerId(), ex.getMessage());
			}
		}
		if (made > 0) {
			log.info("Synthetic demo testing jobs of the demo agency: {}", made);
		}
	}

	private boolean seed(Actor actor, AgencyRef agency, long employerId, LocalDate day, JobStatus state) {
		Random random = new Random(7L * 1_000_003L + employerId);
		List<JobCommand.PlanRow> plan = new ArrayList<>();
		List<ResultInput> results = new ArrayList<>();
		for (StructureViews.Site site : this.employers.structure(LOOKUP, employerId)) {
			for (StructureViews.Workshop workshop : site.workshops()) {
				for (StructureViews.Post post : workshop.posts()) {
					for (StructureViews.Hazard hazard : post.hazards()) {
						if (plan.size() < 3) {
							addFactor(post, hazard.code(), day, random, plan, results);
						}
					}
				}
			}
		}
		if (results.isEmpty()) {
			return false;
		}
		List<JobCommand.Participant> participants = new ArrayList<>();
		for (JobStep step : JobStep.values()) {
			this.staff.active(agency.id(), step.role())
				.stream()
				.findFirst()
				.map(StaffView::id)
				.ifPresent(id -> participants.add(new JobCommand.Participant(step, id)));
		}
		JobView job = this.jobs.create(actor, new JobCommand(employerId, JobType.PERIODIC_TESTING, day.minusDays(30),
				day.minusDays(3), day, day, "演示：在册岗位的定期检测（模拟数据）",
				"GBZ 159-2004; GBZ/T 300 (化学因素); GBZ/T 189.8-2007 (噪声)", false, participants, plan, List.of()));
		this.jobs.addResults(actor, job.id(), results);
		if (state != JobStatus.DRAFT) {
			this.jobs.submit(actor, job.id());
		}
		if (state == JobStatus.REVIEWED) {
			this.jobs.accept(actor, job.id());
		}
		else if (state == JobStatus.RETURNED) {
			this.jobs.giveBack(actor, job.id(), "噪声测量只有上午和下午各一段，请补测整个工作班（演示）");
		}
		return true;
	}

	void addFactor(StructureViews.Post post, String code, LocalDate day, Random random,
			List<JobCommand.PlanRow> plan, List<ResultInput> results) {
		LimitRows.Resolved limit = this.limits.resolve(code, null);
		if (!limit.found()) {
			return;
		}
		Oel oel = limit.oel();
		String method = limit.kind() == LimitRows.Kind.NOISE ? "GBZ/T 189.8-2007" : "GBZ/T 300";
		if (limit.kind() == LimitRows.Kind.NOISE) {
			plan.add(new JobCommand.PlanRow(post.id(), post.name(), code, null, SamplingMode.PERSONAL, 2));
			int before = 78 + random.nextInt(14);
			results.add(result(post, code, "N", results.size(), "工人A", SamplingMode.PERSONAL, day, "08:00", "12:00",
					BigDecimal.valueOf(before).add(BigDecimal.valueOf(random.nextInt(10), 1)), oel.unit(), method));
			results.add(result(post, code, "N", results.size(), "工人A", SamplingMode.PERSONAL, day, "13:00", "17:00",
					BigDecimal.valueOf(before - 4L), oel.unit(), method));
		}
		else if (limit.kind() != LimitRows.Kind.HEAT && oel.pcTwa() != null) {
			plan.add(gradedRow(post, code, limit.kind(), SamplingMode.PERSONAL, 6));
			for (int i = 0; i < 6; i++) {
				double factor = Math.exp(Math.log(0.3) + Math.log(2) * random.nextGaussian());
				BigDecimal value = oel.pcTwa().multiply(BigDecimal.valueOf(factor)).round(new MathContext(3));
				results.add(result(post, code, "C", results.size(), "工人" + (char) ('A' + i), SamplingMode.PERSONAL, day,
						"08:00", "16:00", value, oel.unit(), method));
			}
		}
		else if (oel.mac() != null) {
			plan.add(gradedRow(post, code, limit.kind(), SamplingMode.AREA, 3));
			for (int i = 0; i < 3; i++) {
				BigDecimal value = oel.mac().multiply(BigDecimal.valueOf(0.1 + 0.3 * random.nextDouble()))
					.round(new MathContext(3));
				LocalTime start = LocalTime.of(9 + 2 * i, 0);
				results.add(result(post, code, "M", results.size(), "", SamplingMode.AREA, day, start.toString(),
						start.plusMinutes(15).toString(), value, oel.unit(), method));
			}
		}
	}

	/**
	 * A plan row with the grading inputs the synthetic job's agency enters. They are demo inputs of
	 * a synthetic job, not a classification of the factor: every chemical 中度危害 (GBZ 230), every
	 * dust 5 % free silica, labour intensity Ⅱ.
	 */
	private static JobCommand.PlanRow gradedRow(StructureViews.Post post, String code, LimitRows.Kind kind,
			SamplingMode mode, int samples) {
		boolean chemical = kind == LimitRows.Kind.CHEMICAL;
		return new JobCommand.PlanRow(post.id(), post.name(), code, null, mode, samples, chemical ? "MODERATE" : null,
				chemical ? null : BigDecimal.valueOf(5), "II", false);
	}

	private static ResultInput result(StructureViews.Post post, String code, String prefix, int n, String subject,
			SamplingMode mode, LocalDate day, String from, String to, BigDecimal value, String unit, String method) {
		return new ResultInput(prefix + post.id() + "-" + (n + 1), post.id(), post.name(), subject, code, null, method,
				mode, LocalDateTime.of(day, LocalTime.parse(from)), LocalDateTime.of(day, LocalTime.parse(to)), null,
				value, unit, null, false, null);
	}

}
