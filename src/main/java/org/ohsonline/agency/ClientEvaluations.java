package org.ohsonline.agency;

import java.util.List;

import org.ohsonline.shared.Actor;

/**
 * Employers rate what was delivered to them (timeliness, professionalism, price transparency, 1-5 each, an
 * optional comment): only their own deliveries ({@code agency:evaluation:write} and an employer scope), once
 * each. Deliveries and evaluations are read in scope ({@code agency:evaluation:read}: an employer its own, an
 * organisation its own, a supervisor those of employers in the region).
 */
public interface ClientEvaluations {

	/** Deliveries in scope, newest first; {@code pendingOnly}: those not rated yet. */
	List<DeliveryView> deliveries(Actor actor, boolean pendingOnly, int limit);

	/** Rates a delivery to the actor's employer. */
	DeliveryView evaluate(Actor actor, long deliveryId, EvaluationCommand command);

	/** The aggregate of an organisation in scope ({@code agency:rating:read} or {@code agency:evaluation:read}). */
	EvaluationSummary summary(Actor actor, long agencyId);

	/** The aggregate the public directory shows (no scope; means hidden below the minimum count). */
	EvaluationSummary publishedSummary(long agencyId);

}
