package org.ohsonline.authorization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyCommand;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.EngagementCommand;
import org.ohsonline.agency.Engagements;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.QualificationScope;
import org.ohsonline.agency.ServiceType;
import org.ohsonline.agency.StaffCommand;
import org.ohsonline.agency.StaffRole;
import org.ohsonline.agency.StaffView;
import org.ohsonline.declaration.DeclarationCommand;
import org.ohsonline.declaration.DeclarationKind;
import org.ohsonline.declaration.DeclarationView;
import org.ohsonline.declaration.Declarations;
import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.HireCommand;
import org.ohsonline.registry.PostCommand;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.WorkerCommand;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.Scope;
import org.ohsonline.testing.JobCommand;
import org.ohsonline.testing.JobStep;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.ReportView;
import org.ohsonline.testing.ResultInput;
import org.ohsonline.testing.SamplingMode;
import org.ohsonline.testing.TestingFixtures;
import org.ohsonline.testing.TestingJobs;
import org.ohsonline.testing.TestingReports;

import static org.awaitility.Awaitility.await;

/**
 * One side of the matrix's world, registered through the modules' facades as their own users would:
 * an employer with a site, workshop and post exposed to benzene, H2S, silica and noise, a worker on
 * that post, a service agency, an exam institution and a diagnosis institution (each with a staff
 * member and engaged by the employer), a reviewed testing job with its report and an accepted
 * declaration. {@link CareBuilder} adds exams, bookings, cases, rehabilitation and monitoring.
 * Every free-text field carries the side's label, so a page that shows the foreign side's data
 * carries the foreign marker.
 */
final class SideBuilder {

	static final String BENZENE = "2013";

	static final String H2S = "2184";

	static final String SILICA = "1038";

	static final String NOISE = "3008";

	private static final QualificationScope AGENCY_SCOPE = new QualificationScope(List.of("1", "2", "3"), List.of(),
			Set.of(JobType.PERIODIC_TESTING, JobType.PRE_EVALUATION, JobType.CONTROL_EFFECT_EVALUATION), Map.of());

	private static final QualificationScope INSTITUTION_SCOPE = new QualificationScope(List.of("1", "2", "3"),
			List.of(), Set.of(), Map.of(ExamType.PRE_PLACEMENT, 50, ExamType.IN_SERVICE, 100, ExamType.EXIT, 20));

	/** Where a side lives and how its texts are labelled. */
	record Spec(String province, String city, String county, String township, String label) {
	}

	private final Employers employers;

	private final Workers workers;

	private final Agencies agencies;

	private final AgencyStaff staff;

	private final Engagements engagements;

	private final TestingJobs jobs;

	private final TestingReports reports;

	private final Declarations declarations;

	SideBuilder(Employers employers, Workers workers, Agencies agencies, AgencyStaff staff, Engagements engagements,
			TestingJobs jobs, TestingReports reports, Declarations declarations) {
		this.employers = employers;
		this.workers = workers;
		this.agencies = agencies;
		this.staff = staff;
		this.engagements = engagements;
		this.jobs = jobs;
		this.reports = reports;
		this.declarations = declarations;
	}

