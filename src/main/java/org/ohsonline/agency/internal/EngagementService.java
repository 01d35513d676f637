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

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.EngagementCommand;
import org.ohsonline.agency.EngagementView;
import org.ohsonline.agency.Engagements;
import org.ohsonline.agency.ServiceType;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.EngagementStatus;
import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.Notice;
import org.ohsonline.registry.AccessGrants;
import org.ohsonline.registry.EmployerGrant;
import org.ohsonline.registry.EmployerRef;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.GrantReason;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeKeys;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagements of agencies and institutions by employers. The employer is found in the register by
 * its public credit code through the registry's facade (this module never reads the register's
 * tables), and its name and region are kept with the engagement as they were on that day. An
 * accepted engagement opens the employer to the organisation through a registry grant that ends
 * with the engagement.
 */
@Service
class EngagementService implements Engagements {

	private final EngagementStore store;

	private final AgencyStore agencies;

	private final ScopeStore scopes;

	private final Employers employers;

	private final AccessGrants grants;

	private final Inbox inbox;

	private final AuditTrail audit;

	private final Clock clock;

	private final BlacklistStore blacklist;

	EngagementService(EngagementStore store, AgencyStore agencies, ScopeStore scopes, Employers employers,
			AccessGrants grants, Inbox inbox, AuditTrail audit, Clock clock, BlacklistStore blacklist) {
		this.blacklist = blacklist;
		this.grants = grants;
		this.inbox = inbox;
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
		Optional<EmployerRef> employer = Optional.empty();
		Optional<FieldError> problem = CreditCode.check("employerCreditCode", code);
		if (problem.isPresent()) {
			errors.add(problem.get());
		}
		else {
			// An employer of the agency's province (and, for a supervisor recording it, of their region);
			// any other is unknown here, so a proposal never reaches beyond the platform's jurisdiction.
			String province = agency.regionCode().substring(0, 2);
			employer = this.employers.byCreditCode(code)
				.filter(e -> e.regionCode().startsWith(province))
				.filter(e -> actor.scope().kind() != Scope.Kind.REGION || actor.scope().coversRegion(e.regionCode()));
			if (employer.isEmpty()) {
				errors.add(FieldError.of("employerCreditCode", "agency.engagement.employerUnknown", code));
			}
		}
		blacklisted(agencyId).ifPresent(errors::add);
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
		EmployerRef client = employer.orElseThrow();
		// Recorded by a supervisor of the employer's region, the engagement stands accepted; recorded
		// by the organisation, it waits for the employer.
		boolean byAuthority = actor.scope().coversRegion(client.regionCode());
		long id = this.store.insert(agencyId, client.id(), client.creditCode(), client.name(), client.regionCode(), service,
				command.startsOn(), command.endsOn(), byAuthority ? EngagementStatus.ACCEPTED : EngagementStatus.PROPOSED,
				Instant.now(this.clock));
		EngagementView created = this.store.find(id, today()).orElseThrow();
		this.audit.record(actor, "agency.engagement.added", target(agency), null, snapshot(created));
		if (byAuthority) {
			grant(actor, created, agency);
		}
		else {
			this.inbox.deliver(new Notice(new Scope(Scope.Kind.EMPLOYER, client.creditCode()), AgencyPermissions.ENGAGEMENT_ACCEPT,
					"agency.notice.engagementProposed", List.of(agency.name()), "/engagements", "agency:engagement:" + id));
		}
		return created;
	}

	@Override
	@Transactional(readOnly = true)
	public List<EngagementView> list(Actor actor, EngagementStatus status) {
		actor.require(AgencyPermissions.READ_ENGAGEMENTS);
		return this.store.list(ScopeFilter.of(actor), status, today());
	}

	@Override
	@Transactional
	public EngagementView accept(Actor actor, long engagementId) {
		return answer(actor, engagementId, EngagementStatus.ACCEPTED);
	}

	@Override
	@Transactional
	public EngagementView decline(Actor actor, long engagementId) {
		return answer(actor, engagementId, EngagementStatus.DECLINED);
	}

