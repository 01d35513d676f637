package org.ohsonline.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.monitoring.AlertConfirmedAsViolation;
import org.ohsonline.monitoring.AlertFilter;
import org.ohsonline.monitoring.AlertStatus;
import org.ohsonline.monitoring.AlertView;
import org.ohsonline.monitoring.Alerts;
import org.ohsonline.monitoring.ExposureAlertRaised;
import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.Notice;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alert lifecycle. Each transition is one guarded update (the expected status is part of the
 * {@code where}), so two people acting at once cannot both succeed; every transition is audited and
 * tells the next party through the inbox.
 */
@Service
class AlertService implements Alerts {


	private final AlertStore store;

	private final AuditTrail audit;

	private final Inbox inbox;

	private final ApplicationEventPublisher events;

	private final MonitoringSettings settings;

	private final Clock clock;

	AlertService(AlertStore store, AuditTrail audit, Inbox inbox, ApplicationEventPublisher events,
			MonitoringSettings settings, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.inbox = inbox;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/** Raises (or updates the open alert for) an exceedance found by ingestion; joins its transaction. */
	void raise(DeviceRef device, ExposureEvaluator.Exceedance exceedance, Instant received) {
		Instant now = Instant.now(this.clock);
		AlertStore.Raised raised = this.store.raise(device, exceedance, device.unit(), received, now,
				now.plus(this.settings.acknowledgeWithin()));
		if (!raised.created()) {
			return;
		}
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("kind", exceedance.kind().name());
		state.put("device", device.code());
		state.put("observed", exceedance.observed());
		state.put("limit", exceedance.limit());
		state.put("unit", device.unit());
		state.put("at", exceedance.at().toString());
		this.audit.record(Actor.system("monitoring"), "monitoring.alert.raised",
				AuditTarget.of("alert", raised.id(), device.regionCode()), null, state);
		this.events.publishEvent(new ExposureAlertRaised(raised.id(), exceedance.kind(), device.id(),
				device.employerId(), device.regionCode(), device.postId(), device.hazardCode(), exceedance.observed(),
				exceedance.limit(), device.unit(), received, now));
		// The kind is a label, resolved in each reader's language when the inbox is read.
		List<String> arguments = List.of(device.code(), "#{monitoring.kind." + exceedance.kind().name() + "}",
				format(exceedance.observed()), format(exceedance.limit()), device.unit());
		this.inbox.deliver(new Notice(new Scope(Scope.Kind.EMPLOYER, device.creditCode()),
				MonitoringPermissions.ALERT_ACKNOWLEDGE, "monitoring.notice.raised", arguments, link(raised.id()),
				source(raised.id())));
		this.inbox.deliver(new Notice(Scope.region(device.regionCode()), MonitoringPermissions.ALERT_READ,
				"monitoring.notice.raised", arguments, link(raised.id()), source(raised.id())));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<AlertView> search(Actor actor, AlertFilter filter, PageQuery page) {
		actor.require(MonitoringPermissions.ALERT_READ);
		var region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		return Page.of(this.store.page(scope, region.get(), filter, actor.username(), page.size(), page.offset()),
				this.store.count(scope, region.get(), filter, actor.username()), page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, AlertFilter filter, Consumer<AlertView> consumer) {
		actor.require(MonitoringPermissions.ALERT_READ);
		ScopeFilter.narrowRegion(actor, filter.region())
			.ifPresent(region -> this.store.forEach(ScopeFilter.of(actor), region, filter, actor.username(), consumer));
	}

	@Override
	@Transactional(readOnly = true)
	public AlertView find(Actor actor, long id) {
		actor.require(MonitoringPermissions.ALERT_READ);
		return visible(actor, id);
	}

	@Override
	@Transactional
	public AlertView acknowledge(Actor actor, long id, String explanation) {
		actor.require(MonitoringPermissions.ALERT_ACKNOWLEDGE);
		AlertView alert = visible(actor, id);
		if (actor.scope().kind() != Scope.Kind.EMPLOYER) {
			throw new AccessDeniedException("only the employer's own staff acknowledge its alerts");
		}
		String text = note(explanation, "explanation");
		if (!this.store.acknowledge(id, actor.username(), text, Instant.now(this.clock))) {
			throw InvalidInputException.of(null, "monitoring.alert.notAcknowledgeable");
		}
		AlertView after = visible(actor, id);
		this.audit.record(actor, "monitoring.alert.acknowledged", target(after), snapshot(alert), snapshot(after));
		this.inbox.deliver(new Notice(Scope.region(after.regionCode()), MonitoringPermissions.ALERT_VERIFY,
				"monitoring.notice.verify", List.of(after.deviceCode(), after.employerName()), link(id), source(id)));
		return after;
	}

	@Override
	@Transactional
	public AlertView startVerification(Actor actor, long id) {
		actor.require(MonitoringPermissions.ALERT_VERIFY);
		AlertView alert = regionVisible(actor, id);
		if (!this.store.startVerification(id, actor.username(), Instant.now(this.clock))) {
			throw InvalidInputException.of(null, "monitoring.alert.notAwaitingVerification");
		}
		AlertView after = visible(actor, id);
		this.audit.record(actor, "monitoring.alert.verification-started", target(after), snapshot(alert),
				snapshot(after));
		return after;
	}

	@Override
	@Transactional
	public AlertView closeAsExplained(Actor actor, long id, String note) {
		return resolve(actor, id, note, AlertStatus.CLOSED);
	}

	@Override
	@Transactional
	public AlertView confirmViolation(Actor actor, long id, String note) {
		AlertView after = resolve(actor, id, note, AlertStatus.CONFIRMED);
		this.events.publishEvent(new AlertConfirmedAsViolation(after.id(), after.kind(), after.employerId(),
				this.creditCodeOf(after), after.regionCode(), after.postId(), after.hazardCode(), after.observed(),
				after.limit(), after.unit(), after.firstAt(), after.lastAt(), after.inspector(), after.resolutionNote(),
				after.resolvedAt()));
		return after;
	}

	private String creditCodeOf(AlertView alert) {
		return this.store.creditCodeOf(alert.id());
	}

	private AlertView resolve(Actor actor, long id, String note, AlertStatus outcome) {
		actor.require(MonitoringPermissions.ALERT_VERIFY);
		AlertView alert = regionVisible(actor, id);
		String text = note(note, "note");
		if (alert.status() != AlertStatus.VERIFYING || !actor.username().equals(alert.inspector())
				|| !this.store.resolve(id, outcome, actor.username(), text, Instant.now(this.clock))) {
			throw InvalidInputException.of(null, "monitoring.alert.notVerifyingByYou");
		}
		AlertView after = visible(actor, id);
		this.audit.record(actor, outcome == AlertStatus.CLOSED ? "monitoring.alert.closed" : "monitoring.alert.confirmed",
				target(after), snapshot(alert), snapshot(after));
		this.inbox.deliver(new Notice(new Scope(Scope.Kind.EMPLOYER, this.store.creditCodeOf(id)),
				MonitoringPermissions.ALERT_READ,
				outcome == AlertStatus.CLOSED ? "monitoring.notice.closed" : "monitoring.notice.confirmed",
				List.of(after.deviceCode()), link(id), source(id)));
		return after;
	}

	/** Escalates alerts not acknowledged in time (every minute, once across instances). */
	@Scheduled(fixedDelayString = "${ohs.monitoring.escalation-check:60s}", initialDelayString = "30s")
	@SchedulerLock(name = "monitoring.alert-escalation", lockAtMostFor = "5m")
	@Transactional
	public void escalateOverdue() {
		escalate(Instant.now(this.clock));
	}

	@Transactional
	public List<AlertView> escalate(Instant now) {
		List<AlertView> escalated = this.store.escalateOverdue(now);
		Actor system = Actor.system("monitoring");
		for (AlertView alert : escalated) {
			this.audit.record(system, "monitoring.alert.escalated", target(alert), Map.of("escalated", false),
					Map.of("escalated", true, "acknowledgeDue", alert.acknowledgeDue().toString()));
			this.inbox.deliver(new Notice(Scope.region(alert.regionCode()), MonitoringPermissions.ALERT_VERIFY,
					"monitoring.notice.escalated", List.of(alert.deviceCode(), alert.employerName()), link(alert.id()),
					source(alert.id())));
			this.inbox.deliver(new Notice(new Scope(Scope.Kind.EMPLOYER, this.store.creditCodeOf(alert.id())),
					MonitoringPermissions.ALERT_ACKNOWLEDGE, "monitoring.notice.overdue", List.of(alert.deviceCode()),
					link(alert.id()), source(alert.id())));
		}
		return escalated;
	}

	private AlertView visible(Actor actor, long id) {
		return this.store.find(id, ScopeFilter.of(actor)).orElseThrow(() -> new NotFoundException("alert", id));
	}

	/** Inspectors act within their region only. */
	private AlertView regionVisible(Actor actor, long id) {
		if (actor.scope().kind() != Scope.Kind.REGION) {
			throw new AccessDeniedException("verification needs a regional scope");
		}
		return visible(actor, id);
	}

	private static String note(String text, String field) {
		if (text == null || text.isBlank()) {
			throw InvalidInputException.of(field, "monitoring.alert.noteRequired");
		}
		Limits.enforce(field, text, Limits.TEXT);
		return text.trim();
	}

	private static AuditTarget target(AlertView alert) {
		return AuditTarget.of("alert", alert.id(), alert.regionCode());
	}

	private static Map<String, Object> snapshot(AlertView alert) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("status", alert.status().name());
		state.put("explanation", alert.explanation());
		state.put("inspector", alert.inspector());
		state.put("resolutionNote", alert.resolutionNote());
		return state;
	}

	private static String link(long id) {
		return "/monitoring/alerts/" + id;
	}

	private static String source(long id) {
		return "monitoring:alert:" + id;
	}

	static String format(double value) {
		return String.format(java.util.Locale.ROOT, "%.3g", value);
	}

}
