package org.ohsonline.surveillance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.ohsonline.agency.AgencyFilter;
import org.ohsonline.agency.AgencySummary;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.Institutions;
import org.ohsonline.reference.ExamRule;
import org.ohsonline.reference.ExamRules;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.surveillance.ExamView;
import org.ohsonline.surveillance.ExamConclusion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Synthetic exams for a synthetic register (docs/synthetic-data.md), deterministic for a seed: for
 * the demo employer and the first employers of the region, each current worker on a hazardous post
 * (and nobody else) gets a pre-placement exam on the day of placement (when hired within the last
 * four years) and in-service exams at the rule's interval with some jitter, the latest one left out for about a quarter of them (so the due lists
 * have overdue items). Noise workers get audiograms that drift over the years, a few fast enough for
 * a standard threshold shift; a few conclusions are recheck, other finding, contraindication or
 * suspected disease. Exams go through the same recording as the API (checks, qualification, audit,
 * events); the employer's schedule is then recomputed from the register. Hazards no institution of
 * the region may examine are left out.
 */
@Component
class SyntheticExams {

	private static final Logger log = LoggerFactory.getLogger(SyntheticExams.class);

	static final Actor SYSTEM = Actor.system("synthetic-exams");

	/** The demo logins' employer and institution (iam's DemoUsers; docs/synthetic-data.md). */
	static final String DEMO_EMPLOYER = withCheck("91330105DEM000001");

	/** The demo worker (the login {@code worker}), whose exam reports are issued for their record. */
	static final String DEMO_PERSON = "33010519900307001" + IdNumber.checkCharacter("33010519900307001");

	static final String DEMO_INSTITUTION = withCheck("12330105DEMEX0001");

	private final ExamService exams;

	private final ExamScheduleService schedule;

	private final ExamRules rules;

	private final Agencies agencies;

	private final Institutions institutions;

	private final Employers employers;

