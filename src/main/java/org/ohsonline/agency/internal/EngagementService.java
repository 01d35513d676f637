package org.ohsonline.agency.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.EngagementCommand;
import org.ohsonline.agency.EngagementView;
import org.ohsonline.agency.Engagements;
import org.ohsonline.agency.ServiceType;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagements of agencies and institutions by employers. The employer is found in the register by
 * its credit code through the registry's facade (this module never reads the register's tables),
 * and its name and region are kept with the engagement as they were on that day.
 */
@Service
class EngagementService implements Engagements {

	/** Looks employers up by their public credit code; reads nothing else of the register. */
	private static final Actor LOOKUP = Actor.system("agency-engagements");

	private final EngagementStore store;

	private final AgencyStore agencies;

	private final ScopeStore scopes;

	private final Employers employers;

	private final AuditTrail audit;

	private final Clock clock;

	EngagementService(EngagementStore store, AgencyStore agencies, ScopeStore scopes, Employers employers,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.agencies = agencies;
		this.scopes = scopes;
		this.employers = employers;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<EngagementView> ofAgency(Actor actor, long agencyId) {
		actor.require(AgencyPermissions.READ);
		visible(actor, agencyId);
		return this.store.ofAgency(agencyId, today());
	}

	@Override
	@Transactional
	public EngagementView add(Actor actor, long agencyId, EngagementCommand command) {
		actor.require(AgencyPermissions.ENGAGEMENT_WRITE);
		AgencyStore.Row agency = visible(actor, agencyId);
		List<FieldError> errors = new ArrayList<>();
		String code = command.employerCreditCode() == null ? null
				: command.employerCreditCode().trim().toUpperCase(Locale.ROOT);
		Optional<EmployerSummary> employer = Optional.empty();
		Optional<FieldError> problem = CreditCode.check("employerCreditCode", code);
		if (problem.isPresent()) {
			errors.add(problem.get());
		}
		else {
			employer = employer(code);
			if (employer.isEmpty()) {
				errors.add(FieldError.of("employerCreditCode", "agency.engagement.employerUnknown", code));
			}
		}
		ServiceType service = command.serviceType();
		if (service == null || service.kind() != agency.kind()) {
			errors.add(FieldError.of("serviceType", "agency.engagement.serviceNotOffered"));
		}
		else if (service.jobType().isPresent() && !this.scopes.read(agencyId).jobTypes().contains(service.jobType().get())) {
			errors.add(FieldError.of("serviceType", "agency.engagement.serviceOutsideScope"));
		}
		if (command.startsOn() == null) {
			errors.add(FieldError.of("startsOn", "agency.engagement.startsOnRequired"));
		}
		if (command.endsOn() == null || (command.startsOn() != null && command.endsOn().isBefore(command.startsOn()))) {
			errors.add(FieldError.of("endsOn", "agency.engagement.endsOnInvalid"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		EmployerSummary client = employer.orElseThrow();
		long id = this.store.insert(agencyId, client.id(), client.creditCode(), client.name(), client.regionCode(), service,
				command.startsOn(), command.endsOn(), Instant.now(this.clock));
		EngagementView created = this.store.find(id, today()).orElseThrow();
		this.audit.record(actor, "agency.engagement.added", target(agency), null, snapshot(created));
		return created;
	}

	@Override
	@Transactional
	public EngagementView end(Actor actor, long engagementId, LocalDate endsOn) {
		actor.require(AgencyPermissions.ENGAGEMENT_WRITE);
		LocalDate today = today();
		EngagementView current = this.store.find(engagementId, today)
			.orElseThrow(() -> new NotFoundException("engagement", engagementId));
		AgencyStore.Row agency = this.agencies.find(AgencyScope.of(actor), current.agencyId())
			.orElseThrow(() -> new NotFoundException("engagement", engagementId));
		if (endsOn == null || endsOn.isBefore(current.startsOn()) || endsOn.isAfter(current.endsOn())) {
			throw InvalidInputException.of("endsOn", "agency.engagement.endInvalid");
		}
		this.store.end(engagementId, endsOn);
		EngagementView after = this.store.find(engagementId, today).orElseThrow();
		this.audit.record(actor, "agency.engagement.ended", target(agency), snapshot(current), snapshot(after));
		return after;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgencyRef> engagedBy(long employerId, ServiceType serviceType, LocalDate on) {
		if (serviceType == null) {
			return List.of();
		}
		return this.store.agenciesOf(employerId, serviceType, on == null ? today() : on)
			.stream()
			.map(id -> this.agencies.find(id).map(AgencyStore.Row::reference))
			.flatMap(Optional::stream)
			.toList();
	}

	private Optional<EmployerSummary> employer(String creditCode) {
		return this.employers
			.search(LOOKUP, new EmployerFilter(creditCode, null, null, null, null, null, null), PageQuery.of(1, 5))
			.items()
			.stream()
			.filter(e -> e.creditCode().equals(creditCode))
			.findFirst();
	}

	private AgencyStore.Row visible(Actor actor, long agencyId) {
		return this.agencies.find(AgencyScope.of(actor), agencyId)
			.orElseThrow(() -> new NotFoundException("agency", agencyId));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static AuditTarget target(AgencyStore.Row agency) {
		return AuditTarget.of("agency", agency.id(), agency.regionCode());
	}

	private static Map<String, Object> snapshot(EngagementView view) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("engagementId", view.id());
		state.put("employerId", view.employerId());
		state.put("employerCreditCode", view.employerCreditCode());
		state.put("employerName", view.employerName());
		state.put("serviceType", view.serviceType().name());
		state.put("startsOn", view.startsOn().toString());
		state.put("endsOn", view.endsOn().toString());
		return state;
	}


}
