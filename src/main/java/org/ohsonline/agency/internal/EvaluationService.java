package org.ohsonline.agency.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.agency.ClientEvaluations;
import org.ohsonline.agency.DeliveryView;
import org.ohsonline.agency.EvaluationCommand;
import org.ohsonline.agency.EvaluationSummary;
import org.ohsonline.agency.ServiceDeliveries;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.registry.EmployerRef;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deliveries told by testing and surveillance, and the employers' evaluations of them. An evaluation is the
 * employer's own act (an employer scope naming the delivery's employer), once per delivery; it changes the
 * organisation's rating after it commits ({@link RatingInputsChanged}).
 */
@Service
class EvaluationService implements ServiceDeliveries, ClientEvaluations {

	private final DeliveryStore store;

	private final AgencyStore agencies;

	private final Employers employers;

	private final RatingService ratings;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EvaluationService(DeliveryStore store, AgencyStore agencies, Employers employers, RatingService ratings,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.agencies = agencies;
		this.employers = employers;
		this.ratings = ratings;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void jobDelivered(JobDelivery delivery) {
		if (this.agencies.find(delivery.agencyId()).isEmpty()) {
			return;
		}
		EmployerRef employer = this.employers.refOf(delivery.employerId()).orElse(null);
		if (employer == null) {
			return;
		}
		if (this.store.insertJob(delivery.agencyId(), delivery.jobId(), delivery.number(), employer.id(),
				employer.creditCode(), employer.name(), employer.regionCode(), delivery.samplingTo(),
				delivery.reviewedOn(), delivery.synthetic(), Instant.now(this.clock))) {
			this.events.publishEvent(new RatingInputsChanged(delivery.agencyId(), "DELIVERY"));
		}
	}

	@Override
	@Transactional
	public void examDelivered(ExamDelivery delivery) {
		if (this.agencies.find(delivery.institutionId()).isEmpty()) {
			return;
		}
		EmployerRef employer = this.employers.refOf(delivery.employerId()).orElse(null);
		if (employer == null) {
			return;
		}
		this.store.addExam(delivery.institutionId(), delivery.examId(), employer.id(), employer.creditCode(),
				employer.name(), employer.regionCode(), delivery.examinedOn(), Instant.now(this.clock));
	}

	@Override
	@Transactional(readOnly = true)
	public List<DeliveryView> deliveries(Actor actor, boolean pendingOnly, int limit) {
		actor.require(AgencyPermissions.EVALUATION_READ);
		return this.store.list(ScopeFilter.of(actor), pendingOnly, Math.max(1, Math.min(limit, 500)));
	}

	@Override
	@Transactional
	public DeliveryView evaluate(Actor actor, long deliveryId, EvaluationCommand command) {
		actor.require(AgencyPermissions.EVALUATION_WRITE);
		DeliveryView delivery = this.store.find(ScopeFilter.of(actor), deliveryId)
			.orElseThrow(() -> new NotFoundException("delivery", deliveryId));
		// Only the employer it was delivered to rates it: a supervisor who sees it does not rate for the employer.
		if (actor.scope().kind() != Scope.Kind.EMPLOYER) {
			throw new AccessDeniedException(AgencyPermissions.EVALUATION_WRITE);
		}
		if (delivery.evaluation() != null) {
			throw InvalidInputException.of(null, "agency.evaluation.already");
		}
		List<FieldError> errors = new ArrayList<>();
		EvaluationCommand c = command == null ? new EvaluationCommand(null, null, null, null) : command;
		mark(errors, "timeliness", c.timeliness());
		mark(errors, "professionalism", c.professionalism());
		mark(errors, "priceTransparency", c.priceTransparency());
		String comment = c.comment() == null || c.comment().isBlank() ? null : c.comment().trim();
		if (comment != null && comment.length() > 1000) {
			errors.add(FieldError.of("comment", "agency.evaluation.commentTooLong"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (!this.store.evaluate(deliveryId, delivery.agencyId(), c, comment, actor.username(), Instant.now(this.clock))) {
			throw InvalidInputException.of(null, "agency.evaluation.already");
		}
		DeliveryView after = this.store.find(ScopeFilter.of(actor), deliveryId).orElseThrow();
		this.audit.record(actor, "agency.evaluation.recorded",
				AuditTarget.of("agency", delivery.agencyId(), delivery.employerRegionCode()), null, snapshot(after));
		this.events.publishEvent(new RatingInputsChanged(delivery.agencyId(), "EVALUATION"));
		return after;
	}

	private static void mark(List<FieldError> errors, String field, Integer value) {
		if (value == null || value < 1 || value > 5) {
			errors.add(FieldError.of(field, "agency.evaluation.markInvalid"));
		}
	}

	@Override
	@Transactional(readOnly = true)
	public EvaluationSummary summary(Actor actor, long agencyId) {
		if (!actor.can(AgencyPermissions.RATING_READ) && !actor.can(AgencyPermissions.EVALUATION_READ)) {
			throw new AccessDeniedException(AgencyPermissions.EVALUATION_READ);
		}
		this.agencies.find(ScopeFilter.of(actor), agencyId).orElseThrow(() -> new NotFoundException("agency", agencyId));
		return publishedSummary(agencyId);
	}

	@Override
	@Transactional(readOnly = true)
	public EvaluationSummary publishedSummary(long agencyId) {
		int minimum = Math.max(1, this.ratings.rules(LocalDate.now(this.clock)).parameter("MIN_EVALUATIONS", 3));
		DeliveryStore.Means means = this.store.means(agencyId);
		boolean shown = means.count() >= minimum;
		return new EvaluationSummary(agencyId, means.count(), minimum, shown, shown ? means.timeliness() : null,
				shown ? means.professionalism() : null, shown ? means.priceTransparency() : null);
	}

	private static Map<String, Object> snapshot(DeliveryView view) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("deliveryId", view.id());
		state.put("kind", view.kind().name());
		state.put("subjectNumber", view.subjectNumber());
		state.put("employerId", view.employerId());
		state.put("timeliness", view.evaluation().timeliness());
		state.put("professionalism", view.evaluation().professionalism());
		state.put("priceTransparency", view.evaluation().priceTransparency());
		state.put("comment", view.evaluation().comment());
		return state;
	}

}
