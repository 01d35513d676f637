package org.ohsonline.authorization;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.ohsonline.agency.ExamType;
import org.ohsonline.diagnosis.Applicant;
import org.ohsonline.diagnosis.ApplicationCommand;
import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.diagnosis.DiagnosisCommand;
import org.ohsonline.diagnosis.Diagnoses;
import org.ohsonline.diagnosis.MaterialCommand;
import org.ohsonline.diagnosis.PesticidePoisonings;
import org.ohsonline.diagnosis.ReferralView;
import org.ohsonline.diagnosis.RehabService;
import org.ohsonline.diagnosis.Rehabilitation;
import org.ohsonline.monitoring.AlertFilter;
import org.ohsonline.monitoring.Alerts;
import org.ohsonline.monitoring.DeviceCommand;
import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.Notice;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.surveillance.BookingCommand;
import org.ohsonline.surveillance.Bookings;
import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.surveillance.ExamConclusion;
import org.ohsonline.surveillance.ExamFixtures;
import org.ohsonline.surveillance.ExamTaskView;
import org.ohsonline.surveillance.ExamTasks;
import org.ohsonline.surveillance.ExamView;
import org.ohsonline.surveillance.Exams;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;
import static org.ohsonline.authorization.SideBuilder.actor;
import static org.ohsonline.authorization.SideBuilder.id;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The second half of a side: the worker's exam (silica suspected, so a report task and a diagnosis
 * referral follow) with its issued report, a booking, a diagnosis case taken to a delivered
 * silicosis certificate, a rehabilitation station run by the diagnosis institution with the worker
 * as patient, a device whose H2S reading raised an alert, and a notice for each kind of inbox.
 */
final class CareBuilder {

	private final Exams exams;

	private final ExamTasks tasks;

	private final Bookings bookings;

	private final Diagnoses diagnoses;

	private final Rehabilitation rehabilitation;

	private final Devices devices;

	private final Alerts alerts;

	private final Inbox inbox;

	private final MockMvc mvc;

	private final TransactionTemplate transactions;

	private final PesticidePoisonings poisonings;

	CareBuilder(Exams exams, ExamTasks tasks, Bookings bookings, Diagnoses diagnoses, Rehabilitation rehabilitation,
			Devices devices, Alerts alerts, Inbox inbox, MockMvc mvc, TransactionTemplate transactions,
			PesticidePoisonings poisonings) {
		this.transactions = transactions;
		this.poisonings = poisonings;
		this.exams = exams;
		this.tasks = tasks;
		this.bookings = bookings;
		this.diagnoses = diagnoses;
		this.rehabilitation = rehabilitation;
		this.devices = devices;
		this.alerts = alerts;
		this.inbox = inbox;
		this.mvc = mvc;
	}

