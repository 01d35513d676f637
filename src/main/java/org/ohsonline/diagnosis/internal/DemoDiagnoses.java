package org.ohsonline.diagnosis.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.registry.AccessGrants;
import org.ohsonline.registry.GrantReason;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Standalone mode's diagnosis cases, after the register (order 20), its agencies (21) and exams
 * (22): at the demo diagnosis institution (the {@code diagnosis} login), for synthetic workers of
 * the demo employer, one case at each step — applied (on a suspected-disease referral when the demo
 * exams left one), materials complete, diagnosed with its certificate delivered (the demo
 * {@code worker}'s own silicosis, so that login downloads a certificate), under appraisal — and a
 * pneumoconiosis rehabilitation station run by the same institution with that worker as patient,
 * two appointments and a visit. All through the facades (so clocks, certificates and the audit
 * trail are real); the cases are synthetic because their workers are, the station is flagged.
 * Never in production, never twice, never stopping the start.
 */
@Component
@Order(23)
class DemoDiagnoses implements ApplicationRunner {

	/** The demo {@code diagnosis} login's institution (iam DemoUsers, agency generator). */
	static final String DEMO_DIAGNOSIS = withCheck("12330105DEMDX0001");

	static final String DEMO_WORKER = "33010519900307001" + IdNumber.checkCharacter("33010519900307001");

	private static final Logger log = LoggerFactory.getLogger(DemoDiagnoses.class);

	private static final Actor SYSTEM = Actor.system("demo-diagnosis");

	/** The institution's staff as the seed acts for them (history and audit name the demo data). */
	private static final Actor STAFF = new Actor(0, "system:demo-diagnosis", "系统 (demo-diagnosis)", "330105",
			new Scope(Scope.Kind.INSTITUTION, DEMO_DIAGNOSIS), Set.of(), "local", Actor.Channel.SYSTEM);

	private final CaseService cases;

	private final AccessGrants grants;

	private final CaseClocks clocks;

	private final AppraisalService appraisals;

	private final Rehabilitation rehabilitation;

	private final Workers workers;

	private final Agencies agencies;

	private final HazardFactors hazards;

	private final SyntheticData register;

	private final JdbcClient jdbc;

	private final boolean enabled;

	private final String scale;

	DemoDiagnoses(CaseService cases, CaseClocks clocks, AppraisalService appraisals, Rehabilitation rehabilitation, Workers workers,
			Agencies agencies, HazardFactors hazards, SyntheticData register, JdbcClient jdbc,
			@Value("${ohs.demo.enabled:false}") boolean enabled, @Value("${ohs.demo.synthetic-scale:county}") String scale,
			AccessGrants grants) {
		this.grants = grants;
		this.cases = cases;
		this.clocks = clocks;
		this.appraisals = appraisals;
		this.rehabilitation = rehabilitation;
		this.workers = workers;
		this.agencies = agencies;
		this.hazards = hazards;
		this.register = register;
		this.jdbc = jdbc;
		this.enabled = enabled;
		this.scale = scale;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.scale.isBlank() || "none".equalsIgnoreCase(this.scale)
				|| args.containsOption("generate-synthetic") || this.register.census().lastSeed().isEmpty()) {
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
		try {
			List<String> made = seed(institution.get().id());
			log.info("Demo diagnosis cases at {}: {}", institution.get().name(), made);
		}
		catch (RuntimeException ex) {
			// The demo still serves everything else; the log says what went wrong.
			log.warn("Demo diagnosis data not (all) made", ex);
		}
	}

	private List<String> seed(long institutionId) {
		LocalDate today = this.clocks.today();
		String silica = factor("矽尘");
		String noise = factor("噪声");
		List<String> made = new ArrayList<>();
		// The demo worker's own case: silicosis, diagnosed, certificate delivered 12 days ago.
		Optional<Long> demoWorker = this.workers.findByIdNumber(SYSTEM, DEMO_WORKER).map(w -> w.id());
		if (demoWorker.isEmpty()) {
			return made;
		}
		long employerId = employerOf(demoWorker.get());
		List<EmploymentView> others = this.workers.workforce(SYSTEM, employerId, true, null, PageQuery.of(1, 20))
			.items()
			.stream()
			.filter(e -> e.workerId() != demoWorker.get())
			.toList();
		if (others.size() >= 3) {
			CaseView certified = complete(apply(demoWorker.get(), employerId, institutionId, Applicant.WORKER,
					today.minusDays(45), silica, null), today.minusDays(40));
			certified = this.cases.diagnose(STAFF, certified.id(), new DiagnosisCommand(today.minusDays(20), true, "1101",
					"矽肺壹期（演示）", "职诊证（模拟）" + today.getYear() + "-0001"));
			certified = this.cases.deliverCertificate(STAFF, certified.id(), today.minusDays(12));
			made.add(certified.number() + " " + certified.status());

			CaseView appraisal = complete(apply(others.get(0).workerId(), employerId, institutionId, Applicant.EMPLOYER,
					today.minusDays(70), noise, null), today.minusDays(62));
			appraisal = this.cases.diagnose(STAFF, appraisal.id(), new DiagnosisCommand(today.minusDays(45), true, "4001",
					"职业性轻度噪声聋（演示）", "职诊证（模拟）" + today.getYear() + "-0002"));
			appraisal = this.cases.deliverCertificate(STAFF, appraisal.id(), today.minusDays(38));
			appraisal = this.appraisals.request(SYSTEM, appraisal.id(), new AppraisalRequest(today.minusDays(15),
					Applicant.EMPLOYER, "用人单位认为听力损失与本单位噪声接触无关，申请鉴定（演示）"));
			made.add(appraisal.number() + " " + appraisal.status());

			// Materials complete 25 days ago: the 30-day diagnosis clock is due in 5 days (amber).
			CaseView underDiagnosis = complete(apply(others.get(1).workerId(), employerId, institutionId,
					Applicant.WORKER, today.minusDays(30), silica, null), today.minusDays(25));
			made.add(underDiagnosis.number() + " " + underDiagnosis.status());

			made.add(referralOrApplied(others.get(2), employerId, institutionId, today, silica));
			made.add(station(certified, today));
		}
		return made;
	}

	/** Applies on an open suspected-disease referral where the demo exams left one, else a plain application. */
	private String referralOrApplied(EmploymentView worker, long employerId, long institutionId, LocalDate today,
			String silica) {
		Optional<ReferralView> referral = this.cases.openReferrals(SYSTEM, "330105", PageQuery.of(1, 20))
			.items()
			.stream()
			.findFirst();
		CaseView applied = referral
			.map(r -> this.cases.apply(presentedInPerson(STAFF, r.workerId()), new ApplicationCommand(r.workerId(),
					r.employerId(), institutionId, Applicant.WORKER, today.minusDays(3), List.of(), r.id())))
			.orElseGet(() -> apply(worker.workerId(), employerId, institutionId, Applicant.WORKER, today.minusDays(3),
					silica, null));
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

	private CaseView apply(long workerId, long employerId, long institutionId, Applicant applicant, LocalDate on,
			String hazard, Long referralId) {
		return this.cases.apply(presentedInPerson(STAFF, workerId), new ApplicationCommand(workerId, employerId,
				institutionId, applicant, on, List.of(hazard), referralId));
	}

	/** The demo worker came to the institution in person, which opens their record to it. */
	private Actor presentedInPerson(Actor staff, long workerId) {
		this.grants.grantWorker(SYSTEM, workerId, staff.scope(), GrantReason.IN_PERSON, "demo-in-person:" + workerId,
				null);
		return staff;
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

	private String factor(String name) {
		return this.hazards.factors(null)
			.stream()
			.filter(f -> f.name().equals(name))
			.map(HazardFactor::code)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No hazard factor " + name));
	}

	private static String withCheck(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

}
