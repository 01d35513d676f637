package org.ohsonline.surveillance.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.ohsonline.agency.AgencySummary;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.Institutions;
import org.ohsonline.iam.SyntheticAccounts;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Scope;
import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.shared.demo.CommandOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --mixed-benchmark} (bench/mixed-load.sh, issue 20 item 6), the exam part: prepares exam submissions of the
 * province's exam institutions for the mixed load. For current workers on hazardous posts of the region's employers
 * (by name, as the synthetic exams take them) who have no exam today, an in-service exam of today by the institution
 * of the region qualified for most of their hazards, with the items the exam rules require (the synthetic exams'
 * own records), each checked by recording it in a transaction that is rolled back. Each institution used gets a
 * synthetic login {@code mixed-institution-<credit code>} (INSTITUTION_STAFF, scope the institution) with an API
 * token ({@link SyntheticAccounts}: standalone with {@code ohs.demo.enabled} only). Writes
 * {@code exams.tsv} (institution credit code, the exam as the API takes it) and {@code institution-tokens.tsv}
 * (credit code, token) into {@code --mixed-benchmark-out}. A development tool, never run by the application otherwise.
 */
@Component
@Order(62)
class MixedBenchmarkExams implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MixedBenchmarkExams.class);

	private static final Actor SYSTEM = Actor.system("mixed-benchmark");

	private final SyntheticExams synthetic;

	private final ExamService exams;

	private final Institutions institutions;

	private final Workers workers;

	private final SyntheticAccounts accounts;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	MixedBenchmarkExams(SyntheticExams synthetic, ExamService exams, Institutions institutions, Workers workers,
			SyntheticAccounts accounts, TransactionTemplate transactions, JdbcClient jdbc, JsonMapper json) {
		this.synthetic = synthetic;
		this.exams = exams;
		this.institutions = institutions;
		this.workers = workers;
		this.accounts = accounts;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!args.containsOption("mixed-benchmark")) {
			return;
		}
		int wanted = CommandOptions.integer(args, "mixed-benchmark-exams", 5_000);
		Path out = Path.of(CommandOptions.text(args, "mixed-benchmark-out", "target/bench-mixed"));
		Files.createDirectories(out);
		long started = System.nanoTime();
		List<AgencySummary> institutionList = this.synthetic.institutions("33");
		LocalDate today = this.exams.today();
		Random random = new Random(20_06);
		List<String> lines = new ArrayList<>();
		Map<String, AgencySummary> used = new LinkedHashMap<>();
		int rejected = 0;
		for (int page = 1; lines.size() < wanted && page <= 200; page++) {
			List<EmployerSummary> employers = this.synthetic.employersByName("33", page, 100);
			if (employers.isEmpty()) {
				break;
			}
			for (EmployerSummary employer : employers) {
				if (lines.size() >= wanted) {
					break;
				}
				SyntheticExams.Exposed exposed = this.synthetic.exposed(employer);
				for (EmploymentView employment : exposed.employments()) {
					if (lines.size() >= wanted) {
						break;
					}
					List<String> hazards = exposed.posts().getOrDefault(employment.postId(), List.of());
					if (hazards.isEmpty() || examinedToday(employment.workerId(), today)) {
						continue;
					}
					Optional<AgencySummary> institution = this.synthetic.institutionFor(institutionList,
							ExamType.IN_SERVICE, hazards, today);
					if (institution.isEmpty()) {
						continue;
					}
					List<String> examined = hazards.stream()
						.filter(h -> this.institutions.mayExamine(institution.get().id(), ExamType.IN_SERVICE, h, today)
							.qualified())
						.toList();
					ExamCommand command = SyntheticExams.withIdNumber(
							this.synthetic.exam(random, employer, institution.get().id(), ExamType.IN_SERVICE, today,
									examined, new int[] { 5 + random.nextInt(15), 5 + random.nextInt(15) }, 0, false),
							this.workers.revealIdNumber(SYSTEM, employment.workerId()));
					if (!valid(command)) {
						rejected++;
						continue;
					}
					used.putIfAbsent(institution.get().creditCode(), institution.get());
					lines.add(institution.get().creditCode() + "\t" + this.json.writeValueAsString(record(command)));
				}
			}
		}
		List<String> tokens = new ArrayList<>();
		for (AgencySummary institution : used.values()) {
			SyntheticAccounts.Issued issued = this.transactions.execute(status -> this.accounts.withTokens(SYSTEM,
					List.of(new SyntheticAccounts.Account("mixed-institution-" + institution.creditCode().toLowerCase(Locale.ROOT),
							"基准测试体检机构账号（合成）", "INSTITUTION_STAFF", institution.regionCode(),
							new Scope(Scope.Kind.INSTITUTION, institution.creditCode()))),
					List.of(ExamPermissions.WRITE), 2)).get(0);
			tokens.add(institution.creditCode() + "\t" + issued.token());
		}
		Files.write(out.resolve("exams.tsv"), lines, StandardCharsets.UTF_8);
		Files.write(out.resolve("institution-tokens.tsv"), tokens, StandardCharsets.UTF_8);
		log.info("MIXED-BENCH exams ready n={} institutions={} refused-in-check={} in {} s", lines.size(), used.size(),
				rejected, String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
	}

	private boolean examinedToday(long workerId, LocalDate today) {
		return this.jdbc.sql("select exists (select 1 from surveillance.exam where worker_id = :w and examined_on = :d)")
			.param("w", workerId)
			.param("d", today)
			.query(Boolean.class)
			.single();
	}

	/** Whether the exam would be recorded: recorded (as synthetic, without a report) and rolled back. */
	private boolean valid(ExamCommand command) {
		try {
			this.transactions.executeWithoutResult(status -> {
				status.setRollbackOnly();
				this.exams.record(SYSTEM, command, true);
			});
			return true;
		}
		catch (InvalidInputException ex) {
			log.debug("MIXED-BENCH exam left out: {}", ex.errors());
			return false;
		}
	}

	/** The exam as an institution's system sends it (the API's record: no institution, the type by name). */
	private static Map<String, Object> record(ExamCommand c) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("employerCreditCode", c.employerCreditCode());
		r.put("workerIdNumber", c.workerIdNumber());
		r.put("examType", c.examType().name());
		r.put("examinedOn", c.examinedOn().toString());
		List<Map<String, Object>> conclusions = new ArrayList<>();
		for (ExamCommand.HazardConclusion h : c.conclusions()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("hazardCode", h.hazardCode());
			m.put("conclusion", h.conclusion().name());
			m.put("diseaseCode", h.diseaseCode());
			m.put("detail", h.detail());
			m.put("recheckOn", h.recheckOn() == null ? null : h.recheckOn().toString());
			conclusions.add(m);
		}
		r.put("conclusions", conclusions);
		r.put("audiogram", c.audiogram());
		r.put("chestResult", c.chestResult());
		r.put("fvcPercent", c.fvcPercent());
		r.put("fev1Percent", c.fev1Percent());
		r.put("fev1FvcPercent", c.fev1FvcPercent());
		r.put("bloodLead", c.bloodLead());
		r.put("wbc", c.wbc());
		r.put("neutrophils", c.neutrophils());
		r.put("hemoglobin", c.hemoglobin());
		r.put("platelets", c.platelets());
		r.put("items", c.items());
		r.put("recommendation", c.recommendation());
		return r;
	}

}
