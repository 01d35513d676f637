package org.ohsonline.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.Eventually;
import org.ohsonline.IntegrationTest;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The blacklist: an entry in force blocks new engagements with a message naming its last day, and stops counting
 * after its last day or an early removal; decision documents are checked by content and size and hashed; triggers
 * propose, supervisors of the organisation's region decide; every write audited.
 */
@IntegrationTest
class AgencyBlacklistIntegrationTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	Agencies agencies;

	@Autowired
	Blacklist blacklist;

	@Autowired
	Engagements engagements;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	JdbcClient jdbc;

	AgencyFixtures fixtures;

	final Actor gongshu = AgencyFixtures.supervisor("330105", "agency:agency:read", "agency:agency:write",
			"agency:staff:write", "agency:engagement:write", "agency:blacklist:read", "agency:blacklist:write");

	final Actor xihu = AgencyFixtures.supervisor("330106", "agency:agency:read", "agency:blacklist:read",
			"agency:blacklist:write");

	final Actor registrar = new Actor(14, "blacklist-registrar", "登记", "330105", Scope.region("330105"),
			Set.of("registry:employer:read", "registry:employer:write"), "127.0.0.1", Actor.Channel.UI);

	final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@BeforeEach
	void setUp() {
		this.fixtures = new AgencyFixtures(this.agencies);
	}

	@Test
	void aBlacklistedAgencyCannotBeEngagedForNewWork() {
		AgencyView agency = this.fixtures.serviceAgency(this.gongshu, "330105");
		EmployerView employer = new RegistryFixtures(this.employers, this.workers).employer(this.registrar, "330105001",
				"3311", 20);
		Actor own = AgencyFixtures.staffOf(agency);
		// a proposal made before the entry: the employer cannot accept it while the entry is in force
		EngagementView waiting = this.engagements.add(own, agency.id(), new EngagementCommand(employer.creditCode(),
				ServiceType.PERIODIC_TESTING, this.today, this.today.plusYears(1)));

		BlacklistView proposed = this.blacklist.propose(this.gongshu, agency.id(), new BlacklistCommand("出具虚假检测报告",
				"职业病防治法 第八十条第（三）项", this.today, this.today.plusYears(1), null));
		assertThat(proposed.status()).isEqualTo(BlacklistStatus.PROPOSED);
		assertThatThrownBy(() -> this.blacklist.confirm(this.gongshu, proposed.id(), new BlacklistCommand(null, null,
				null, null, null))).as("confirming needs the decision document")
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::code)
				.containsExactly("agency.blacklist.documentRequired"));
		BlacklistView inForce = this.blacklist.confirm(this.gongshu, proposed.id(), new BlacklistCommand(null, null, null,
				null, new BlacklistCommand.Document("处理决定书.pdf", PDF)));
		assertThat(inForce.status()).isEqualTo(BlacklistStatus.IN_FORCE);
		assertThat(inForce.documentSha256()).isEqualTo(Hashes.sha256Hex(PDF));
		assertThat(this.blacklist.document(this.gongshu, inForce.id()).contentType()).isEqualTo("application/pdf");

		String lastDay = this.today.plusYears(1).toString();
		assertThatThrownBy(() -> this.engagements.add(own, agency.id(), new EngagementCommand(employer.creditCode(),
				ServiceType.PERIODIC_TESTING, this.today, this.today.plusMonths(6))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.anySatisfy(e -> {
					assertThat(e.code()).isEqualTo("agency.engagement.blacklisted");
					assertThat(e.arguments()).containsExactly(agency.name(), lastDay);
				}));
		assertThatThrownBy(() -> this.engagements.add(this.gongshu, agency.id(), new EngagementCommand(
				employer.creditCode(), ServiceType.PERIODIC_TESTING, this.today, this.today.plusMonths(6))))
			.as("not by a supervisor either")
			.isInstanceOf(InvalidInputException.class);
		Actor manager = AgencyFixtures.managerOf(employer.creditCode(), employer.regionCode());
		assertThatThrownBy(() -> this.engagements.accept(manager, waiting.id()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("agency.engagement.blacklisted"));

		// removed early with a reason: engaged again
		assertThatThrownBy(() -> this.blacklist.remove(this.gongshu, inForce.id(), " "))
			.isInstanceOf(InvalidInputException.class);
		BlacklistView removed = this.blacklist.remove(this.gongshu, inForce.id(), "行政复议撤销原处理决定");
		assertThat(removed.status()).isEqualTo(BlacklistStatus.REMOVED);
		assertThat(this.engagements.accept(manager, waiting.id()).status()).isEqualTo(EngagementStatus.ACCEPTED);
		assertThat(this.engagements.engagedBy(employer.id(), ServiceType.PERIODIC_TESTING, this.today))
			.extracting(AgencyRef::id)
			.contains(agency.id());
		assertThat(this.jdbc.sql("select action from audit.entry where action like 'agency.blacklist.%' and target_id = :id"
				+ " order by id")
			.param("id", String.valueOf(agency.id()))
			.query(String.class)
			.list()).containsExactly("agency.blacklist.proposed", "agency.blacklist.confirmed", "agency.blacklist.removed");
	}

	@Test
	void anEngagedAgencyIsNoLongerOfferedForNewJobsWhileBlacklistedAndAgainAfterItsLastDay() {
		AgencyView agency = this.fixtures.serviceAgency(this.gongshu, "330105");
		EmployerView employer = new RegistryFixtures(this.employers, this.workers).employer(this.registrar, "330105001",
				"3311", 20);
		this.engagements.add(this.gongshu, agency.id(), new EngagementCommand(employer.creditCode(),
				ServiceType.PERIODIC_TESTING, this.today.minusDays(1), this.today.plusYears(1)));
		BlacklistView entry = this.blacklist.propose(this.gongshu, agency.id(), new BlacklistCommand("超出资质范围从事技术服务",
				"职业病防治法 第八十条第（一）项", this.today.minusMonths(2), this.today.plusDays(10), null));
		this.blacklist.confirm(this.gongshu, entry.id(),
				new BlacklistCommand(null, null, null, null, new BlacklistCommand.Document("决定.pdf", PDF)));
		assertThat(this.engagements.engagedBy(employer.id(), ServiceType.PERIODIC_TESTING, this.today)).isEmpty();
		assertThat(this.engagements.engagedBy(employer.id(), ServiceType.PERIODIC_TESTING, this.today.plusDays(11)))
			.as("after the last day").extracting(AgencyRef::id).containsExactly(agency.id());
		assertThat(this.blacklist.inForce(agency.id(), this.today.plusDays(11))).isEmpty();
	}

	@Test
	void refusesADocumentThatIsNotAPdfOrImageOrTooLarge() {
		AgencyView agency = this.fixtures.serviceAgency(this.gongshu, "330105");
		byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.blacklist.propose(this.gongshu, agency.id(), new BlacklistCommand("理由", "依据",
				this.today, this.today.plusYears(1), new BlacklistCommand.Document("决定.pdf", html))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::code)
				.containsExactly("agency.blacklist.documentType"));
		byte[] large = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		assertThatThrownBy(() -> this.blacklist.propose(this.gongshu, agency.id(), new BlacklistCommand("理由", "依据",
				this.today, this.today.plusYears(1), new BlacklistCommand.Document("决定.pdf", large))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::code)
				.containsExactly("agency.blacklist.documentTooLarge"));
		assertThat(this.blacklist.ofAgency(this.gongshu, agency.id())).isEmpty();
	}

	@Test
	void aRevokedQualificationProposesAnEntryForTheRegionToDecide() {
		AgencyView agency = this.fixtures.serviceAgency(this.gongshu, "330105");
		assertThatThrownBy(() -> this.blacklist.ofAgency(this.xihu, agency.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.blacklist.propose(AgencyFixtures.staffOf(agency), agency.id(),
				new BlacklistCommand("理由", "依据", null, null, null))).isInstanceOf(AccessDeniedException.class);

		this.agencies.changeStatus(this.gongshu, agency.id(), AgencyStatus.REVOKED);
		BlacklistView proposal = Eventually.eventually(() -> this.blacklist.ofAgency(this.gongshu, agency.id()),
				entries -> !entries.isEmpty()).get(0);
		assertThat(proposal.status()).isEqualTo(BlacklistStatus.PROPOSED);
		assertThat(proposal.trigger()).isEqualTo(BlacklistTrigger.QUALIFICATION_REVOKED);
		assertThat(proposal.legalBasis()).isEqualTo("职业病防治法 第八十条");
		assertThatThrownBy(() -> this.blacklist.reject(this.xihu, proposal.id(), "外区")).isInstanceOf(NotFoundException.class);
		BlacklistView rejected = this.blacklist.reject(this.gongshu, proposal.id(), "资质撤销已另行处理");
		assertThat(rejected.status()).isEqualTo(BlacklistStatus.REJECTED);
	}

	@Autowired
	AgencyStaff staff;

	@Autowired
	ServiceDeliveries deliveries;

	@Autowired
	ClientEvaluations evaluations;

	@Autowired
	CreditRatings ratings;

	@Test
	void aRatingAtLevelCProposesAnEntry() {
		AgencyView agency = this.fixtures.serviceAgency(this.gongshu, "330105");
		this.staff.add(this.gongshu, agency.id(), new StaffCommand("吴未持证", AgencyFixtures.idNumber("330105"), null, null,
				Set.of(StaffRole.SAMPLING)));
		EmployerView employer = new RegistryFixtures(this.employers, this.workers).employer(this.registrar, "330105001",
				"3311", 20);
		for (int i = 0; i < 3; i++) {
			long job = Math.abs(System.nanoTime() % 1_000_000_000L);
			// reviewed 40 days after the last sampling day: late
			this.deliveries.jobDelivered(new ServiceDeliveries.JobDelivery(job, "LATE-" + job, agency.id(), employer.id(),
					this.today.minusDays(50 + i), this.today.minusDays(10), false));
		}
		Actor manager = new Actor(13, "late-manager", "单位管理员", employer.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, employer.creditCode()), Set.of("agency:evaluation:read",
						"agency:evaluation:write"), "127.0.0.1", Actor.Channel.UI);
		for (DeliveryView d : this.evaluations.deliveries(manager, true, 50)) {
			this.evaluations.evaluate(manager, d.id(), new EvaluationCommand(1, 1, 1, "报告迟交"));
		}
		// Q 100 (20), STAFF 0 (15), ON_TIME 0 (25), CLIENT 0 (20), and under the second edition COMPLAINTS 100 (10)
		// and PENALTIES 100 (10), none recorded: (2000 + 1000 + 1000) / 100 = 40.0 → C, 1 star
		Actor rater = AgencyFixtures.supervisor("330105", "agency:agency:read", "agency:rating:read", "agency:rating:adjust");
		RatingView rating = this.ratings.recompute(rater, agency.id());
		assertThat(rating.score()).isEqualByComparingTo("40.0");
		assertThat(rating.level()).isEqualTo(CreditLevel.C);
		assertThat(rating.stars()).isEqualTo(1);
		BlacklistView proposal = Eventually.eventually(() -> this.blacklist.ofAgency(this.gongshu, agency.id()),
				entries -> !entries.isEmpty()).get(0);
		assertThat(proposal.trigger()).isEqualTo(BlacklistTrigger.RATING_C);
		assertThat(proposal.status()).isEqualTo(BlacklistStatus.PROPOSED);
		// proposed, not in force: the agency can still be engaged until a supervisor confirms
		assertThat(this.blacklist.inForce(agency.id(), this.today)).isEmpty();
	}

}
