package org.ohsonline.enforcement.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.enforcement.DrawLine;
import org.ohsonline.enforcement.InspectionMode;
import org.ohsonline.enforcement.MonitoringCoverage;
import org.ohsonline.enforcement.NonSiteInspections;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Marking drawn lines for non-site inspection, on the coverage of online monitoring read through the facades. */
@Service
class NonSiteService implements NonSiteInspections {

	private final PlanStore plans;

	private final InspectionStore inspections;

	private final MonitoringEvidence evidence;

	private final AuditTrail audit;

	private final Clock clock;

	NonSiteService(PlanStore plans, InspectionStore inspections, MonitoringEvidence evidence, AuditTrail audit,
			Clock clock) {
		this.plans = plans;
		this.inspections = inspections;
		this.evidence = evidence;
		this.audit = audit;
		this.clock = clock;
	}

	private PlanStore.LineRow inScope(Actor actor, long planId, int seq) {
		return this.plans.line(ScopeFilter.of(actor), planId, seq)
			.orElseThrow(() -> new NotFoundException("draw-line", planId + "/" + seq));
	}

	@Override
	@Transactional(readOnly = true)
	public DrawLine line(Actor actor, long planId, int seq) {
		actor.require(EnforcementPermissions.PLAN_READ);
		inScope(actor, planId, seq);
		return this.plans.drawLine(planId, seq).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public MonitoringCoverage coverage(Actor actor, long planId, int seq) {
		actor.require(EnforcementPermissions.PLAN_READ);
		return this.evidence.coverage(actor, inScope(actor, planId, seq).employerId());
	}

	@Override
	@Transactional
	public DrawLine mark(Actor actor, long planId, int seq) {
		actor.require(EnforcementPermissions.PLAN_WRITE);
		PlanStore.LineRow line = inScope(actor, planId, seq);
		if (this.inspections.byLine(planId, seq).isPresent()) {
			throw InvalidInputException.of("seq", "enforcement.nonSite.started");
		}
		MonitoringCoverage coverage = this.evidence.coverage(actor, line.employerId());
		if (!coverage.complete()) {
			throw InvalidInputException.of("seq", "enforcement.nonSite.notCovered", coverage.covered(),
					coverage.hazards().size());
		}
		this.plans.mode(planId, seq, InspectionMode.NON_SITE, coverage.basis(), actor.displayName(), Instant.now(this.clock));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("plan", planId);
		after.put("seq", seq);
		after.put("mode", InspectionMode.NON_SITE.name());
		after.put("coverage", coverage.basis());
		this.audit.record(actor, "enforcement.line.non-site", AuditTarget.of("plan", planId, line.regionCode()),
				Map.of("mode", line.mode().name()), after);
		return this.plans.drawLine(planId, seq).orElseThrow();
	}

	@Override
	@Transactional
	public DrawLine unmark(Actor actor, long planId, int seq) {
		actor.require(EnforcementPermissions.PLAN_WRITE);
		PlanStore.LineRow line = inScope(actor, planId, seq);
		if (this.inspections.byLine(planId, seq).isPresent()) {
			throw InvalidInputException.of("seq", "enforcement.nonSite.started");
		}
		this.plans.mode(planId, seq, InspectionMode.ON_SITE, null, actor.displayName(), Instant.now(this.clock));
		this.audit.record(actor, "enforcement.line.on-site", AuditTarget.of("plan", planId, line.regionCode()),
				Map.of("mode", line.mode().name()), Map.of("plan", planId, "seq", seq, "mode", InspectionMode.ON_SITE.name()));
		return this.plans.drawLine(planId, seq).orElseThrow();
	}

}
