package org.ohsonline.enforcement.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.enforcement.Conflict;
import org.ohsonline.enforcement.DrawLine;
import org.ohsonline.enforcement.InspectionPlans;
import org.ohsonline.enforcement.PlanCommand;
import org.ohsonline.enforcement.PlanFilter;
import org.ohsonline.enforcement.PlanStatus;
import org.ohsonline.enforcement.PlanView;
import org.ohsonline.iam.StaffMember;
import org.ohsonline.iam.UserDirectory;
import org.ohsonline.reference.Divisions;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerStatus;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.risk.PortraitFilter;
import org.ohsonline.risk.RiskPortraits;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting, committing and drawing random inspection plans; conflicts of interest. Every write audited. */
@Service
class PlanService implements InspectionPlans {

	private static final Pattern INDUSTRY = Pattern.compile("[0-9]{2,4}");

	private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final BigDecimal MAX_RANDOM_SHARE = new BigDecimal("0.5");

	private final PlanStore store;

	private final SamplingRules sampling;

	private final Employers employers;

	private final RiskPortraits portraits;

	private final UserDirectory users;

	private final Divisions divisions;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	PlanService(PlanStore store, SamplingRules sampling, Employers employers, RiskPortraits portraits,
			UserDirectory users, Divisions divisions, AuditTrail audit, Clock clock) {
		this.store = store;
		this.sampling = sampling;
		this.employers = employers;
		this.portraits = portraits;
		this.users = users;
		this.divisions = divisions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<PlanView> search(Actor actor, PlanFilter filter, PageQuery page) {
		actor.require(EnforcementPermissions.PLAN_READ);
		String region = ScopeFilter.narrowRegion(actor, filter.region()).orElse(null);
		if (region == null) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		return Page.of(this.store.search(scope, region, filter, page).stream().map(this::view).toList(),
				this.store.count(scope, region, filter), page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, PlanFilter filter, Consumer<PlanView> consumer) {
		actor.require(EnforcementPermissions.PLAN_READ);
		ScopeFilter.narrowRegion(actor, filter.region())
			.ifPresent(region -> this.store.forEach(ScopeFilter.of(actor), region, filter, r -> consumer.accept(view(r))));
	}

	@Override
	@Transactional(readOnly = true)
	public PlanView find(Actor actor, long id) {
		actor.require(EnforcementPermissions.PLAN_READ);
		return view(row(actor, id));
	}

	private PlanStore.Row row(Actor actor, long id) {
		return this.store.find(ScopeFilter.of(actor), id).orElseThrow(() -> new NotFoundException("plan", id));
	}

	@Override
	@Transactional
	public PlanView create(Actor actor, PlanCommand command) {
		actor.require(EnforcementPermissions.PLAN_WRITE);
		List<FieldError> errors = new ArrayList<>();
		if (command.title() == null || command.title().isBlank()) {
			errors.add(FieldError.of("title", "enforcement.plan.titleRequired"));
		}
		Limits.check(errors, "title", command.title(), Limits.NAME);
		String region = command.regionCode() == null ? "" : command.regionCode().trim();
		if (region.isEmpty()) {
			errors.add(FieldError.of("regionCode", "enforcement.plan.regionRequired"));
		}
		else if (!actor.scope().coversRegion(region) || this.divisions.find(region).isEmpty()) {
			errors.add(FieldError.of("regionCode", "enforcement.plan.regionOutsideScope"));
		}
		for (int i = 0; i < command.industries().size(); i++) {
			if (!INDUSTRY.matcher(command.industries().get(i)).matches()) {
				errors.add(FieldError.of("industries[" + i + "]", "enforcement.plan.industryInvalid"));
			}
		}
		if (command.startsOn() == null) {
			errors.add(FieldError.of("startsOn", "enforcement.plan.startsRequired"));
		}
		if (command.endsOn() == null) {
			errors.add(FieldError.of("endsOn", "enforcement.plan.endsRequired"));
		}
		else if (command.startsOn() != null && command.endsOn().isBefore(command.startsOn())) {
			errors.add(FieldError.of("endsOn", "enforcement.plan.endsBeforeStart"));
		}
		SamplingRules.Edition edition = this.sampling.inForce(LocalDate.now(this.clock));
		BigDecimal share = command.randomShare() == null ? edition.randomShare() : command.randomShare();
		if (share.signum() < 0 || share.compareTo(MAX_RANDOM_SHARE) > 0 || share.scale() > 3) {
			errors.add(FieldError.of("randomShare", "enforcement.plan.randomShareRange"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Instant now = Instant.now(this.clock);
		String code = publicCode();
		long id = this.store.insert(code, command.title().trim(), region, command.industries(), command.startsOn(),
				command.endsOn(), share, edition, actor.displayName(), now);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", command.title().trim());
		after.put("publicCode", code);
		after.put("region", region);
		after.put("industries", command.industries());
		after.put("period", command.startsOn() + "/" + command.endsOn());
		after.put("randomShare", share.toPlainString());
		after.put("sampling", edition.edition());
		this.audit.record(actor, "enforcement.plan.created", AuditTarget.of("plan", id, region), Map.of(), after);
		return find(actor, id);
	}

	@Override
	@Transactional
	public PlanView commit(Actor actor, long id) {
		actor.require(EnforcementPermissions.PLAN_WRITE);
		ScopeFilter scope = ScopeFilter.of(actor);
		PlanStatus status = this.store.lock(scope, id).orElseThrow(() -> new NotFoundException("plan", id));
		if (status != PlanStatus.DRAFT) {
			throw InvalidInputException.of("status", "enforcement.plan.notDraft");
		}
		PlanStore.Row plan = row(actor, id);
		List<PlanStore.Candidate> candidates = candidates(actor, plan);
		List<StaffMember> pool = this.users.holdersOfRole(actor, EnforcementPermissions.INSPECTOR_ROLE, plan.regionCode());
		List<FieldError> errors = new ArrayList<>();
		if (candidates.isEmpty()) {
			errors.add(FieldError.of("candidates", "enforcement.plan.noCandidates"));
		}
		if (pool.size() < 2) {
			errors.add(FieldError.of("inspectors", "enforcement.plan.poolTooSmall", pool.size()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		List<PlanStore.Inspector> inspectors = pool.stream()
			.map(s -> new PlanStore.Inspector(s.userId(), inspectorCode(s.userId()), s.displayName(), s.regionCode()))
			.toList();
		java.util.Set<Long> poolIds = new java.util.HashSet<>(pool.stream().map(StaffMember::userId).toList());
		java.util.Set<String> candidateCodes = new java.util.HashSet<>(candidates.stream().map(PlanStore.Candidate::creditCode).toList());
		List<PlanStore.Exclusion> exclusions = new ArrayList<>();
		for (Conflict c : this.store.conflicts(scope, plan.regionCode())) {
			exclusions.add(new PlanStore.Exclusion(c.inspectorId(), c.creditCode(), "CONFLICT"));
		}
		exclusions.addAll(this.store.lastCycle(id, plan.regionCode()));
		exclusions.removeIf(x -> !poolIds.contains(x.inspectorId()) || !candidateCodes.contains(x.creditCode()));
		SamplingRules.Edition edition = this.sampling.of(plan.samplingVersion());
		DrawAlgorithm.Inputs inputs = new DrawAlgorithm.Inputs(plan.publicCode(), edition.ratios(), plan.randomShare(),
				edition.fullCoverage(),
				candidates.stream().map(c -> new DrawAlgorithm.Candidate(c.creditCode(), c.riskClass(), c.industry())).toList(),
				inspectors.stream().map(PlanStore.Inspector::code).toList(),
				exclusions.stream().map(x -> new DrawAlgorithm.Exclusion(inspectorCode(x.inspectorId()), x.creditCode())).toList());
		String text = DrawAlgorithm.inputsText(inputs);
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String seed = HexFormat.of().formatHex(bytes);
		String commitment = DrawAlgorithm.commitment(seed);
		String digest = DrawAlgorithm.sha256(text);
		this.store.freeze(id, candidates, inspectors, exclusions, seed, commitment, text, digest, actor.displayName(),
				Instant.now(this.clock));
		// The seed stays out of the audit trail until the draw reveals it.
		this.audit.record(actor, "enforcement.plan.committed", AuditTarget.of("plan", id, plan.regionCode()),
				Map.of("status", "DRAFT"), Map.of("status", "COMMITTED", "commitment", commitment, "inputsDigest", digest,
						"candidates", candidates.size(), "inspectors", inspectors.size(), "exclusions", exclusions.size()));
		return find(actor, id);
	}

	static String inspectorCode(long userId) {
		return "I" + userId;
	}

	private List<PlanStore.Candidate> candidates(Actor actor, PlanStore.Row plan) {
		Map<Long, String> classes = new HashMap<>();
		this.portraits.forEach(actor, new PortraitFilter(null, plan.regionCode(), null, null, null, null, null, null),
				p -> classes.put(p.employerId(), p.riskClass() == null ? "NONE" : p.riskClass().name()));
		List<PlanStore.Candidate> candidates = new ArrayList<>();
		this.employers.forEach(actor,
				new EmployerFilter(null, plan.regionCode(), null, null, null, EmployerStatus.IN_PRODUCTION.name(), null),
				e -> {
					if (plan.industries().isEmpty() || (e.industryCode() != null
							&& plan.industries().stream().anyMatch(p -> e.industryCode().startsWith(p)))) {
						candidates.add(new PlanStore.Candidate(e.id(), e.creditCode(), e.name(), e.regionCode(),
								e.industryCode(), classes.getOrDefault(e.id(), "NONE")));
					}
				});
		return candidates;
	}

	@Override
	@Transactional
	public PlanView draw(Actor actor, long id) {
		actor.require(EnforcementPermissions.PLAN_WRITE);
		PlanStatus status = this.store.lock(ScopeFilter.of(actor), id).orElseThrow(() -> new NotFoundException("plan", id));
		if (status != PlanStatus.COMMITTED) {
			throw InvalidInputException.of("status", "enforcement.plan.notCommitted");
		}
		PlanStore.Row plan = row(actor, id);
		List<DrawAlgorithm.Line> lines = DrawAlgorithm.draw(plan.seed(), DrawAlgorithm.parse(plan.inputs()));
		Map<String, PlanStore.Candidate> byCode = new HashMap<>();
		this.store.candidates(id).forEach(c -> byCode.put(c.creditCode(), c));
		Map<String, Long> inspectorIds = new HashMap<>();
		this.store.inspectors(id).forEach(i -> inspectorIds.put(i.code(), i.id()));
		String resultDigest = DrawAlgorithm.sha256(DrawAlgorithm.resultText(lines));
		this.store.saveDraw(id, lines, byCode, inspectorIds, resultDigest, actor.displayName(), Instant.now(this.clock));
		this.audit.record(actor, "enforcement.plan.drawn", AuditTarget.of("plan", id, plan.regionCode()),
				Map.of("status", "COMMITTED"), Map.of("status", "DRAWN", "seed", plan.seed(), "resultDigest", resultDigest,
						"lines", lines.size()));
		return find(actor, id);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<DrawLine> lines(Actor actor, long id, PageQuery page) {
		actor.require(EnforcementPermissions.PLAN_READ);
		row(actor, id);
		return Page.of(this.store.lines(id, page), this.store.countLines(id), page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachLine(Actor actor, long id, Consumer<DrawLine> consumer) {
		actor.require(EnforcementPermissions.PLAN_READ);
		row(actor, id);
		this.store.forEachLine(id, consumer);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StaffMember> pool(Actor actor, long id) {
		actor.require(EnforcementPermissions.PLAN_READ);
		PlanStore.Row plan = row(actor, id);
		if (plan.status() == PlanStatus.DRAFT) {
			return this.users.holdersOfRole(actor, EnforcementPermissions.INSPECTOR_ROLE, plan.regionCode());
		}
		return this.store.inspectors(id).stream().map(i -> new StaffMember(i.id(), i.name(), i.regionCode())).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Conflict> conflicts(Actor actor, long id) {
		actor.require(EnforcementPermissions.PLAN_READ);
		PlanStore.Row plan = row(actor, id);
		return this.store.conflicts(ScopeFilter.of(actor), plan.regionCode());
	}

	@Override
	@Transactional
	public Conflict declareConflict(Actor actor, long planId, Long inspectorId, Long employerId, String reason) {
		actor.require(EnforcementPermissions.PLAN_WRITE);
		PlanStore.Row plan = row(actor, planId);
		List<FieldError> errors = new ArrayList<>();
		if (plan.status() != PlanStatus.DRAFT) {
			errors.add(FieldError.of("status", "enforcement.plan.notDraft"));
		}
		StaffMember inspector = inspectorId == null ? null
				: this.users.holdersOfRole(actor, EnforcementPermissions.INSPECTOR_ROLE, plan.regionCode())
					.stream()
					.filter(s -> s.userId() == inspectorId)
					.findFirst()
					.orElse(null);
		if (inspector == null) {
			errors.add(FieldError.of("inspectorId", "enforcement.conflict.inspectorNotInPool"));
		}
		// The employer, like the plan, must be in the caller's scope and inside the plan's region.
		EmployerView employer = employerId == null ? null
				: this.employers.inScope(actor, employerId).filter(e -> e.regionCode().startsWith(plan.regionCode())).orElse(null);
		if (employer == null) {
			errors.add(FieldError.of("employerId", "enforcement.conflict.employerNotInRegion"));
		}
		if (reason == null || reason.isBlank()) {
			errors.add(FieldError.of("reason", "enforcement.conflict.reasonRequired"));
		}
		Limits.check(errors, "reason", reason, Limits.NOTE);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Instant now = Instant.now(this.clock);
		long id = this.store.insertConflict(inspector.userId(), inspector.displayName(), employer.id(),
				employer.creditCode(), employer.name(), employer.regionCode(), reason.trim(), actor.displayName(), now)
			.orElseThrow(() -> InvalidInputException.of("employerId", "enforcement.conflict.duplicate"));
		this.audit.record(actor, "enforcement.conflict.declared", AuditTarget.of("conflict", id, employer.regionCode()),
				Map.of(), Map.of("inspector", inspector.userId(), "employer", employer.id(), "reason", reason.trim()));
		return new Conflict(id, inspector.userId(), inspector.displayName(), employer.id(), employer.creditCode(),
				employer.name(), employer.regionCode(), reason.trim(), actor.displayName(), now);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<DrawLine> assignedTo(Actor actor, PageQuery page) {
		actor.require(EnforcementPermissions.INSPECTION_READ);
		ScopeFilter scope = ScopeFilter.of(actor);
		return Page.of(this.store.assignedTo(actor.userId(), scope, page), this.store.countAssignedTo(actor.userId(), scope),
				page);
	}

	private String publicCode() {
		StringBuilder code = new StringBuilder("SJ");
		for (int i = 0; i < 10; i++) {
			code.append(CODE_ALPHABET.charAt(this.random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	PlanView view(PlanStore.Row r) {
		SamplingRules.Edition edition = this.sampling.of(r.samplingVersion());
		return new PlanView(r.id(), r.publicCode(), r.title(), r.regionCode(), r.industries(), r.startsOn(), r.endsOn(),
				r.randomShare(), r.status(), r.samplingEdition(), edition.ratios(), edition.fullCoverage(), r.algorithm(),
				r.commitment(), r.inputsDigest(), r.status() == PlanStatus.DRAWN ? r.seed() : null, r.resultDigest(),
				r.candidates(), r.inspectors(), r.exclusions(), r.drawn(), r.unassigned(), r.createdBy(), r.createdAt(),
				r.committedAt(), r.drawnAt());
	}

}