	private final Workers workers;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	SyntheticExams(ExamService exams, ExamScheduleService schedule, ExamRules rules, Agencies agencies,
			Institutions institutions, Employers employers, Workers workers, TransactionTemplate transactions,
			JdbcClient jdbc) {
		this.exams = exams;
		this.schedule = schedule;
		this.rules = rules;
		this.agencies = agencies;
		this.institutions = institutions;
		this.employers = employers;
		this.workers = workers;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	record Summary(int employers, int workers, int exams, int skipped) {

		Summary plus(Summary other) {
			return new Summary(this.employers + other.employers, this.workers + other.workers,
					this.exams + other.exams, this.skipped + other.skipped);
		}

	}

	/** The institutions of the region that examine, the demo institution first; empty when there are none. */
	List<AgencySummary> institutions(String region) {
		List<AgencySummary> institutionList = new ArrayList<>(this.agencies
			.search(SYSTEM, new AgencyFilter(null, region, "EXAM_INSTITUTION", "ACTIVE", null, null, "name"),
					PageQuery.of(1, 100))
			.items());
		institutionList.sort((a, b) -> Boolean.compare(!a.creditCode().equals(DEMO_INSTITUTION),
				!b.creditCode().equals(DEMO_INSTITUTION)));
		return institutionList;
	}

	/** The demo employer, when the register holds it. */
	Optional<EmployerSummary> demoEmployer() {
		return this.employers.search(SYSTEM, new EmployerFilter(DEMO_EMPLOYER, null, null, null, null, null, null),
				PageQuery.of(1, 1)).items().stream().filter(e -> e.creditCode().equals(DEMO_EMPLOYER)).findFirst();
	}

	/** Employers in production of the region by name, a page at a time, without the demo employer. */
	List<EmployerSummary> employersByName(String region, int page, int size) {
		return this.employers
			.search(SYSTEM, new EmployerFilter(null, region, null, null, null, "IN_PRODUCTION", "name"),
					PageQuery.of(page, size))
			.items()
			.stream()
			.filter(e -> !e.creditCode().equals(DEMO_EMPLOYER))
			.toList();
	}

	/** Current employments on posts with hazard factors (post id → hazard codes of the register). */
	record Exposed(Map<Long, List<String>> posts, List<EmploymentView> employments) {
	}

	/** The employer's current workforce on posts with hazard factors: only they are examined. */
	Exposed exposed(EmployerSummary employer) {
		Map<Long, List<String>> posts = this.schedule.postHazards(employer.id());
		List<EmploymentView> exposed = new ArrayList<>();
		int page = 1;
		while (true) {
			var workforce = this.workers.workforce(SYSTEM, employer.id(), true, null, PageQuery.of(page, PageQuery.MAX_SIZE));
			for (EmploymentView e : workforce.items()) {
				if (e.postId() != null && !posts.getOrDefault(e.postId(), List.of()).isEmpty()) {
					exposed.add(e);
				}
			}
			if (!workforce.hasNext()) {
				break;
			}
			page++;
		}
		return new Exposed(posts, exposed);
	}

	/**
	 * The exams of every exposed current worker of one employer, then the employer's schedule
	 * recomputed from the register. Every exposed worker gets a history, so that the recomputed
	 * schedule asks nobody for a pre-placement exam due on a hiring day years ago. Random numbers come
	 * from the seed and the employer's credit code, so an employer's exams do not depend on which
	 * employers were examined before it.
	 */
	Summary generate(EmployerSummary employer, Exposed exposed, long seed, List<AgencySummary> institutionList,
			Runnable checkpoint) {
		Random random = new Random(seed * 31 + 188 + 1_000_003L * employer.creditCode().hashCode());
		LocalDate today = this.exams.today();
		int recorded = 0;
		int skipped = 0;
		for (EmploymentView employment : exposed.employments()) {
			checkpoint.run();
			List<String> hazards = exposed.posts().getOrDefault(employment.postId(), List.of());
			if (hazards.isEmpty()) {
				continue;
			}
			String idNumber = null;
			for (ExamCommand command : history(random, employer, employment, hazards, institutionList, today)) {
				if (idNumber == null) {
					idNumber = this.workers.revealIdNumber(SYSTEM, employment.workerId());
				}
				ExamCommand withId = withIdNumber(command, idNumber);
				boolean demoPerson = DEMO_PERSON.equals(idNumber);
				try {
					this.transactions.executeWithoutResult(status -> {
						ExamView exam = this.exams.record(SYSTEM, withId, true);
						if (demoPerson) {
							// The demo worker's reports are issued as every real exam's is (我的档案 → 报告下载).
							this.exams.issueReport(SYSTEM, exam);
						}
					});
					recorded++;
				}
				catch (InvalidInputException ex) {
					skipped++;
					log.debug("Synthetic exam skipped: {}", ex.errors());
				}
			}
		}
		this.transactions.executeWithoutResult(status -> this.schedule.recompute(SYSTEM, employer.id()));
		return new Summary(1, exposed.employments().size(), recorded, skipped);
	}

	/** Whether the employer has synthetic exams already (a start stopped halfway leaves some). */
	boolean examined(long employerId) {
		return this.jdbc.sql("select exists (select 1 from surveillance.exam where synthetic and employer_id = :e)")
			.param("e", employerId)
			.query(Boolean.class)
			.single();
	}

	/** The exams of one worker, oldest first (with the identity number still to fill in). */
	private List<ExamCommand> history(Random random, EmployerSummary employer, EmploymentView employment,
			List<String> hazards, List<AgencySummary> institutions, LocalDate today) {
		List<ExamCommand> history = new ArrayList<>();
		LocalDate start = today.minusYears(4);
		// Hired within the window: the pre-placement exam on the day of placement (never before the
		// employment starts); hired earlier: in-service exams from the window's start.
		LocalDate first = employment.hiredOn().isAfter(start) ? employment.hiredOn()
				: start.plusDays(random.nextInt(120));
		int interval = hazards.stream()
			.map(h -> this.rules.ruleFor(h, null, first))
			.flatMap(Optional::stream)
			.mapToInt(ExamRule::intervalMonths)
			.min()
			.orElse(12);
		boolean fastDrift = random.nextInt(100) < 8;
		boolean skipLatest = random.nextInt(100) < 25;
		int[] baseline = { 5 + random.nextInt(15), 5 + random.nextInt(15) };
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(today); day = day.plusMonths(interval).plusDays(random.nextInt(41) - 20)) {
			days.add(day);
		}
		if (skipLatest && days.size() > 1) {
			days.remove(days.size() - 1);
		}
		for (int n = 0; n < days.size(); n++) {
			LocalDate day = days.get(n);
			ExamType type = n == 0 && employment.hiredOn().isAfter(start) ? ExamType.PRE_PLACEMENT : ExamType.IN_SERVICE;
			Optional<AgencySummary> institution = institutionFor(institutions, type, hazards, day);
			if (institution.isEmpty()) {
				continue;
			}
			List<String> examined = hazards.stream()
				.filter(h -> this.institutions.mayExamine(institution.get().id(), type, h, day).qualified())
				.toList();
			double years = n * interval / 12.0;
			history.add(exam(random, employer, institution.get().id(), type, day, examined, baseline, years, fastDrift));
		}
		return history;
	}

	Optional<AgencySummary> institutionFor(List<AgencySummary> institutions, ExamType type,
			List<String> hazards, LocalDate day) {
		AgencySummary best = null;
		long bestCount = 0;
		for (AgencySummary institution : institutions) {
			long count = hazards.stream()
				.filter(h -> this.institutions.mayExamine(institution.id(), type, h, day).qualified())
				.count();
			if (count > bestCount) {
				best = institution;
				bestCount = count;
			}
			if (count == hazards.size()) {
				break;
			}
		}
		return Optional.ofNullable(best);
	}