	void build(SideBuilder.Spec spec, Map<String, String> v) throws Exception {
		String label = spec.label();
		long employer = Long.parseLong(v.get("employer"));
		long worker = Long.parseLong(v.get("worker"));
		Actor region = actor("care", Scope.region(spec.county()), spec.county(), "surveillance:exam:read",
				"surveillance:booking:read", "diagnosis:case:read", "diagnosis:station:write", "diagnosis:rehab:read",
				"monitoring:device:read", "monitoring:device:write", "monitoring:alert:read", "registry:employer:read");

		Actor physician = actor("physician", new Scope(Scope.Kind.INSTITUTION, v.get("institution.creditCode")),
				spec.county(), "surveillance:exam:read", "surveillance:exam:write", "surveillance:task:write");
		ExamView exam = this.exams.record(physician, new ExamCommand(null, v.get("employer.creditCode"),
				v.get("worker.idNumber"), ExamType.IN_SERVICE, SideBuilder.today().minusDays(3),
				List.of(ExamFixtures.normal(SideBuilder.NOISE), new ExamCommand.HazardConclusion(SideBuilder.SILICA,
						ExamConclusion.SUSPECTED_DISEASE, "1101", label + "双肺散在小阴影", null)),
				ExamFixtures.audiogram(10, 10, 15, 10, 10, 15), "1", new BigDecimal("80.0"), new BigDecimal("78.0"),
				new BigDecimal("75.0"), null, null, null, null, null, List.of(), label + "建议职业病诊断"));
		this.exams.report(physician, exam.id());
		v.put("exam", id(exam.id()));
		ExamTaskView task = await().atMost(Duration.ofSeconds(60))
			.until(() -> this.tasks.search(region, null, null, null, employer, PageQuery.of(1, 20)).items(),
					l -> !l.isEmpty())
			.get(0);
		v.put("task", id(task.id()));
		ReferralView referral = await().atMost(Duration.ofSeconds(60))
			.until(() -> this.diagnoses.openReferrals(region, spec.county(), PageQuery.of(1, 100))
				.items()
				.stream()
				.filter(r -> r.workerId() == worker)
				.toList(), l -> !l.isEmpty())
			.get(0);
		v.put("referral", id(referral.id()));

		Actor manager = actor("booker", new Scope(Scope.Kind.EMPLOYER, v.get("employer.creditCode")), spec.county(),
				"surveillance:booking:read", "surveillance:booking:write", "registry:employer:read",
				"registry:worker:read");
		v.put("booking", id(this.bookings.book(manager, new BookingCommand(employer, Long.parseLong(v.get("institution")),
				ExamType.IN_SERVICE, SideBuilder.workingDayAhead(21), List.of(BookingCommand.Worker.proposed(worker)),
				label + "请安排上午体检")).id()));

		Actor doctor = actor("doctor", new Scope(Scope.Kind.INSTITUTION, v.get("diagnosis.creditCode")), spec.county(),
				"diagnosis:case:read", "diagnosis:case:apply", "diagnosis:case:diagnose", "diagnosis:rehab:read",
				"diagnosis:rehab:write");
		// The employer applies for its worker; the application opens the worker to the institution.
		Actor applicant = actor("applicant", new Scope(Scope.Kind.EMPLOYER, v.get("employer.creditCode")), spec.county(),
				"diagnosis:case:apply", "diagnosis:case:read");
		CaseView applied = this.diagnoses.apply(applicant, new ApplicationCommand(worker, employer,
				Long.parseLong(v.get("diagnosis")), Applicant.EMPLOYER, null, List.of(SideBuilder.SILICA), null));
		for (CaseView.Material m : applied.materials()) {
			this.diagnoses.recordMaterial(doctor, applied.id(), new MaterialCommand(m.code(), null, false, label + "已收"));
		}
		this.diagnoses.diagnose(doctor, applied.id(),
				new DiagnosisCommand(null, true, "1101", label + "矽肺壹期", "MXZD-" + spec.county()));
		CaseView certified = this.diagnoses.deliverCertificate(doctor, applied.id(), SideBuilder.today());
		v.put("case", id(certified.id()));
		v.put("case.number", certified.number());

		Rehabilitation.StationView station = this.rehabilitation.registerStation(region, new Rehabilitation.StationCommand(
				label + "尘肺病康复站", v.get("diagnosis.creditCode"), spec.county(), label + "康复路 3 号", 10));
		v.put("station", id(station.id()));
		Rehabilitation.PatientView patient = this.rehabilitation.enrol(doctor, station.id(), certified.number(), null);
		v.put("patient", id(patient.id()));
		Rehabilitation.AppointmentView appointment = this.rehabilitation.book(doctor, patient.id(),
				SideBuilder.today(), EnumSet.of(RehabService.BREATHING_TRAINING));
		this.rehabilitation.recordVisit(doctor, patient.id(), appointment.id(), SideBuilder.today(),
				EnumSet.of(RehabService.BREATHING_TRAINING), label + "呼吸困难评分下降 1 级");
		v.put("appointment", id(this.rehabilitation.book(doctor, patient.id(), SideBuilder.today().plusDays(7),
				EnumSet.of(RehabService.HEALTH_EDUCATION)).id()));

		// Sampling hourly: silent for five intervals before it counts as offline, so no run sees it go offline.
		DeviceView device = this.devices.register(region, new DeviceCommand("MX-H2S-" + spec.county(),
				label + "硫化氢监测仪", employer, Long.parseLong(v.get("post")), SideBuilder.H2S, "mg/m³", null, 3600, 0.0,
				200.0, SideBuilder.today().plusMonths(6), null, null, null));
		v.put("device", id(device.id()));
		String secret = this.devices.issueToken(region, device.id()).secret();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30);
		this.mvc.perform(post("/api/v1/monitoring/readings").header("Authorization", "Bearer " + secret)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unit\":\"mg/m³\",\"readings\":[{\"t\":\"" + now + "\",\"v\":15}]}")).andReturn();
		v.put("alert", id(await().atMost(Duration.ofSeconds(60))
			.until(() -> this.alerts.search(region, new AlertFilter(null, null, null, employer, null), PageQuery.of(1, 5))
				.items(), l -> !l.isEmpty())
			.get(0)
			.id()));

		v.put("notice.region", notice(new Scope(Scope.Kind.REGION, spec.county()), label));
		v.put("notice.employer", notice(new Scope(Scope.Kind.EMPLOYER, v.get("employer.creditCode")), label));
		v.put("notice.institution", notice(new Scope(Scope.Kind.INSTITUTION, v.get("institution.creditCode")), label));
		v.put("notice.diagnosis", notice(new Scope(Scope.Kind.INSTITUTION, v.get("diagnosis.creditCode")), label));

		// A pesticide poisoning the diagnosis institution (a hospital) reported, in the side's township: its address
		// carries the label, so a foreign report shows the marker wherever it is listed or exported.
		Actor hospital = actor("hospital", new Scope(Scope.Kind.INSTITUTION, v.get("diagnosis.creditCode")), spec.county(),
				"diagnosis:pesticide:report");
		v.put("pesticide", id(this.poisonings.report(hospital, new PesticidePoisonings.PoisoningCommand(label + "赵六",
				"01", SideBuilder.idNumber(spec.county() + "19700501906"), "1", java.time.LocalDate.of(1970, 5, 1),
				"13912340906", spec.township(), label + "某村 3 组", "28", null, "01", "02", null,
				java.time.LocalDate.of(2026, 6, 1), null, label + "主任", null)).id()));
	}

	/** A notice whose text is the side's label, so a foreign one shows the marker wherever it is listed. */
	private String notice(Scope audience, String label) {
		String link = "/matrix/" + audience.kind().name().toLowerCase() + "/" + System.nanoTime();
		// Delivery joins the transaction of the change it tells about; here there is none of its own.
		this.transactions.executeWithoutResult(status -> this.inbox.deliver(new Notice(audience,
				"notification:inbox:read", "monitoring.notice.raised",
				List.of(label + "设备", "#{monitoring.kind.CEILING}", "15", "10", "mg/m³"), link, "matrix")));
		return this.inbox.list(actor("reader", audience, audience.kind() == Scope.Kind.REGION ? audience.value() : "",
				"notification:inbox:read"), false, PageQuery.of(1, 50))
			.items()
			.stream()
			.filter(n -> link.equals(n.link()))
			.findFirst()
			.map(n -> id(n.id()))
			.orElseThrow(() -> new IllegalStateException("notice not delivered to " + audience));
	}

}
