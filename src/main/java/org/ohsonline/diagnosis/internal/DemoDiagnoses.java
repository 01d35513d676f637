package org.ohsonline.diagnosis.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.Agencies;
import org.ohsonline.diagnosis.Applicant;
import org.ohsonline.diagnosis.ApplicationCommand;
import org.ohsonline.diagnosis.AppraisalRequest;
import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.diagnosis.DiagnosisCommand;
import org.ohsonline.diagnosis.MaterialCommand;
import org.ohsonline.diagnosis.ReferralView;
import org.ohsonline.diagnosis.RehabService;
import org.ohsonline.diagnosis.Rehabilitation;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.demo.DemoSeedStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Standalone mode's diagnosis cases, a demo data step after the register, its agencies and the demo
 * employer's exams: at the demo diagnosis institution (the {@code diagnosis} login), for synthetic
 * workers of the demo employer, one case at each step — applied (on a suspected-disease referral when
 * the demo exams left one), materials complete, diagnosed with its certificate delivered (the demo
 * {@code worker}'s own pneumoconiosis, so that login downloads a certificate), under appraisal — and a
 * pneumoconiosis rehabilitation station run by the same institution with that worker as patient,
 * two appointments and a visit. Every case names a hazard factor of the post its worker holds and a
 * disease that factor causes ({@link #DISEASES}). The applications are made as the register allows
 * them (decision 0019): the worker for themself, the employer's manager for its workers; the
 * institution then works on the cases made to it. All through the facades (so clocks, certificates
 * and the audit trail are real); the cases are synthetic because their workers are, the station is
 * flagged. Never twice.
 */
@Component
class DemoDiagnoses implements DemoSeedStep {

	/** The demo {@code diagnosis} login's institution (iam DemoUsers, agency generator). */
	static final String DEMO_DIAGNOSIS = withCheck("12330105DEMDX0001");

	/** The demo logins' employer (iam DemoUsers, the register's generator). */
	static final String DEMO_EMPLOYER = withCheck("91330105DEM000001");

	static final String DEMO_WORKER = "33010519900307001" + IdNumber.checkCharacter("33010519900307001");

	/**
	 * A disease of the 2024 catalogue that a hazard factor of the synthetic posts causes, with the
	 * wording of a demo certificate; a case is made only for a factor listed here.
	 */
	record Disease(String code, String text, boolean pneumoconiosis) {
	}

	static final Map<String, Disease> DISEASES = Map.of("1006", new Disease("1111", "电焊工尘肺壹期（演示）", true), "1038",
			new Disease("1101", "矽肺壹期（演示）", true), "1021", new Disease("1102", "煤工尘肺壹期（演示）", true), "3008",
			new Disease("4001", "职业性轻度噪声聋（演示）", false), "2223", new Disease("5003", "职业性慢性轻度锰中毒（演示）", false),
			"2013", new Disease("5028", "职业性慢性轻度苯中毒（演示）", false), "2145",
			new Disease("5029", "职业性甲苯中毒（演示）", false), "2073", new Disease("5030", "职业性二甲苯中毒（演示）", false));

	private static final Logger log = LoggerFactory.getLogger(DemoDiagnoses.class);

	private static final Actor SYSTEM = Actor.system("demo-diagnosis");

	/** The institution's staff as the seed acts for them (history and audit name the demo data). */
	private static final Actor STAFF = new Actor(0, "system:demo-diagnosis", "系统 (演示诊断)", "330105",
			new Scope(Scope.Kind.INSTITUTION, DEMO_DIAGNOSIS), Set.of(), "local", Actor.Channel.SYSTEM);

	/** The demo employer's manager, applying for its workers. */
	private static final Actor EMPLOYER = new Actor(0, "system:demo-diagnosis", "系统 (演示诊断)", "330105",
			new Scope(Scope.Kind.EMPLOYER, DEMO_EMPLOYER), Set.of(), "local", Actor.Channel.SYSTEM);

	private final CaseService cases;

	private final CaseClocks clocks;

	private final AppraisalService appraisals;

	private final Rehabilitation rehabilitation;

	private final Workers workers;

	private final Agencies agencies;

	private final SyntheticData register;

	private final PiiCipher cipher;

	private final JdbcClient jdbc;

	DemoDiagnoses(CaseService cases, CaseClocks clocks, AppraisalService appraisals, Rehabilitation rehabilitation,
			Workers workers, Agencies agencies, SyntheticData register, PiiCipher cipher, JdbcClient jdbc) {
		this.cases = cases;
		this.clocks = clocks;
		this.appraisals = appraisals;
		this.rehabilitation = rehabilitation;
		this.workers = workers;
		this.agencies = agencies;
		this.register = register;
		this.cipher = cipher;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public String labelKey() {
		return "demo.step.diagnoses";
	}

	@Override
	public int weight() {
		return 2;
	}

	@Override
	public void run(Progress progress) {
		if (this.register.census().lastSeed().isEmpty()) {
			return;
		}
		long existing = this.jdbc.sql("select count(*) from diagnosis.diagnosis_case where synthetic")
			.query(Long.class)
			.single();
		Optional<AgencyRef> institution = this.agencies.ownedBy(new Scope(Scope.Kind.INSTITUTION, DEMO_DIAGNOSIS))
			.stream()
			.filter(a -> a.kind() == AgencyKind.DIAGNOSIS_INSTITUTION)
			.findFirst();
		if (existing > 0 || institution.isEmpty()) {
			return;
		}
		List<String> made = seed(institution.get().id());
		log.info("Demo diagnosis cases at {}: {}", institution.get().name(), made);
	}

	/** A worker of the demo employer and a factor of their post that causes a disease of {@link #DISEASES}. */
	private record Exposed(long workerId, String hazardCode, Disease disease) {
	}

	private List<String> seed(long institutionId) {
		LocalDate today = this.clocks.today();
		List<String> made = new ArrayList<>();
		Optional<Long> demoWorker = this.workers.findByIdNumber(SYSTEM, DEMO_WORKER).map(w -> w.id());
		if (demoWorker.isEmpty()) {
			return made;
		}
		long employerId = employerOf(demoWorker.get());
		Optional<Exposed> own = exposures(demoWorker.get(), employerId).stream()
			.filter(e -> e.disease().pneumoconiosis())
			.findFirst();
		List<Exposed> others = new ArrayList<>();
		for (EmploymentView e : this.workers.workforce(SYSTEM, employerId, true, null, PageQuery.of(1, 40)).items()) {
			if (e.workerId() != demoWorker.get()) {
				others.addAll(exposures(e.workerId(), employerId));
			}
		}
		Optional<Exposed> noise = others.stream().filter(e -> e.hazardCode().equals("3008")).findFirst();
		Optional<Exposed> pending = others.stream()
			.filter(e -> noise.isEmpty() || e.workerId() != noise.get().workerId())
			.filter(e -> !e.hazardCode().equals("3008"))
			.findFirst();
		Optional<Exposed> applied = others.stream()
			.filter(e -> noise.isEmpty() || e.workerId() != noise.get().workerId())
			.filter(e -> pending.isEmpty() || e.workerId() != pending.get().workerId())
			.findFirst();
		if (own.isEmpty() || noise.isEmpty() || pending.isEmpty() || applied.isEmpty()) {
			log.info("No demo diagnosis cases: the demo employer's posts have too few factors that cause a listed disease");
			return made;
		}
		// The demo worker's own case, applied for by the worker: diagnosed, certificate delivered 12 days ago.
		Actor worker = new Actor(0, "system:demo-diagnosis", "系统 (演示诊断)", "330105",
				new Scope(Scope.Kind.PERSON, this.cipher.blindIndex(DEMO_WORKER)), Set.of(), "local", Actor.Channel.SYSTEM);
		CaseView certified = complete(apply(worker, own.get(), employerId, institutionId, today.minusDays(45)),
				today.minusDays(40));
		certified = this.cases.diagnose(STAFF, certified.id(), new DiagnosisCommand(today.minusDays(20), true,
				own.get().disease().code(), own.get().disease().text(), "职诊证（模拟）" + today.getYear() + "-0001"));
		certified = this.cases.deliverCertificate(STAFF, certified.id(), today.minusDays(12));
		made.add(certified.number() + " " + certified.status());

		CaseView appraisal = complete(apply(EMPLOYER, noise.get(), employerId, institutionId, today.minusDays(70)),
				today.minusDays(62));
		appraisal = this.cases.diagnose(STAFF, appraisal.id(), new DiagnosisCommand(today.minusDays(45), true,
				noise.get().disease().code(), noise.get().disease().text(), "职诊证（模拟）" + today.getYear() + "-0002"));
		appraisal = this.cases.deliverCertificate(STAFF, appraisal.id(), today.minusDays(38));
		appraisal = this.appraisals.request(SYSTEM, appraisal.id(), new AppraisalRequest(today.minusDays(15),
				Applicant.EMPLOYER, "用人单位认为听力损失与本单位噪声接触无关，申请鉴定（演示）"));
		made.add(appraisal.number() + " " + appraisal.status());

		// Materials complete 25 days ago: the 30-day diagnosis clock is due in 5 days (amber).
		CaseView underDiagnosis = complete(apply(EMPLOYER, pending.get(), employerId, institutionId,
				today.minusDays(30)), today.minusDays(25));
		made.add(underDiagnosis.number() + " " + underDiagnosis.status());

		made.add(referralOrApplied(applied.get(), employerId, institutionId, today));
		made.add(station(certified, today));
		return made;
	}

	/** The worker's current exposures at the employer to a factor that causes a listed disease, in code order. */
	private List<Exposed> exposures(long workerId, long employerId) {
		return this.workers.exposures(SYSTEM, workerId)
			.stream()
			.filter(x -> x.employerId() == employerId && x.to() == null && DISEASES.containsKey(x.hazardCode()))
			.map(x -> new Exposed(workerId, x.hazardCode(), DISEASES.get(x.hazardCode())))
			.sorted(java.util.Comparator.comparing(Exposed::hazardCode))
			.toList();
	}

	/**
	 * Applies on an open suspected-disease referral of the demo employer where its exams left one (the
	 * referral's factor is one the exam examined at the worker's post), else a plain application.
	 */
	private String referralOrApplied(Exposed worker, long employerId, long institutionId, LocalDate today) {
		Optional<ReferralView> referral = this.cases.openReferrals(SYSTEM, "330105", PageQuery.of(1, 20))
			.items()
			.stream()
			.filter(r -> r.employerId() == employerId)
			.findFirst();
		CaseView applied = referral
			.map(r -> this.cases.apply(EMPLOYER, new ApplicationCommand(r.workerId(), r.employerId(), institutionId,
					Applicant.EMPLOYER, today.minusDays(3), List.of(), r.id())))
			.orElseGet(() -> apply(EMPLOYER, worker, employerId, institutionId, today.minusDays(3)));
		// The registration form came in; the rest is outstanding.
		this.cases.recordMaterial(STAFF, applied.id(), new MaterialCommand(applied.materials().get(0).code(),
				today.minusDays(3), false, null));
		return applied.number() + " " + applied.status() + (referral.isPresent() ? " (referral)" : "");
	}

	private String station(CaseView patientCase, LocalDate today) {
		Rehabilitation.StationView station = this.rehabilitation.registerStation(SYSTEM,
				new Rehabilitation.StationCommand("拱墅区尘肺病康复站（模拟）", DEMO_DIAGNOSIS, "330105001",
						"拱墅区模拟路 8 号", 30));
		this.jdbc.sql("update diagnosis.station set synthetic = true where id = :id").param("id", station.id()).update();
		Rehabilitation.PatientView patient = this.rehabilitation.enrol(STAFF, station.id(), patientCase.number(),
				today.minusDays(10));
		Set<RehabService> training = EnumSet.of(RehabService.BREATHING_TRAINING, RehabService.EXERCISE_TRAINING);
		Rehabilitation.AppointmentView past = this.rehabilitation.book(STAFF, patient.id(), today.minusDays(7), training);
		this.rehabilitation.recordVisit(STAFF, patient.id(), past.id(), today.minusDays(7),
				EnumSet.of(RehabService.BREATHING_TRAINING, RehabService.LUNG_FUNCTION_TEST),
				"呼吸训练 30 分钟，肺功能复测与上次持平（演示）");
		this.rehabilitation.book(STAFF, patient.id(), today.plusDays(7), training);
		return station.name() + " patient " + patient.id();
	}

	private CaseView apply(Actor applicant, Exposed exposed, long employerId, long institutionId, LocalDate on) {
		return this.cases.apply(applicant, new ApplicationCommand(exposed.workerId(), employerId, institutionId,
				applicant.scope().kind() == Scope.Kind.PERSON ? Applicant.WORKER : Applicant.EMPLOYER, on,
				List.of(exposed.hazardCode()), null));
	}

	/** Every item of the checklist received on the day. */
	private CaseView complete(CaseView c, LocalDate on) {
		CaseView current = c;
		for (CaseView.Material m : c.materials()) {
			current = this.cases.recordMaterial(STAFF, c.id(), new MaterialCommand(m.code(), on, false, null));
		}
		return current;
	}

	private long employerOf(long workerId) {
		return this.workers.employments(SYSTEM, workerId)
			.stream()
			.filter(e -> e.leftOn() == null)
			.map(EmploymentView::employerId)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The demo worker has no current employer"));
	}

	private static String withCheck(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

}