	private EngagementView answer(Actor actor, long engagementId, EngagementStatus answer) {
		actor.require(AgencyPermissions.ENGAGEMENT_ACCEPT);
		EngagementView current = this.store.find(engagementId, today())
			.filter(g -> ScopeFilter.of(actor).covers(ScopeKeys.of(g.employerRegionCode(), g.employerCreditCode())))
			.orElseThrow(() -> new NotFoundException("engagement", engagementId));
		if (current.status() != EngagementStatus.PROPOSED) {
			throw InvalidInputException.of("status", "agency.engagement.answered");
		}
		if (answer == EngagementStatus.ACCEPTED) {
			Optional<FieldError> blocked = blacklisted(current.agencyId());
			if (blocked.isPresent()) {
				throw new InvalidInputException(List.of(blocked.get()));
			}
		}
		this.store.answer(engagementId, answer, actor.username(), Instant.now(this.clock));
		EngagementView after = this.store.find(engagementId, today()).orElseThrow();
		AgencyStore.Row agency = this.agencies.find(after.agencyId()).orElseThrow();
		this.audit.record(actor, "agency.engagement." + answer.name().toLowerCase(Locale.ROOT), target(agency),
				snapshot(current), snapshot(after));
		if (answer == EngagementStatus.ACCEPTED) {
			grant(actor, after, agency);
		}
		return after;
	}

	/** Opens the employer's profile and structure to the organisation for the contract period. */
	private void grant(Actor actor, EngagementView engagement, AgencyStore.Row agency) {
		this.grants.grantEmployer(actor, engagement.employerId(), grantee(agency), GrantReason.ENGAGEMENT,
				reference(engagement.id()), engagement.endsOn());
	}

	@Override
	@Transactional
	public void reconcileGrants(Actor actor) {
		List<EmployerGrant> wanted = this.store.acceptedInForce(today())
			.stream()
			.map(g -> new EmployerGrant(g.employerId(), grantee(this.agencies.find(g.agencyId()).orElseThrow()),
					GrantReason.ENGAGEMENT, reference(g.id()), g.endsOn()))
			.toList();
		this.grants.ensureEmployerGrants(actor, wanted);
	}

	private static Scope grantee(AgencyStore.Row agency) {
		return new Scope(agency.kind() == AgencyKind.SERVICE_AGENCY ? Scope.Kind.AGENCY : Scope.Kind.INSTITUTION,
				agency.creditCode());
	}

	private static String reference(long engagementId) {
		return "engagement:" + engagementId;
	}

	@Override
	@Transactional
	public EngagementView end(Actor actor, long engagementId, LocalDate endsOn) {
		actor.require(AgencyPermissions.ENGAGEMENT_WRITE);
		LocalDate today = today();
		EngagementView current = this.store.find(engagementId, today)
			.orElseThrow(() -> new NotFoundException("engagement", engagementId));
		AgencyStore.Row agency = this.agencies.find(ScopeFilter.of(actor), current.agencyId())
			.orElseThrow(() -> new NotFoundException("engagement", engagementId));
		if (endsOn == null || endsOn.isBefore(current.startsOn()) || endsOn.isAfter(current.endsOn())) {
			throw InvalidInputException.of("endsOn", "agency.engagement.endInvalid");
		}
		this.store.end(engagementId, endsOn);
		EngagementView after = this.store.find(engagementId, today).orElseThrow();
		this.audit.record(actor, "agency.engagement.ended", target(agency), snapshot(current), snapshot(after));
		// The grant ends with the engagement: revoked now, and given again up to the new last day.
		this.grants.revoke(actor, GrantReason.ENGAGEMENT, reference(engagementId));
		if (after.status() == EngagementStatus.ACCEPTED && !endsOn.isBefore(today)) {
			grant(Actor.system("agency-engagements"), after, agency);
		}
		return after;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgencyRef> engagedBy(long employerId, ServiceType serviceType, LocalDate on) {
		if (serviceType == null) {
			return List.of();
		}
		LocalDate day = on == null ? today() : on;
		LocalDate blacklistDay = on == null ? LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))) : on;
		// A blacklisted organisation is engaged for no new job while its entry is in force.
		return this.store.agenciesOf(employerId, serviceType, day)
			.stream()
			.filter(id -> this.blacklist.inForce(id, blacklistDay).isEmpty())
			.map(id -> this.agencies.find(id).map(AgencyStore.Row::reference))
			.flatMap(Optional::stream)
			.toList();
	}

	/** Why the organisation cannot be engaged today, when a blacklist entry is in force: its last day told. */
	private Optional<FieldError> blacklisted(long agencyId) {
		return this.blacklist.inForce(agencyId, LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))))
			.map(entry -> FieldError.of(null, "agency.engagement.blacklisted", entry.agencyName(),
					entry.endsOn().toString()));
	}

	private AgencyStore.Row visible(Actor actor, long agencyId) {
		return this.agencies.find(ScopeFilter.of(actor), agencyId)
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
		state.put("status", view.status().name());
		return state;
	}


}
