package org.ohsonline.declaration.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.declaration.DeclarationAccepted;
import org.ohsonline.declaration.DeclarationCommand;
import org.ohsonline.declaration.DeclarationFilter;
import org.ohsonline.declaration.DeclarationManagement;
import org.ohsonline.declaration.DeclarationStatus;
import org.ohsonline.declaration.DeclarationSummary;
import org.ohsonline.declaration.DeclarationView;
import org.ohsonline.declaration.Declarations;
import org.ohsonline.portal.IssuedDocument;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.ExposedWorkforce;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DeclarationService implements Declarations {

	private final DeclarationStore store;

	private final DeclarationRules rules;

	private final DeadlineRules deadlines;

	private final ClockService clocks;

	private final ReceiptWriter receipts;

	private final Employers employers;

	private final Workers workers;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DeclarationService(DeclarationStore store, DeclarationRules rules, DeadlineRules deadlines, ClockService clocks,
			ReceiptWriter receipts, Employers employers, Workers workers, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.workers = workers;
		this.store = store;
		this.rules = rules;
		this.deadlines = deadlines;
		this.clocks = clocks;
		this.receipts = receipts;
		this.employers = employers;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<DeclarationSummary> search(Actor actor, DeclarationFilter filter, PageQuery page) {
		actor.require(DeclarationPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		return Page.of(this.store.page(scope, region.get(), filter, page), this.store.count(scope, region.get(), filter),
				page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, DeclarationFilter filter, Consumer<DeclarationSummary> consumer) {
		actor.require(DeclarationPermissions.READ);
		ScopeFilter.narrowRegion(actor, filter.region())
			.ifPresent(region -> this.store.forEach(ScopeFilter.of(actor), region, filter, consumer));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, DeclarationSummary> lastAcceptedOf(Actor actor, java.util.Collection<Long> employerIds) {
		actor.require(DeclarationPermissions.READ);
		return employerIds.isEmpty() ? Map.of() : this.store.lastAcceptedOf(ScopeFilter.of(actor), employerIds);
	}

	@Override
	@Transactional(readOnly = true)
	public DeclarationView find(Actor actor, long id) {
		actor.require(DeclarationPermissions.READ);
		return view(visible(actor, id));
	}

	@Override
	@Transactional(readOnly = true)
	public DeclarationCommand proposal(Actor actor, long employerId) {
		actor.require(DeclarationPermissions.READ);
		EmployerView employer = this.employers.find(actor, employerId);
		ExposedWorkforce exposed = this.workers.exposed(actor, employerId);
		Map<String, List<String>> posts = new LinkedHashMap<>();
		for (StructureViews.Site site : this.employers.structure(actor, employerId)) {
			for (StructureViews.Workshop workshop : site.workshops()) {
				for (StructureViews.Post post : workshop.posts()) {
					for (StructureViews.Hazard hazard : post.hazards()) {
						posts.computeIfAbsent(hazard.code(), k -> new ArrayList<>())
							.add(workshop.name() + "/" + post.name());
					}
				}
			}
		}
		List<DeclarationCommand.Item> items = new ArrayList<>();
		posts.forEach((code, named) -> items
			.add(new DeclarationCommand.Item(code, exposed.of(code), String.join("、", named), null)));
		return new DeclarationCommand(employerId, null, List.of(), null, posts.isEmpty() ? null : exposed.total(),
				new DeclarationManagement(employer.legalRepresentative(), null, null, null, null, null), items);
	}

	@Override
	@Transactional
	public DeclarationView draft(Actor actor, DeclarationCommand command) {
		actor.require(DeclarationPermissions.WRITE);
		if (command.employerId() == null) {
			throw InvalidInputException.of("employerId", "declaration.error.employerRequired");
		}
		EmployerView employer = this.employers.find(actor, command.employerId());
		if (this.store.inProgress(employer.id()).isPresent()) {
			throw InvalidInputException.of(null, "declaration.error.inProgress");
		}
		check(command, employer);
		Instant now = now();
		List<DeclarationView.Item> items = this.rules.items(command);
		DeclarationStore.Row row = new DeclarationStore.Row(0, null, employer.id(), employer.creditCode(),
				employer.name(), employer.regionCode(), employer.address(), command.kind(),
				DeclarationRules.reasons(command), null, trimmed(command.measures()), employer.employees(),
				exposedTotal(command), management(command), now, now, null, null, null, null, null, null, null, null, 0);
		long id = this.store.insert(row, actor.username());
		this.store.replaceItems(id, items);
		this.store.history(id, now, "CREATED", actor.displayName(), null);
		DeclarationView created = view(visible(actor, id));
		this.audit.record(actor, "declaration.declaration.drafted", target(created), null, snapshot(created));
		return created;
	}

	@Override
	@Transactional
	public DeclarationView revise(Actor actor, long id, DeclarationCommand command) {
		actor.require(DeclarationPermissions.WRITE);
		DeclarationStore.Row current = visible(actor, id);
		Lifecycle.requireEditable(current.status());
		EmployerView employer = this.employers.find(actor, current.employerId());
		check(command, employer);
		DeclarationView before = view(current);
		List<DeclarationView.Item> items = this.rules.items(command);
		DeclarationStore.Row changed = new DeclarationStore.Row(id, current.number(), current.employerId(),
				current.creditCode(), current.employerName(), current.regionCode(), current.address(), command.kind(),
				DeclarationRules.reasons(command), current.status(), trimmed(command.measures()), employer.employees(),
				exposedTotal(command), management(command), current.createdAt(), now(), current.submittedAt(),
				current.reviewedAt(), current.reviewerName(), current.returnReason(), null, null, null, null,
				current.version());
		if (!this.store.revise(changed)) {
			throw new OptimisticLockingFailureException("Declaration " + id + " was changed concurrently");
		}
		this.store.replaceItems(id, items);
		DeclarationView after = view(visible(actor, id));
		this.audit.record(actor, "declaration.declaration.revised", target(after), snapshot(before), snapshot(after));
		return after;
	}

	@Override
	@Transactional
	public DeclarationView submit(Actor actor, long id) {
		actor.require(DeclarationPermissions.WRITE);
		DeclarationStore.Row current = visible(actor, id);
		DeclarationStatus next = Lifecycle.submit(current.status());
		List<DeclarationView.Item> items = this.store.items(id);
		List<FieldError> errors = this.rules.checkComplete(current.kind(), current.reasons(), current.measures(),
				items.size(), current.totalExposed(), current.management());
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		DeclarationView before = view(current);
		Instant now = now();
		if (!this.store.submitted(id, current.version(), now, actor.username())) {
			throw new OptimisticLockingFailureException("Declaration " + id + " was changed concurrently");
		}
		this.store.history(id, now, current.status() == DeclarationStatus.RETURNED ? "RESUBMITTED" : "SUBMITTED",
				actor.displayName(), null);
		this.clocks.answer(current.employerId(), current.kind(), id);
		DeclarationView after = view(visible(actor, id));
		this.audit.record(actor, "declaration.declaration.submitted", target(after), snapshot(before),
				Map.of("status", next.name(), "submittedAt", now.toString()));
		return after;
	}

	@Override
	@Transactional
	public DeclarationView accept(Actor actor, long id) {
		DeclarationStore.Row current = reviewable(actor, id);
		Lifecycle.accept(current.status());
		// Submitted before the form asked for people and management: only a complete one is accepted.
		List<FieldError> incomplete = this.rules.checkComplete(current.kind(), current.reasons(), current.measures(),
				this.store.items(id).size(), current.totalExposed(), current.management());
		if (!incomplete.isEmpty()) {
			throw new InvalidInputException(incomplete);
		}
		Instant now = now();
		LocalDate today = this.clocks.today();
		Optional<DeclarationStore.Row> previous = this.store.lastAccepted(current.employerId());
		if (!this.store.accepted(id, current.version(), now, actor.username(), actor.displayName(), today)) {
			throw new OptimisticLockingFailureException("Declaration " + id + " was changed concurrently");
		}
		this.clocks.meet(id, current.submittedAt().atZone(ClockService.ZONE).toLocalDate());
		List<DeclarationView.Item> items = this.store.items(id);
		IssuedDocument receipt = this.receipts.issue(actor, current, items, today, actor.displayName(),
				previous.map(DeclarationStore.Row::receiptCode).orElse(null));
		this.store.receipt(id, ReceiptWriter.receiptNumber(current.number()), receipt.link().code(), receipt.sha256(),
				receipt.pdf());
		this.store.history(id, now, "ACCEPTED", actor.displayName(), ReceiptWriter.receiptNumber(current.number()));
		DeclarationView after = view(visible(actor, id));
		this.audit.record(actor, "declaration.declaration.accepted", target(after), Map.of("status", "SUBMITTED"),
				Map.of("status", "ACCEPTED", "acceptedOn", today.toString(), "receiptNumber", after.receiptNumber(),
						"receiptCode", receipt.link().code(), "receiptSha256", receipt.sha256()));
		this.events.publishEvent(new DeclarationAccepted(id, after.number(), after.employerId(), after.creditCode(),
				after.regionCode(), after.kind(), items.stream().map(DeclarationView.Item::hazardCode).toList(),
				after.totalExposed(), today, receipt.link().code()));
		return after;
	}

	@Override
	@Transactional
	public DeclarationView giveBack(Actor actor, long id, String reasons) {
		DeclarationStore.Row current = reviewable(actor, id);
		Lifecycle.giveBack(current.status(), reasons);
		Instant now = now();
		if (!this.store.returned(id, current.version(), now, actor.username(), actor.displayName(), reasons.trim())) {
			throw new OptimisticLockingFailureException("Declaration " + id + " was changed concurrently");
		}
		this.clocks.reopen(id);
		this.store.history(id, now, "RETURNED", actor.displayName(), reasons.trim());
		DeclarationView after = view(visible(actor, id));
		this.audit.record(actor, "declaration.declaration.returned", target(after), Map.of("status", "SUBMITTED"),
				Map.of("status", "RETURNED", "reasons", reasons.trim()));
		return after;
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] receipt(Actor actor, long id) {
		actor.require(DeclarationPermissions.READ);
		DeclarationStore.Row row = visible(actor, id);
		return this.store.receiptPdf(row.id()).orElseThrow(() -> new NotFoundException("receipt", id));
	}

	/** Only supervisors of the declaration's region review it. */
	private DeclarationStore.Row reviewable(Actor actor, long id) {
		actor.require(DeclarationPermissions.REVIEW);
		if (actor.channel() != Actor.Channel.SYSTEM && actor.scope().kind() != Scope.Kind.REGION) {
			throw new AccessDeniedException("reviewing declarations needs a regional scope");
		}
		return visible(actor, id);
	}

	private void check(DeclarationCommand command, EmployerView employer) {
		// A standing declaration: the latest accepted one, unless it cancelled the employer's declaration.
		boolean hasAccepted = this.store.lastAccepted(employer.id())
			.filter(d -> d.kind() != org.ohsonline.declaration.DeclarationKind.CANCELLATION)
			.isPresent();
		List<FieldError> errors = this.rules.check(command, hasAccepted,
				DeclarationRules.codes(this.deadlines.changeReasons(this.clocks.today())), employer.employees());
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private DeclarationStore.Row visible(Actor actor, long id) {
		return this.store.find(ScopeFilter.of(actor), id).orElseThrow(() -> new NotFoundException("declaration", id));
	}

	private DeclarationView view(DeclarationStore.Row row) {
		return new DeclarationView(row.id(), row.number(), row.employerId(), row.creditCode(), row.employerName(),
				row.regionCode(), row.address(), row.kind(), row.reasons(), row.status(), row.measures(),
				this.store.items(row.id()), row.workforce(), row.totalExposed(), row.management(), row.createdAt(),
				row.submittedAt(), row.reviewedAt(),
				row.reviewerName(), row.returnReason(), row.acceptedOn(), row.receiptNumber(), row.receiptCode(),
				row.receiptSha256(), this.store.history(row.id()));
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

	/** A cancellation declares no one; otherwise the people as declared (each counted once). */
	private static Integer exposedTotal(DeclarationCommand command) {
		return command.kind() == org.ohsonline.declaration.DeclarationKind.CANCELLATION ? Integer.valueOf(0)
				: command.totalExposed();
	}

	private static DeclarationManagement management(DeclarationCommand command) {
		if (command.kind() == org.ohsonline.declaration.DeclarationKind.CANCELLATION) {
			return DeclarationManagement.EMPTY;
		}
		DeclarationManagement m = command.management();
		return new DeclarationManagement(trimmed(m.principalName()), m.principalTrained(), m.organisation(),
				m.fullTimeManagers(), m.partTimeManagers(), m.managersTrained());
	}

	private static String trimmed(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static AuditTarget target(DeclarationView view) {
		return AuditTarget.of("declaration", view.id(), view.regionCode());
	}

	static Map<String, Object> snapshot(DeclarationView view) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("number", view.number());
		state.put("employerId", view.employerId());
		state.put("kind", view.kind().name());
		state.put("reasons", String.join(",", view.reasons()));
		state.put("status", view.status().name());
		state.put("measures", view.measures());
		state.put("workforce", view.workforce());
		state.put("totalExposed", view.totalExposed());
		DeclarationManagement m = view.management();
		state.put("principalName", m.principalName());
		state.put("principalTrained", m.principalTrained());
		state.put("organisation", m.organisation() == null ? null : m.organisation().name());
		state.put("fullTimeManagers", m.fullTimeManagers());
		state.put("partTimeManagers", m.partTimeManagers());
		state.put("managersTrained", m.managersTrained());
		state.put("items", view.items()
			.stream()
			.map(i -> i.hazardCode() + ":" + i.exposedHeadcount())
			.reduce((a, b) -> a + "," + b)
			.orElse(""));
		return state;
	}

}
