package org.ohsonline.authorization;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.Engagements;
import org.ohsonline.declaration.Declarations;
import org.ohsonline.diagnosis.Diagnoses;
import org.ohsonline.diagnosis.DiagnosisCertificates;
import org.ohsonline.diagnosis.Rehabilitation;
import org.ohsonline.iam.internal.RoleAdministration;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.monitoring.Alerts;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.notification.Inbox;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.registry.imports.ImportJobs;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CacheCoherence;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.web.SpreadsheetExport;
import org.ohsonline.surveillance.Bookings;
import org.ohsonline.surveillance.ExamTasks;
import org.ohsonline.surveillance.Exams;
import org.ohsonline.testing.TestingJobs;
import org.ohsonline.testing.TestingReports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.DispatcherServletCustomizer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization matrix (issue 12): every route the application serves — console and API, read
 * from its own handler mapping at run time — requested by every role, for an object in the role's
 * scope and one in another province, read and write. In scope, each role must get the outcome that
 * {@code authorization/matrix.csv} says the product should give; foreign, nothing may be served,
 * carried out or changed; and no answer to anyone may show the foreign world's marker. A route
 * without a row in the expectations, a row without a route, or a path variable without a binding
 * fails the matrix too, so a new route cannot slip past it. Run alone with
 * {@code -Dit.test=AuthorizationMatrixIntegrationTests}; docs/security.md explains the files.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixIntegrationTests {

	@Autowired ApplicationContext context;

	@Autowired JdbcClient jdbc;

	@Autowired UserAdministration administration;

	@Autowired UserDetailsService details;

	@Autowired RoleAdministration roles;

	@Autowired ImportJobs imports;

	@Autowired PiiCipher cipher;

	@Autowired CacheCoherence caches;

	@Autowired Employers employers;

	@Autowired Workers workers;

	@Autowired Agencies agencies;

	@Autowired AgencyStaff staff;

	@Autowired Engagements engagements;

	@Autowired org.ohsonline.agency.CreditRatings creditRatings;

	@Autowired org.ohsonline.agency.ClientEvaluations clientEvaluations;

	@Autowired org.ohsonline.agency.Blacklist agencyBlacklist;

	@Autowired org.ohsonline.agency.ReportQuality reportQuality;

	@Autowired org.ohsonline.agency.AgencyComplaints agencyComplaints;

	@Autowired TestingJobs jobs;

	@Autowired TestingReports reports;

	@Autowired Declarations declarations;

	@Autowired Exams exams;

	@Autowired ExamTasks tasks;

	@Autowired Bookings bookings;

	@Autowired Diagnoses diagnoses;

	@Autowired Rehabilitation rehabilitation;

	@Autowired org.ohsonline.diagnosis.PesticidePoisonings pesticidePoisonings;

	@Autowired Devices devices;

	@Autowired Alerts alerts;

	@Autowired Inbox inbox;

	@Autowired TransactionTemplate transactions;

	@Autowired DiagnosisCertificates certificates;

	@Autowired org.ohsonline.enforcement.InspectionPlans inspectionPlans;

	@Autowired org.ohsonline.enforcement.Inspections enforcementInspections;

	@Autowired org.ohsonline.enforcement.Cases enforcementCases;

	@Autowired org.ohsonline.enforcement.CaseReviews enforcementReviews;

	@Autowired org.ohsonline.risk.RiskPortraits riskPortraits;

	@Autowired org.ohsonline.risk.SelfInspections selfInspections;

	@Autowired org.ohsonline.risk.Rectifications rectifications;

	@Autowired org.ohsonline.training.Courses trainingCourses;

	@Autowired org.ohsonline.training.Learning learning;

	@Autowired org.ohsonline.training.ManagerNotices managerNotices;

	@Autowired org.ohsonline.training.QuestionBoard questionBoard;

	@Autowired org.ohsonline.promotion.consultation.Consultations consultations;

	@Autowired org.ohsonline.promotion.HealthyEnterprises healthyEnterprises;

	@Autowired org.ohsonline.promotion.ModelEnterprises modelEnterprises;

	@Autowired org.ohsonline.promotion.Champions champions;

	@Autowired org.ohsonline.projects.Projects constructionProjects;

	@Autowired org.ohsonline.projects.Verifications projectVerifications;

	@Autowired org.ohsonline.radiation.RadiationWorkers radiationWorkers;

	@Autowired org.ohsonline.radiation.DoseRecords radiationDoses;

	@Autowired org.ohsonline.cdcmonitoring.MonitoringProjects monitoringProjects;

	@Autowired org.ohsonline.cdcmonitoring.MonitoringSurveys monitoringSurveys;
	@Autowired org.ohsonline.grid.Grids grids;

	@Test
	@Order(2)
	void everyRouteAnswersEveryRoleAsItsPermissionsAndScopeSayAndNothingForeignGetsOut() throws Exception {
		long started = System.currentTimeMillis();
		MockMvc mvc = quiet();
		TestUsers users = new TestUsers(this.administration, this.details);
		MatrixWorld.Builders builders = builders(mvc, users);
		MatrixWorld world = MatrixWorld.of(this.context, builders);
		long built = System.currentTimeMillis();
		theLeakDetectorReadsWhatTheApplicationIssues(world);

		List<Route> routes = Route.of(this.context.getBeansOfType(RequestMappingHandlerMapping.class).values());
		Bindings bindings = Bindings.load("authorization/bindings.csv");
		Expectations expectations = Expectations.load("authorization/matrix.csv");
		PublicFacts facts = PublicFacts.load("authorization/public.csv");
		MatrixReport report = new MatrixReport();
		report.routes = routes.size();
		report.apiRoutes = (int) routes.stream().filter(Route::api).count();
		MatrixRun.checkCoverage(routes, bindings, expectations, facts, report);

		Map<MatrixRole, RequestPostProcessor> logins = logins(users);
		Requests requests = new Requests(mvc, world, logins, facts);
		ForeignRows foreign = new ForeignRows(this.jdbc, world.foreign, foreignTexts(world));
		// Earlier writes may have replaced the in-scope organisations' qualification ({} as scope); the
		// writes that name an employer in their fields need it back to show what they do.
		new MatrixRun(routes, bindings, expectations, requests, world, foreign, report)
			.run(() -> builders.sides().restoreQualifications(world.inside));

		report.writeObserved(Path.of("target/authorization/matrix-observed.csv"), routes, world);
		String text = report.text(requests.sent, System.currentTimeMillis() - started)
				+ String.format("(world built in %.1f s)%n", (built - started) / 1000.0);
		Files.createDirectories(Path.of("target/authorization"));
		Files.writeString(Path.of("target/authorization/report.txt"), text, StandardCharsets.UTF_8);
		System.out.println(text);
		assertThat(report.failed()).as(text).isFalse();
	}

	/**
	 * Issue 19: every page of every role, in both languages, shows labels only — no message key that a
	 * bundle lacks, no enum constant, no {@code null} — and every page filtering by region offers the
	 * region picker, not a free-text code. Runs first, on the world as built (the matrix's writes change
	 * it); reads only. Run alone with {@code -Dit.test='AuthorizationMatrixIntegrationTests#everyPage*'}.
	 */
	@Test
	@Order(1)
	void everyPageOfEveryRoleShowsLabelsInItsLanguageAndPicksRegionsFromTheScope() throws Exception {
		long started = System.currentTimeMillis();
		MockMvc mvc = quiet();
		TestUsers users = new TestUsers(this.administration, this.details);
		MatrixWorld world = MatrixWorld.of(this.context, builders(mvc, users));
		List<Route> routes = Route.of(this.context.getBeansOfType(RequestMappingHandlerMapping.class).values());
		ConsoleTexts texts = new ConsoleTexts(mvc, logins(users));
		texts.readAll(routes, Bindings.load("authorization/bindings.csv"), Expectations.load("authorization/matrix.csv"),
				world);
		texts.readErrorPages(world);
		String text = texts.report(System.currentTimeMillis() - started);
		Files.createDirectories(Path.of("target/authorization"));
		Files.writeString(Path.of("target/authorization/console-texts.txt"), text, StandardCharsets.UTF_8);
		System.out.println(text);
		assertThat(texts.pages).as("pages read").isGreaterThan(500);
		assertThat(texts.findings).as(text).isEmpty();
		assertThat(texts.regionFilters).as(text).isEmpty();
	}

	private MatrixWorld.Builders builders(MockMvc mvc, TestUsers users) {
		return new MatrixWorld.Builders(
				new SideBuilder(this.employers, this.workers, this.agencies, this.staff, this.engagements, this.jobs,
						this.reports, this.declarations),
				new CareBuilder(this.exams, this.tasks, this.bookings, this.diagnoses, this.rehabilitation, this.devices,
						this.alerts, this.inbox, mvc, this.transactions, this.pesticidePoisonings),
				new RiskBuilder(this.riskPortraits, this.selfInspections, this.rectifications, this.jdbc),
				new TrainingBuilder(this.trainingCourses, this.learning, this.cipher,
						new NetworkBuilder(this.trainingCourses, this.learning, this.managerNotices, this.questionBoard,
								this.consultations, this.cipher)),
				new EnforcementBuilder(this.inspectionPlans, this.enforcementInspections, this.enforcementCases,
						this.enforcementReviews, users),
				new PromotionBuilder(this.healthyEnterprises, this.modelEnterprises, this.champions),
				new ProjectsBuilder(this.constructionProjects, this.projectVerifications),
				new RadiationBuilder(this.radiationWorkers, this.radiationDoses),
				new CdcMonitoringBuilder(this.monitoringProjects, this.monitoringSurveys),
				new GridBuilder(this.grids, users),
				new AgencyRatingBuilder(this.agencies, this.creditRatings, this.clientEvaluations, this.agencyBlacklist,
						this.reportQuality, this.agencyComplaints, this.jdbc),
				users, this.administration, this.roles, this.imports, this.cipher, this.jdbc, this.caches, mvc);
	}

	private static Map<MatrixRole, RequestPostProcessor> logins(TestUsers users) {
		Map<MatrixRole, RequestPostProcessor> logins = new EnumMap<>(MatrixRole.class);
		for (MatrixRole role : MatrixRole.values()) {
			if (role.loggedIn()) {
				logins.put(role, users.as(role.username));
			}
		}
		return logins;
	}

	/**
	 * The detector's silence means something only if it reads the documents the application issues:
	 * the foreign diagnosis certificate (a PDF with a CJK font subset) and a workbook written by the
	 * application's own export must both show it the marker.
	 */
	private void theLeakDetectorReadsWhatTheApplicationIssues(MatrixWorld world) throws Exception {
		byte[] certificate = this.certificates.certificate(Actor.system("matrix"), Long.parseLong(world.foreign.get("case")));
		assertThat(Leaks.excerpt(certificate, "application/pdf", List.of())).as("marker in the foreign certificate PDF")
			.isNotEmpty();
		ByteArrayOutputStream workbook = new ByteArrayOutputStream();
		SpreadsheetExport sheet = SpreadsheetExport.to(workbook, "matrix", List.of("name"));
		sheet.row(MatrixWorld.MARKER + "精工制造有限公司");
		sheet.finish();
		assertThat(Leaks.excerpt(workbook.toByteArray(), SpreadsheetExport.CONTENT_TYPE, List.of()))
			.as("marker in a workbook the application writes")
			.isNotEmpty();
	}

	/**
	 * A MockMvc like the shared one (same filters and customizers) that does not keep every request
	 * and answer in memory to print them if the test fails: the matrix sends thousands.
	 */
	private MockMvc quiet() {
		WebApplicationContext web = (WebApplicationContext) this.context;
		DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(web);
		SpringBootMockMvcBuilderCustomizer boot = new SpringBootMockMvcBuilderCustomizer(web);
		boot.setPrint(MockMvcPrint.NONE);
		boot.customize(builder);
		this.context.getBeansOfType(MockMvcBuilderCustomizer.class)
			.values()
			.stream()
			.filter(c -> !(c instanceof SpringBootMockMvcBuilderCustomizer))
			.forEach(c -> c.customize(builder));
		this.context.getBeansOfType(DispatcherServletCustomizer.class).values().forEach(builder::addDispatcherServletCustomizer);
		return builder.build();
	}

	/** Texts that only the foreign world's rows hold: the marker, its codes and numbers. */
	private Set<String> foreignTexts(MatrixWorld world) {
		Set<String> texts = new LinkedHashSet<>(List.of(MatrixWorld.MARKER));
		for (String key : List.of("employer.creditCode", "agency.creditCode", "institution.creditCode",
				"diagnosis.creditCode", "case.number")) {
			texts.add(world.foreign.get(key));
		}
		texts.add(this.cipher.blindIndex(world.foreign.get("worker.idNumber")));
		texts.add("MX-H2S-" + MatrixWorld.FOREIGN_REGION);
		return texts;
	}

}