	/** The side's objects by binding key (see bindings.csv): ids, and a few codes and numbers. */
	Map<String, String> build(Spec spec) {
		Map<String, String> v = new LinkedHashMap<>();
		String label = spec.label();
		Actor registrar = actor("registrar", Scope.region(spec.county()), spec.county(), "registry:employer:read",
				"registry:employer:write", "registry:worker:read", "registry:worker:write");
		EmployerView employer = this.employers.register(registrar, new EmployerCommand(
				creditCode("91" + spec.county() + "MXEMP0001"), label + "精工制造有限公司", spec.township(),
				label + "工业路 1 号", "3311", null, 40, 5000L, label + "法人", label + "职业卫生管理员", "13800000001",
				"0571-88880001"));
		v.put("employer", id(employer.id()));
		v.put("employer.creditCode", employer.creditCode());
		StructureViews.Site site = this.employers.addSite(registrar, employer.id(), label + "一厂区", label + "工业路 1 号",
				null);
		StructureViews.Workshop workshop = this.employers.addWorkshop(registrar, site.id(), label + "焊接车间");
		StructureViews.Post post = this.employers.addPost(registrar, workshop.id(), new PostCommand(label + "电焊工",
				new BigDecimal("8"), new BigDecimal("5"), 12, List.of(BENZENE, H2S, SILICA, NOISE)));
		v.put("site", id(site.id()));
		v.put("workshop", id(workshop.id()));
		v.put("post", id(post.id()));
		String idNumber = idNumber(spec.county() + "19850307901");
		EmploymentView employment = this.workers.hire(registrar, new HireCommand(
				new WorkerCommand(idNumber, label + "王建设", "13912340001"), employer.id(), post.id(),
				LocalDate.of(2024, 3, 1), false, null));
		v.put("worker", id(employment.workerId()));
		v.put("worker.idNumber", idNumber);
		v.put("employment", id(employment.id()));

		Actor commission = actor("commission", Scope.region(spec.province()), spec.province(), "agency:agency:read",
				"agency:agency:write", "agency:staff:write", "agency:engagement:write");
		AgencyView agency = organisation(commission, spec, AgencyKind.SERVICE_AGENCY, "91", "MXAGC0001", "职业卫生技术服务有限公司",
				AGENCY_SCOPE);
		AgencyView institution = organisation(commission, spec, AgencyKind.EXAM_INSTITUTION, "12", "MXEXM0001", "职业健康体检中心",
				INSTITUTION_SCOPE);
		AgencyView diagnosis = organisation(commission, spec, AgencyKind.DIAGNOSIS_INSTITUTION, "12", "MXDGN0001",
				"职业病防治院", null);
		v.put("agency", id(agency.id()));
		v.put("agency.creditCode", agency.creditCode());
		v.put("institution", id(institution.id()));
		v.put("institution.creditCode", institution.creditCode());
		v.put("diagnosis", id(diagnosis.id()));
		v.put("diagnosis.creditCode", diagnosis.creditCode());

		StaffView sampler = member(commission, agency, spec, "采样员", "902", StaffRole.SAMPLING);
		StaffView analyst = member(commission, agency, spec, "检验员", "903", StaffRole.LABORATORY);
		v.put("agency.staff", id(sampler.id()));
		v.put("institution.staff", id(member(commission, institution, spec, "体检医师", "904", StaffRole.PHYSICIAN).id()));
		v.put("diagnosis.staff", id(member(commission, diagnosis, spec, "诊断医师", "905", StaffRole.PHYSICIAN).id()));
		LocalDate today = today();
		v.put("agency.engagement", id(engage(commission, agency, employer, ServiceType.PERIODIC_TESTING)));
		v.put("institution.engagement", id(engage(commission, institution, employer, ServiceType.HEALTH_EXAMINATION)));
		v.put("diagnosis.engagement", id(engage(commission, diagnosis, employer, ServiceType.DIAGNOSIS)));

		TestingFixtures.Setting setting = new TestingFixtures.Setting(agency, employer, post, sampler, analyst,
				TestingFixtures.agencyActor(agency, "author"), TestingFixtures.agencyActor(agency, "reviewer"));
		JobView job = this.jobs.create(setting.author(), new JobCommand(employer.id(), JobType.PERIODIC_TESTING,
				today.minusDays(10), today.minusDays(1), today, today, label + "焊接车间电焊工岗位苯、噪声定期检测",
				label + "GBZ 159-2004; GBZ/T 300.66-2017", false,
				List.of(new JobCommand.Participant(JobStep.SAMPLING, sampler.id()),
						new JobCommand.Participant(JobStep.LABORATORY, analyst.id())),
				List.of(new JobCommand.PlanRow(post.id(), "焊接工位", BENZENE, null, SamplingMode.AREA, 2, "HIGH", null,
						"I", false), new JobCommand.PlanRow(post.id(), "电焊工", NOISE, null, SamplingMode.PERSONAL, 1)),
				List.of()));
		this.jobs.addResults(setting.author(), job.id(),
				List.of(result(post.id(), "B-1", "焊接工位", null, BENZENE, "GBZ/T 300.66-2017", "08:00", "12:00", "2.0", "mg/m³"),
						result(post.id(), "B-2", "焊接工位", null, BENZENE, "GBZ/T 300.66-2017", "13:00", "17:00", "1.0", "mg/m³"),
						result(post.id(), "N-1", "电焊工", label + "工人甲", NOISE, "GBZ/T 189.8-2007", "08:00", "12:00", "90",
								"dB(A)")));
		this.jobs.submit(setting.author(), job.id());
		JobView accepted = this.jobs.accept(setting.reviewer(), job.id());
		v.put("job", id(accepted.id()));
		v.put("result", id(accepted.results().get(0).id()));
		ReportView report = await().atMost(java.time.Duration.ofSeconds(60))
			.until(() -> this.reports.ofJob(setting.author(), accepted.id()), r -> !r.isEmpty())
			.get(0);
		v.put("report", id(report.id()));
		v.put("document", report.verificationCode());

		Actor manager = actor("manager", new Scope(Scope.Kind.EMPLOYER, employer.creditCode()), employer.regionCode(),
				"registry:employer:read", "registry:employer:write", "declaration:declaration:read",
				"declaration:declaration:write");
		DeclarationView declaration = this.declarations.draft(manager, new DeclarationCommand(employer.id(),
				DeclarationKind.INITIAL, List.of(), label + "局部排风、发放防尘口罩和耳塞", 12,
				org.ohsonline.declaration.DeclarationFixtures.MANAGEMENT,
				List.of(new DeclarationCommand.Item(NOISE, 12, label + "焊接车间/电焊工", label + "隔声罩"),
						new DeclarationCommand.Item(SILICA, 12, label + "焊接车间/电焊工", label + "湿式作业"))));
		this.declarations.submit(manager, declaration.id());
		this.declarations.accept(actor("reviewer", Scope.region(spec.county()), spec.county(),
				"declaration:declaration:read", "declaration:declaration:review"), declaration.id());
		v.put("declaration", id(declaration.id()));
		return v;
	}

