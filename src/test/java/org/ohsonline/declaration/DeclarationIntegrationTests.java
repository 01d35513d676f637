package org.ohsonline.declaration;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.EmployerStatus;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohsonline.declaration.DeclarationFixtures.eventually;
import static org.ohsonline.declaration.DeclarationFixtures.initial;
import static org.ohsonline.declaration.DeclarationFixtures.manager;
import static org.ohsonline.declaration.DeclarationFixtures.supervisor;

/**
 * Declarations through their facades: the lifecycle and its refusals, scope for supervisors and
 * employers, clocks started by registry events and met by an accepted declaration, the audit trail.
 */
@IntegrationTest
@RecordApplicationEvents
class DeclarationIntegrationTests {

	@Autowired
	Declarations declarations;

	@Autowired
	DeclarationClocks clocks;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	HazardFactors hazards;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	final Actor gongshu = supervisor("330105");

	final Actor xihu = supervisor("330106");

	RegistryFixtures fixtures;

	String welding;

	String noise;

	@BeforeEach
	void setUp() {
		this.fixtures = new RegistryFixtures(this.employers, this.workers);
		this.welding = DeclarationFixtures.factor(this.hazards, "电焊烟尘");
		this.noise = DeclarationFixtures.factor(this.hazards, "噪声");
	}