	ExamCommand exam(Random random, EmployerSummary employer, long institutionId, ExamType type, LocalDate day,
			List<String> hazards, int[] baseline, double years, boolean fastDrift) {
		List<ExamCommand.HazardConclusion> conclusions = new ArrayList<>();
		List<ExamCommand.Threshold> audiogram = new ArrayList<>();
		Map<String, ExamCommand.Item> items = new LinkedHashMap<>();
		String chest = null;
		BigDecimal fvc = null;
		BigDecimal fev1 = null;
		BigDecimal ratio = null;
		BigDecimal lead = null;
		BigDecimal wbc = null;
		BigDecimal neutrophils = null;
		BigDecimal hemoglobin = null;
		BigDecimal platelets = null;
		for (String hazard : hazards) {
			ExamConclusion conclusion = ExamConclusion.NORMAL;
			String disease = null;
			String detail = null;
			LocalDate recheck = null;
			int roll = random.nextInt(1000);
			if ("3008".equals(hazard)) {
				int drift = (int) Math.round(years * (fastDrift ? 7 : 1.5));
				for (int e = 0; e < 2; e++) {
					String ear = e == 0 ? "L" : "R";
					audiogram.add(new ExamCommand.Threshold(ear, 500, baseline[e]));
					audiogram.add(new ExamCommand.Threshold(ear, 1000, baseline[e]));
					audiogram.add(new ExamCommand.Threshold(ear, 2000, baseline[e] + drift / 2));
					audiogram.add(new ExamCommand.Threshold(ear, 3000, baseline[e] + drift + random.nextInt(3)));
					audiogram.add(new ExamCommand.Threshold(ear, 4000, baseline[e] + drift + 5 + random.nextInt(4)));
					audiogram.add(new ExamCommand.Threshold(ear, 6000, baseline[e] + drift + random.nextInt(4)));
				}
				int high = baseline[0] + drift + 5;
				if (high >= 45 && roll < 300) {
					conclusion = ExamConclusion.SUSPECTED_DISEASE;
					disease = "4001";
				}
				else if (high >= 35) {
					conclusion = ExamConclusion.RECHECK;
					recheck = day.plusDays(60);
				}
			}
			else if (hazard.startsWith("1")) {
				chest = roll < 4 ? "1" : "0";
				fvc = percent(random, 85, 20);
				fev1 = percent(random, 82, 20);
				ratio = percent(random, 75, 12);
				if (roll < 4) {
					conclusion = ExamConclusion.SUSPECTED_DISEASE;
					disease = "1038".equals(hazard) ? "1101" : null;
					if (disease == null) {
						conclusion = ExamConclusion.RECHECK;
						recheck = day.plusDays(90);
					}
				}
			}
			else if (hazard.startsWith("2")) {
				wbc = percent(random, 5, 4);
				neutrophils = wbc.multiply(new BigDecimal("0.6")).setScale(1, RoundingMode.HALF_UP);
				hemoglobin = percent(random, 130, 30);
				platelets = percent(random, 200, 120);
				if ("2237".equals(hazard)) {
					lead = percent(random, 120, 200);
				}
			}
			if (conclusion == ExamConclusion.NORMAL) {
				if (roll >= 990) {
					conclusion = ExamConclusion.CONTRAINDICATION;
					detail = this.rules.ruleFor(hazard, null, day)
						.flatMap(r -> r.contraindications().stream().findFirst())
						.orElse("未控制的高血压");
				}
				else if (roll >= 950) {
					conclusion = ExamConclusion.OTHER;
					detail = "血压偏高（152/96 mmHg），建议内科就诊";
				}
			}
			conclusions.add(new ExamCommand.HazardConclusion(hazard, conclusion, disease, detail, recheck));
			ExamCommand probe = new ExamCommand(null, null, null, type, day, List.of(), audiogram, chest, fvc, fev1,
					ratio, lead, wbc, neutrophils, hemoglobin, platelets, new ArrayList<>(items.values()), null);
			for (String required : this.rules.ruleFor(hazard, null, day).map(ExamRule::requiredItems).orElse(List.of())) {
				if (!ExamChecks.present(probe, required)) {
					items.put(required, new ExamCommand.Item(required, "未见异常", null, false));
				}
			}
		}
		return new ExamCommand(institutionId, employer.creditCode(), null, type, day, conclusions, audiogram, chest, fvc,
				fev1, ratio, lead, wbc, neutrophils, hemoglobin, platelets, new ArrayList<>(items.values()),
				"按期参加职业健康检查");
	}

	private static BigDecimal percent(Random random, int centre, int spread) {
		return BigDecimal.valueOf(centre + (random.nextDouble() - 0.5) * spread).setScale(1, RoundingMode.HALF_UP);
	}

	static ExamCommand withIdNumber(ExamCommand c, String idNumber) {
		return new ExamCommand(c.institutionId(), c.employerCreditCode(), idNumber, c.examType(), c.examinedOn(),
				c.conclusions(), c.audiogram(), c.chestResult(), c.fvcPercent(), c.fev1Percent(), c.fev1FvcPercent(),
				c.bloodLead(), c.wbc(), c.neutrophils(), c.hemoglobin(), c.platelets(), c.items(), c.recommendation());
	}

	private static String withCheck(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

}