	/** The qualification scopes the side's organisations were registered with (matrix writes may replace them). */
	void restoreQualifications(Map<String, String> v) {
		Actor system = Actor.system("matrix");
		this.agencies.changeScope(system, Long.parseLong(v.get("agency")), AGENCY_SCOPE);
		this.agencies.changeScope(system, Long.parseLong(v.get("institution")), INSTITUTION_SCOPE);
	}

	/** A result sampled today in China, the day the job's sampling runs (TestingFixtures' use the JVM's zone). */
	private static ResultInput result(long postId, String sample, String point, String subject, String factor,
			String method, String from, String to, String value, String unit) {
		return new ResultInput(sample, postId, point, subject, factor, null, method,
				subject == null ? SamplingMode.AREA : SamplingMode.PERSONAL,
				LocalDateTime.of(today(), LocalTime.parse(from)), LocalDateTime.of(today(), LocalTime.parse(to)), null,
				new BigDecimal(value), unit, null, false, null);
	}

	private AgencyView organisation(Actor commission, Spec spec, AgencyKind kind, String prefix, String code,
			String name, QualificationScope scope) {
		AgencyView registered = this.agencies.register(commission, new AgencyCommand(kind,
				creditCode(prefix + spec.county() + code), spec.label() + name, spec.county(), spec.label() + "健康路 9 号",
				spec.label() + "联系人", "13700001111", "MX-" + code + "-" + spec.county(), spec.label() + "卫生健康委员会",
				LocalDate.of(2020, 1, 1), LocalDate.of(2035, 12, 31)));
		return scope == null ? registered : this.agencies.changeScope(commission, registered.id(), scope);
	}

	private StaffView member(Actor commission, AgencyView organisation, Spec spec, String title, String serial,
			StaffRole role) {
		return this.staff.add(commission, organisation.id(), new StaffCommand(spec.label() + title,
				idNumber(spec.county() + "19790101" + serial), title, spec.label() + "证" + serial, Set.of(role)));
	}

	private long engage(Actor commission, AgencyView organisation, EmployerView employer, ServiceType service) {
		return this.engagements
			.add(commission, organisation.id(), new EngagementCommand(employer.creditCode(), service,
					today().minusMonths(1), today().plusYears(1)))
			.id();
	}

	static Actor actor(String who, Scope scope, String region, String... permissions) {
		return new Actor(0, "matrix-" + who + "-" + scope.value(), "矩阵" + ROLES.getOrDefault(who, who), region, scope,
				Set.of(permissions), "127.0.0.1", Actor.Channel.UI);
	}

	/** The actors' display names are shown on pages (timelines, histories): Chinese, like a real name. */
	private static final Map<String, String> ROLES = Map.of("applicant", "申请人", "booker", "预约员", "care", "监管员",
			"commission", "卫健委", "doctor", "医生", "manager", "管理员", "physician", "体检医师", "reader", "查阅人",
			"registrar", "登记员", "reviewer", "审核员");

	static String creditCode(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

	static String idNumber(String first17) {
		return first17 + IdNumber.checkCharacter(first17);
	}

	static String id(long id) {
		return String.valueOf(id);
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	static LocalDate workingDayAhead(int days) {
		LocalDate day = today().plus(days, ChronoUnit.DAYS);
		while (EnumSet.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY).contains(day.getDayOfWeek())) {
			day = day.plusDays(1);
		}
		return day;
	}

}