	@Test
	void acceptsASubmittedDeclarationOnlyAndPublishesTheAcceptance() {
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105001", "3311", 60);
		Actor manager = manager(employer);
		DeclarationView draft = this.declarations.draft(manager, initial(employer.id(), this.welding, this.noise));
		assertThat(draft.status()).isEqualTo(DeclarationStatus.DRAFT);
		// 12 welders among the 30 exposed to noise: 30 people, not 12 + 30.
		assertThat(draft.totalExposed()).isEqualTo(30);
		assertThat(draft.workforce()).isEqualTo(60);
		assertThat(draft.management()).isEqualTo(DeclarationFixtures.MANAGEMENT);
		assertThat(draft.number()).startsWith("SB330105-");

		assertThatThrownBy(() -> this.declarations.accept(this.gongshu, draft.id()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("declaration.error.notSubmitted"));

		DeclarationView submitted = this.declarations.submit(manager, draft.id());
		assertThat(submitted.status()).isEqualTo(DeclarationStatus.SUBMITTED);
		assertThatThrownBy(() -> this.declarations.revise(manager, draft.id(), initial(employer.id(), this.welding, this.noise)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.declarations.accept(manager, draft.id())).isInstanceOf(AccessDeniedException.class);

		DeclarationView accepted = this.declarations.accept(this.gongshu, draft.id());
		assertThat(accepted.status()).isEqualTo(DeclarationStatus.ACCEPTED);
		assertThat(accepted.receiptCode()).hasSize(16);
		assertThat(accepted.receiptNumber()).isEqualTo("HZ" + accepted.number().substring(2));
		assertThat(accepted.history()).extracting(DeclarationView.HistoryEntry::action)
			.containsExactly("CREATED", "SUBMITTED", "ACCEPTED");
		assertThat(this.events.stream(DeclarationAccepted.class).filter(e -> e.declarationId() == draft.id()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.hazardCodes()).containsExactly(this.welding, this.noise);
				assertThat(e.totalExposed()).isEqualTo(30);
			});
		assertThat(auditActions(draft.id())).containsExactly("declaration.declaration.drafted",
				"declaration.declaration.submitted", "declaration.declaration.accepted");
	}

	@Test
	void returnNeedsReasonsAndTheEmployerResubmits() {
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105001", "3311", 60);
		Actor manager = manager(employer);
		DeclarationView draft = this.declarations.draft(manager, initial(employer.id(), this.welding, this.noise));
		this.declarations.submit(manager, draft.id());

		assertThatThrownBy(() -> this.declarations.giveBack(this.gongshu, draft.id(), "  "))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).code())
				.isEqualTo("declaration.error.returnReasonRequired"));
		assertThat(this.declarations.find(manager, draft.id()).status()).isEqualTo(DeclarationStatus.SUBMITTED);

		DeclarationView returned = this.declarations.giveBack(this.gongshu, draft.id(), "噪声接害人数与岗位人数不符");
		assertThat(returned.status()).isEqualTo(DeclarationStatus.RETURNED);
		assertThat(returned.returnReason()).isEqualTo("噪声接害人数与岗位人数不符");

		DeclarationCommand corrected = new DeclarationCommand(employer.id(), DeclarationKind.INITIAL, List.of(),
				"局部排风、发放防尘口罩和耳塞", 37, DeclarationFixtures.MANAGEMENT,
				List.of(new DeclarationCommand.Item(this.welding, 12, "电焊工", null),
						new DeclarationCommand.Item(this.noise, 25, "冲压工", null)));
		this.declarations.revise(manager, draft.id(), corrected);
		DeclarationView resubmitted = this.declarations.submit(manager, draft.id());
		assertThat(resubmitted.status()).isEqualTo(DeclarationStatus.SUBMITTED);
		assertThat(resubmitted.totalExposed()).isEqualTo(37);
		assertThat(resubmitted.returnReason()).isNull();
		assertThat(resubmitted.history()).extracting(DeclarationView.HistoryEntry::action)
			.containsExactly("CREATED", "SUBMITTED", "RETURNED", "RESUBMITTED");
	}

	@Test
	void rejectsAnIncompleteOrWrongDeclarationWithEveryReasonAndChangesNothing() {
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105001", "3311", 60);
		Actor manager = manager(employer);
		assertThatThrownBy(() -> this.declarations.draft(manager, new DeclarationCommand(employer.id(),
				DeclarationKind.CHANGE, List.of("NO_SUCH_REASON"), null, null, null,
				List.of(new DeclarationCommand.Item("9999", -1, null, null),
						new DeclarationCommand.Item(this.noise, null, null, null),
						new DeclarationCommand.Item(this.noise, 3, null, null)))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.contains("kind", "reasons", "items[0].hazardCode", "items[0].exposedHeadcount",
						"items[1].exposedHeadcount", "items[2].hazardCode"));
		assertThat(this.declarations.search(manager, DeclarationFilter.ofEmployer(employer.id()), PageQuery.of(1, 5))
			.total()).isZero();

		DeclarationView empty = this.declarations.draft(manager,
				new DeclarationCommand(employer.id(), DeclarationKind.INITIAL, List.of(), null, null, null, List.of()));
		assertThatThrownBy(() -> this.declarations.submit(manager, empty.id()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::code)
				.containsExactlyInAnyOrder("declaration.error.itemsRequired", "declaration.error.measuresRequired",
						"declaration.error.totalRequired", "declaration.error.principalRequired",
						"declaration.error.trainingRequired", "declaration.error.organisationRequired",
						"declaration.error.managersRequired", "declaration.error.managersRequired"));
		assertThat(this.declarations.find(manager, empty.id()).status()).isEqualTo(DeclarationStatus.DRAFT);
		assertThatThrownBy(() -> this.declarations.draft(manager, initial(employer.id(), this.welding, this.noise)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("declaration.error.inProgress"));
	}

	@Test
	void keepsEachCountysAndEachEmployersDeclarationsApart() {
		EmployerView own = this.fixtures.employer(this.gongshu, "330105001", "3311", 60);
		EmployerView neighbour = this.fixtures.employer(this.gongshu, "330105002", "3311", 40);
		EmployerView elsewhere = this.fixtures.employer(this.xihu, "330106002", "3311", 40);
		DeclarationView mine = this.declarations.draft(manager(own), initial(own.id(), this.welding, this.noise));
		this.declarations.submit(manager(own), mine.id());
		DeclarationView theirs = this.declarations.draft(manager(neighbour), initial(neighbour.id(), this.welding, this.noise));
		DeclarationView west = this.declarations.draft(manager(elsewhere), initial(elsewhere.id(), this.welding, this.noise));
		this.declarations.submit(manager(elsewhere), west.id());

		// The 西湖区 supervisor neither sees nor reviews a 拱墅区 declaration.
		assertThatThrownBy(() -> this.declarations.find(this.xihu, mine.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.declarations.accept(this.xihu, mine.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.declarations.giveBack(this.xihu, mine.id(), "越权")).isInstanceOf(NotFoundException.class);
		assertThat(this.declarations.search(this.xihu, new DeclarationFilter(own.creditCode(), null, null, null, null, null,
				null, null), PageQuery.of(1, 10)).total()).isZero();
		// Asking for another county's region gives nothing rather than widening the scope.
		assertThat(this.declarations.search(this.xihu, new DeclarationFilter(null, "330105", null, null, null, null, null,
				null), PageQuery.of(1, 10)).total()).isZero();
		assertThat(this.declarations.find(this.gongshu, mine.id()).id()).isEqualTo(mine.id());
		assertThat(this.declarations.find(this.xihu, west.id()).id()).isEqualTo(west.id());

		// An employer sees only its own.
		assertThat(this.declarations.search(manager(own), DeclarationFilter.none(), PageQuery.of(1, 50)).items())
			.extracting(DeclarationSummary::id)
			.containsExactly(mine.id());
		assertThatThrownBy(() -> this.declarations.find(manager(own), theirs.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.declarations.submit(manager(own), theirs.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.declarations.draft(manager(own), initial(neighbour.id(), this.welding, this.noise)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void proposesEachFactorsExposedPeopleAndTheirTotalEachCountedOnce() {
		// A hand-built employer of 40: a welding post (welding fumes and noise) held by two workers, a press
		// post (noise) held by one, an office post (no factor) held by one.
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105001", "3311", 40);
		StructureViews.Post welders = this.fixtures.post(this.gongshu, employer.id(), this.welding, this.noise);
		StructureViews.Post press = this.fixtures.post(this.gongshu, employer.id(), this.noise);
		StructureViews.Post office = this.fixtures.post(this.gongshu, employer.id());
		Actor registrar = new Actor(13, "decl-registrar", "登记员", "330105", Scope.region("330105"),
				Set.of("registry:employer:read", "registry:worker:read", "registry:worker:write"), "127.0.0.1",
				Actor.Channel.UI);
		this.fixtures.hire(registrar, employer.id(), welders.id(), RegistryFixtures.idNumber("330105"));
		this.fixtures.hire(registrar, employer.id(), welders.id(), RegistryFixtures.idNumber("330105"));
		this.fixtures.hire(registrar, employer.id(), press.id(), RegistryFixtures.idNumber("330105"));
		this.fixtures.hire(registrar, employer.id(), office.id(), RegistryFixtures.idNumber("330105"));

		DeclarationCommand proposal = this.declarations.proposal(manager(employer), employer.id());
		// Welding fumes: the 2 welders. Noise: the 2 welders and the press operator, 3 people. Exposed to
		// anything: 3 people — not 2 + 3 = 5 rows, and not the posts' entered headcounts (12 each).
		assertThat(proposal.items()).extracting(DeclarationCommand.Item::hazardCode)
			.containsExactlyInAnyOrder(this.welding, this.noise);
		assertThat(proposal.items()).filteredOn(i -> i.hazardCode().equals(this.welding))
			.singleElement()
			.satisfies(i -> {
				assertThat(i.exposedHeadcount()).isEqualTo(2);
				assertThat(i.posts()).contains(welders.name());
			});
		assertThat(proposal.items()).filteredOn(i -> i.hazardCode().equals(this.noise))
			.singleElement()
			.satisfies(i -> assertThat(i.exposedHeadcount()).isEqualTo(3));
		assertThat(proposal.totalExposed()).isEqualTo(3);
		assertThat(proposal.management().principalName()).isEqualTo(employer.legalRepresentative());

		// Declared as proposed, the declaration and its accepted event carry 3 people.
		Actor manager = manager(employer);
		DeclarationView declared = this.declarations.draft(manager, new DeclarationCommand(employer.id(),
				DeclarationKind.INITIAL, List.of(), "局部排风、耳塞", proposal.totalExposed(), DeclarationFixtures.MANAGEMENT,
				proposal.items()));
		assertThat(declared.totalExposed()).isEqualTo(3);
		assertThat(declared.personTimes()).isEqualTo(5);
	}

	@Test
	void refusesMorePeopleExposedThanTheWorkforceOrThanTheFactorsTogether() {
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105001", "3311", 40);
		Actor manager = manager(employer);
		// A 40-worker firm cannot declare 100 people exposed.
		assertThat(errors(() -> this.declarations.draft(manager, people(employer, 100, 40, 60))))
			.containsExactly("totalExposed:declaration.error.totalAboveWorkforce");
		// Nor a factor with more people than are exposed in all: 40 and 60 are not among 30.
		assertThat(errors(() -> this.declarations.draft(manager, people(employer, 30, 40, 60)))).containsExactly(
				"items[0].exposedHeadcount:declaration.error.headcountAboveTotal",
				"items[1].exposedHeadcount:declaration.error.headcountAboveTotal");
		// Nor more people than the factors have together: 12 + 20 = 32 person-times hold at most 32 people.
		assertThat(errors(() -> this.declarations.draft(manager, people(employer, 35, 12, 20))))
			.containsExactly("totalExposed:declaration.error.totalAboveSum");
		// 20 people, of whom 12 are exposed to both factors: fine.
		assertThat(this.declarations.draft(manager, people(employer, 20, 12, 20)).totalExposed()).isEqualTo(20);
	}

	private DeclarationCommand people(EmployerView employer, int total, int welders, int noisy) {
		return new DeclarationCommand(employer.id(), DeclarationKind.INITIAL, List.of(), null, total, null,
				List.of(new DeclarationCommand.Item(this.welding, welders, null, null),
						new DeclarationCommand.Item(this.noise, noisy, null, null)));
	}

	private static List<String> errors(Runnable call) {
		try {
			call.run();
		}
		catch (InvalidInputException ex) {
			return ex.errors().stream().map(e -> e.field() + ":" + e.code()).toList();
		}
		return List.of();
	}

	@Test
	void registryEventsStartClocksThatADeclarationMeets() {
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105001", "3311", 60);
		Actor manager = manager(employer);
		// Registered without posts it owes nothing yet; its first post with a hazard factor makes it owe the
		// initial declaration, counted from its registration (the register does not know its start of production).
		this.fixtures.post(this.gongshu, employer.id(), this.welding);
		List<ClockView> initialClocks = eventually(() -> this.clocks.pending(manager, employer.id()), l -> !l.isEmpty());
		assertThat(initialClocks).singleElement().satisfies(c -> {
			assertThat(c.reason()).isEqualTo("INITIAL");
			assertThat(c.kind()).isEqualTo(DeclarationKind.INITIAL);
			// The bundled catalog's INITIAL period is 30 days.
			assertThat(c.dueOn()).isEqualTo(c.startedOn().plusDays(30));
			assertThat(c.startedOn()).isEqualTo(employer.createdAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate());
		});

		DeclarationView first = this.declarations.draft(manager, initial(employer.id(), this.welding, this.noise));
		this.declarations.submit(manager, first.id());
		assertThat(this.clocks.pending(manager, employer.id())).singleElement()
			.satisfies(c -> assertThat(c.state()).isEqualTo(ClockState.ANSWERED));
		this.declarations.accept(this.gongshu, first.id());
		assertThat(this.clocks.pending(manager, employer.id())).isEmpty();
		assertThat(this.clocks.search(this.gongshu, new ClockFilter(null, null, "all", null, employer.id()), PageQuery.of(1, 10))
			.items()).singleElement().satisfies(c -> assertThat(c.state()).isEqualTo(ClockState.MET));

		// A new name and legal representative: two 15-day change clocks from the day of the change.
		this.employers.update(this.gongshu, employer.id(), new EmployerCommand(null, employer.name() + "（更名）",
				employer.regionCode(), employer.address(), employer.industryCode(), null, 60, 5000L, "新法人", null, null,
				null));
		List<ClockView> changes = eventually(() -> this.clocks.pending(manager, employer.id()), l -> l.size() == 2);
		assertThat(changes).extracting(ClockView::reason)
			.containsExactlyInAnyOrder("NAME_CHANGE", "LEGAL_REPRESENTATIVE_CHANGE");
		assertThat(changes).allSatisfy(c -> {
			assertThat(c.kind()).isEqualTo(DeclarationKind.CHANGE);
			assertThat(c.dueOn()).isEqualTo(c.startedOn().plusDays(15));
			assertThat(c.basis()).contains("第八条第（三）项");
		});

		// Closing voids the change clocks and starts the 15-day cancellation.
		this.employers.changeStatus(this.gongshu, employer.id(), EmployerStatus.CLOSED);
		List<ClockView> closing = eventually(() -> this.clocks.pending(manager, employer.id()),
				l -> l.size() == 1 && l.get(0).reason().equals("CLOSURE"));
		assertThat(closing).singleElement().satisfies(c -> {
			assertThat(c.kind()).isEqualTo(DeclarationKind.CANCELLATION);
			assertThat(c.dueOn()).isEqualTo(c.startedOn().plusDays(15));
		});
	}

	@Test
	void anotherModuleStartsAClockForDifferingTestResults() {
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105001", "3311", 60);
		java.time.LocalDate received = java.time.LocalDate.of(2026, 3, 2);
		ClockView clock = this.clocks.start(Actor.system("testing"),
				new ClockStart(employer.id(), "TEST_RESULTS_CHANGE", received, "检测报告 JC-2026-001"))
			.orElseThrow();
		// Results received 2026-03-02 + 15 days = 2026-03-17.
		assertThat(clock.dueOn()).isEqualTo(java.time.LocalDate.of(2026, 3, 17));
		assertThat(clock.source()).isEqualTo("检测报告 JC-2026-001");
		// The same reason again keeps the earlier deadline.
		ClockView again = this.clocks.start(Actor.system("testing"),
				new ClockStart(employer.id(), "TEST_RESULTS_CHANGE", received.plusDays(5), "检测报告 JC-2026-002"))
			.orElseThrow();
		assertThat(again.id()).isEqualTo(clock.id());
		assertThatThrownBy(() -> this.clocks.start(this.xihu,
				new ClockStart(employer.id(), "PROCESS_CHANGE", received, null))).isInstanceOf(NotFoundException.class);
		assertThat(this.clocks.start(Actor.system("testing"), new ClockStart(employer.id(), "NO_SUCH_REASON", received, null)))
			.isEmpty();
	}

	/**
	 * The pending clocks and the last accepted declarations of several employers read at once are each one's own, as
	 * their lists show them: one declared and accepted (no clock left, its declaration), one owing its initial
	 * declaration (the open clock, no declaration), one owing nothing; another county's employer and an unknown id are
	 * absent from both.
	 */
	@Test
	void readsThePendingClocksAndLastAcceptedDeclarationsOfSeveralEmployersAtOnce() {
		EmployerView declared = this.fixtures.employer(this.gongshu, "330105001", "3311", 60);
		this.fixtures.post(this.gongshu, declared.id(), this.welding);
		eventually(() -> this.clocks.pending(this.gongshu, declared.id()), l -> !l.isEmpty());
		DeclarationView declaration = this.declarations.draft(manager(declared),
				initial(declared.id(), this.welding, this.noise));
		this.declarations.submit(manager(declared), declaration.id());
		this.declarations.accept(this.gongshu, declaration.id());
		EmployerView owing = this.fixtures.employer(this.gongshu, "330105001", "3311", 60);
		this.fixtures.post(this.gongshu, owing.id(), this.welding);
		eventually(() -> this.clocks.pending(this.gongshu, owing.id()), l -> !l.isEmpty());
		EmployerView nothing = this.fixtures.employer(this.gongshu, "330105001", "3311", 60);
		EmployerView elsewhere = this.fixtures.employer(this.xihu, "330106004", "3311", 60);
		this.fixtures.post(this.xihu, elsewhere.id(), this.welding);
		eventually(() -> this.clocks.pending(this.xihu, elsewhere.id()), l -> !l.isEmpty());
		List<Long> ids = List.of(declared.id(), owing.id(), nothing.id(), elsewhere.id(), -1L);

		java.util.Map<Long, List<ClockView>> pending = this.clocks.pendingOf(this.gongshu, ids);
		assertThat(pending).containsOnlyKeys(owing.id());
		assertThat(pending.get(owing.id())).singleElement().satisfies(c -> assertThat(c.undeclared()).isTrue());
		ids.forEach(id -> assertThat(pending.getOrDefault(id, List.of())).isEqualTo(this.clocks
			.search(this.gongshu, new ClockFilter(null, null, "open", null, id), PageQuery.of(1, 50))
			.items()));

		java.util.Map<Long, DeclarationSummary> accepted = this.declarations.lastAcceptedOf(this.gongshu, ids);
		assertThat(accepted).containsOnlyKeys(declared.id());
		assertThat(this.declarations.search(this.gongshu, new DeclarationFilter(null, null, "ACCEPTED", null, null, null,
				declared.id(), null), PageQuery.of(1, 10)).items()).containsExactly(accepted.get(declared.id()));
	}

	private List<String> auditActions(long declarationId) {
		return this.jdbc.sql("select action from audit.entry where target_type = 'declaration' and target_id = :id order by id")
			.param("id", String.valueOf(declarationId))
			.query(String.class)
			.list();
	}

}
