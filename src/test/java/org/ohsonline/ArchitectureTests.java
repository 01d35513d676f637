package org.ohsonline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

/**
 * The habits of docs/STYLE.md that a compiler does not enforce, checked on the main classes only
 * (tests may print, use fixtures and reach into packages as they need).
 */
@AnalyzeClasses(packages = "org.ohsonline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String ROOT = "org.ohsonline";

	/** Constructor injection into final fields, so a class cannot exist half-wired. */
	@ArchTest
	static final ArchRule noFieldInjection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

	/** "What not to copy": the IXxxService / XxxServiceImpl pairs of popular admin frameworks. */
	@ArchTest
	static final ArchRule noServiceImplClasses = noClasses().should()
		.haveSimpleNameEndingWith("ServiceImpl")
		.because("STYLE.md: no IXxxService / XxxServiceImpl pairs; name classes for what they do");

	@ArchTest
	static final ArchRule noIServiceInterfaces = noClasses().that()
		.areInterfaces()
		.should()
		.haveNameMatching(".*\\.I[A-Z]\\w*Service")
		.because("STYLE.md: no IXxxService / XxxServiceImpl pairs")
		.allowEmptyShould(true);

	/** Controllers are entry points wired by Spring, never called from other packages. */
	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.notBePublic()
		.because("STYLE.md (petclinic): controllers are package-private");

	/** Packages by feature: no layer-named packages anywhere. */
	@ArchTest
	static final ArchRule noLayerPackages = noClasses().should()
		.resideInAnyPackage("..controller..", "..controllers..", "..service..", "..services..", "..dto..",
				"..dtos..", "..mapper..", "..mappers..")
		.because("STYLE.md: packages by feature, no controller/service/dto/mapper packages");

	/**
	 * A module's {@code internal} package is its own business; other modules go through the
	 * facade in its root package. Spring Modulith checks the same, this rule names the class.
	 */
	@ArchTest
	static final ArchRule internalsStayInTheirModule = noClasses().should(accessInternalsOfAnotherModule())
		.because("ARCHITECTURE.md: a module calls another only through its facade");

	/** One logging API (SLF4J) so levels and appenders are configured in one place. */
	@ArchTest
	static final ArchRule noJavaUtilLogging = noClasses().that()
		// The adapter that hands openhtmltopdf's messages (java.util.logging levels) to SLF4J.
		.doNotHaveFullyQualifiedName("org.ohsonline.shared.documents.PdfLibraryLogging")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("java.util.logging..")
		.because("log through SLF4J; java.util.logging bypasses the logging configuration");

	/** Only the bootstrap classes (banner, first administrator) talk to the console directly. */
	@ArchTest
	static final ArchRule noStandardStreamsOutsideBootstrap = noClasses().that()
		.resideOutsideOfPackage(ROOT)
		.should()
		.accessField(System.class, "out")
		.orShould()
		.accessField(System.class, "err")
		.because("modules log through SLF4J; only bootstrap classes in " + ROOT + " may print");

	/**
	 * ARCHITECTURE.md: {@code JdbcClient} with named parameters for queries. The classic
	 * {@code JdbcTemplate} API takes raw SQL strings with positional arguments, the style in which
	 * values end up concatenated into SQL. (String concatenation itself is invisible in bytecode
	 * dependencies, so the rule bans the API rather than the concatenation.)
	 */
	@ArchTest
	static final ArchRule noPlainJdbcTemplate = noClasses().that()
		// ShedLock's lock provider takes a JdbcTemplate to use the database's clock; it runs no query of ours.
		.doNotHaveFullyQualifiedName("org.ohsonline.SchedulingConfiguration")
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
		.because("queries go through JdbcClient or Spring Data JDBC with named parameters");

	/**
	 * Boot 4 serialises with Jackson 3 ({@code tools.jackson}); Jackson 2 types would not be configured.
	 * The annotations stay in {@code com.fasterxml.jackson.annotation}: Jackson 3 reads them from there.
	 */
	@ArchTest
	static final ArchRule noJackson2 = noClasses().should()
		.dependOnClassesThat(JavaClass.Predicates.resideInAPackage("com.fasterxml.jackson..")
			.and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("com.fasterxml.jackson.annotation.."))))
		.because("Spring Boot 4 uses Jackson 3 (tools.jackson); com.fasterxml.jackson is Jackson 2");

	/**
	 * The caller's own scope is the only scope a request acts in (STYLE.md, issue 12): web and API
	 * code never makes the platform's system actor, an actor of its own, or a scope filter of its
	 * own; it passes the {@code Actor} the request resolved to the facades.
	 */
	@ArchTest
	static final ArchRule webCodeNeverBuildsAnElevatedActor = noClasses().that()
		.resideInAnyPackage("..web..", "..api..")
		.should()
		.callMethod(Actor.class, "system", String.class)
		.orShould()
		.callConstructor(Actor.class, long.class, String.class, String.class, String.class, Scope.class,
				java.util.Set.class, String.class, Actor.Channel.class)
		.orShould()
		.callConstructor(ScopeFilter.class, String.class, String.class, String.class, String.class, Long.class,
				String.class)
		.orShould()
		.callConstructor(Scope.class, Scope.Kind.class, String.class)
		.orShould()
		.callMethod(Scope.class, "region", String.class)
		.because("a request acts with the caller's own actor and scope; an elevated actor leaks across jurisdictions");

	private static final Pattern MODULE_INTERNAL = Pattern.compile("^org\\.ohsonline\\.(\\w+)\\.internal(\\..*)?$");

	private static ArchCondition<JavaClass> accessInternalsOfAnotherModule() {
		return new ArchCondition<>("depend on the internal package of another module") {

			@Override
			public void check(JavaClass origin, ConditionEvents events) {
				for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
					Matcher target = MODULE_INTERNAL.matcher(dependency.getTargetClass().getPackageName());
					if (!target.matches()) {
						continue;
					}
					String owner = ROOT + "." + target.group(1);
					String from = origin.getPackageName();
					boolean sameModule = from.equals(owner) || from.startsWith(owner + ".");
					if (!sameModule) {
						events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
					}
				}
			}

		};
	}

}
