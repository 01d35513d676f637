package org.ohsonline.testing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.Engagements;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.Qualification;
import org.ohsonline.agency.ServiceType;
import org.ohsonline.agency.StaffView;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.reference.ToxicityClass;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.testing.JobCommand;
import org.ohsonline.testing.JobRefusedException;
import org.ohsonline.testing.JobStep;
import org.ohsonline.testing.JobView;

import org.springframework.stereotype.Component;

/**
 * The rules a job's content must meet before it is stored: required fields, the plan's posts in the
 * employer's register, known factors with a limit row, participants from the agency's active staff
 * holding the step's role; and the rules that refuse the agency the job (engagement, qualification).
 */
@Component
class JobRules {


	/** The prefix of the refusals by qualification, one code per {@link Qualification.Reason}. */
	static final String NOT_QUALIFIED = "testing.job.notQualified";

	private final Agencies agencies;

	private final Engagements engagements;

	private final AgencyStaff staff;

	private final HazardFactors factors;

	private final LimitRows limits;

	JobRules(Agencies agencies, Engagements engagements, AgencyStaff staff, HazardFactors factors, LimitRows limits) {
		this.agencies = agencies;
		this.engagements = engagements;
		this.staff = staff;
		this.factors = factors;
		this.limits = limits;
	}

	/** A post of the employer's register, with its workshop. */
	record PostRef(long id, String name, String workshop) {
	}

	static Map<Long, PostRef> posts(List<StructureViews.Site> structure) {
		Map<Long, PostRef> posts = new HashMap<>();
		for (StructureViews.Site site : structure) {
			for (StructureViews.Workshop workshop : site.workshops()) {
				for (StructureViews.Post post : workshop.posts()) {
					posts.put(post.id(), new PostRef(post.id(), post.name(), workshop.name()));
				}
			}
		}
		return posts;
	}

	/** What the command holds once checked: participants and plan rows with their names. */
	record Checked(List<JobView.ParticipantView> participants, List<JobView.PlanRowView> plan,
			List<MixtureRow> mixtures) {
	}

	/** Checks the content, throwing every problem at once; nothing about the agency's right to the job. */
	Checked check(JobCommand command, long agencyId, Map<Long, PostRef> posts) {
		List<FieldError> errors = new ArrayList<>();
		if (command.jobType() == null) {
			errors.add(FieldError.of("jobType", "testing.job.jobTypeRequired"));
		}
		if (command.samplingFrom() == null) {
			errors.add(FieldError.of("samplingFrom", "testing.job.samplingFromRequired"));
		}
		if (command.samplingTo() == null) {
			errors.add(FieldError.of("samplingTo", "testing.job.samplingToRequired"));
		}
		else if (command.samplingFrom() != null && command.samplingTo().isBefore(command.samplingFrom())) {
			errors.add(FieldError.of("samplingTo", "testing.job.samplingToBeforeFrom"));
		}
		if (command.surveyOn() != null && command.samplingTo() != null && command.surveyOn().isAfter(command.samplingTo())) {
			errors.add(FieldError.of("surveyOn", "testing.job.surveyAfterSampling"));
		}
		text(errors, "scope", command.scope(), "testing.job.scopeRequired");
		text(errors, "methods", command.methods(), "testing.job.methodsRequired");
		List<JobView.ParticipantView> participants = new ArrayList<>();
		Map<JobStep, List<StaffView>> staffByStep = new HashMap<>();
		for (int i = 0; i < command.participants().size(); i++) {
			JobCommand.Participant p = command.participants().get(i);
			String field = "participants[" + i + "]";
			if (p == null || p.step() == null) {
				errors.add(FieldError.of(field + ".step", "testing.job.stepRequired"));
				continue;
			}
			List<StaffView> eligible = staffByStep.computeIfAbsent(p.step(),
					step -> this.staff.active(agencyId, step.role()));
			Optional<StaffView> member = eligible.stream().filter(s -> p.staffId() != null && s.id() == p.staffId()).findFirst();
			if (member.isEmpty()) {
				errors.add(FieldError.of(field + ".staffId", "testing.job.staffNotEligible", p.staffId(), p.step().name()));
			}
			else {
				participants.add(new JobView.ParticipantView(p.step(), member.get().id(), member.get().name()));
			}
		}
		List<JobView.PlanRowView> plan = new ArrayList<>();
		for (int i = 0; i < command.plan().size(); i++) {
			JobCommand.PlanRow row = command.plan().get(i);
			String field = "plan[" + i + "]";
			if (row == null) {
				errors.add(FieldError.of(field, "testing.job.planRowEmpty"));
				continue;
			}
			int before = errors.size();
			PostRef post = row.postId() == null ? null : posts.get(row.postId());
			if (post == null) {
				errors.add(FieldError.of(field + ".postId", "testing.result.postUnknown", row.postId()));
			}
			Limits.check(errors, field + ".pointName", row.pointName(), Limits.LINE);
			if (row.pointName() == null || row.pointName().isBlank()) {
				errors.add(FieldError.of(field + ".pointName", "testing.job.pointRequired"));
			}
			Optional<HazardFactor> factor = factor(errors, field, row.factorCode(), row.limitCode());
			if (row.mode() == null) {
				errors.add(FieldError.of(field + ".mode", "testing.result.modeRequired"));
			}
			if (row.plannedSamples() == null || row.plannedSamples() < 1) {
				errors.add(FieldError.of(field + ".plannedSamples", "testing.job.plannedSamplesPositive"));
			}
			GradingInputs inputs = factor.isPresent() ? gradingInputs(errors, field, factor.get().code(), row) : null;
			if (errors.size() == before) {
				plan.add(new JobView.PlanRowView(0, post.id(), post.name(), post.workshop(), row.pointName().trim(),
						factor.get().code(), factor.get().name(), blank(row.limitCode()), row.mode(), row.plannedSamples(),
						inputs.toxicity(), inputs.silicaPercent(), inputs.intensity(), inputs.irregularWeek()));
			}
		}
		List<MixtureRow> mixtures = new ArrayList<>();
		for (int i = 0; i < command.mixtures().size(); i++) {
			JobCommand.Mixture m = command.mixtures().get(i);
			String field = "mixtures[" + i + "]";
			Set<String> codes = m == null ? Set.of() : new LinkedHashSet<>(m.factorCodes().stream().map(String::trim).toList());
			if (m == null || m.postId() == null || !posts.containsKey(m.postId())) {
				errors.add(FieldError.of(field + ".postId", "testing.result.postUnknown", m == null ? null : m.postId()));
			}
			else if (codes.size() < 2) {
				errors.add(FieldError.of(field + ".factorCodes", "testing.mixture.tooFew"));
			}
			else {
				mixtures.add(new MixtureRow(0, m.postId(), List.copyOf(codes)));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new Checked(participants, plan, mixtures);
	}

	/**
	 * Refuses the job unless the employer engages the agency for the job type on the first sampling
	 * day (supervisory testing, commissioned by the authority: an employer in the agency's province),
	 * and the agency is qualified for the job type and for the category of every factor.
	 */
	void requireEntitled(AgencyRef agency, EmployerView employer, JobType jobType, LocalDate on,
			Set<String> factorCodes) {
		requireEngaged(agency, employer, jobType, on);
		requireQualified(agency, jobType, on, factorCodes);
	}

	/** Refuses the job unless the employer engages the agency for it (see {@link #requireEntitled}). */
	void requireEngaged(AgencyRef agency, EmployerView employer, JobType jobType, LocalDate on) {
		if (jobType == null || on == null) {
			return;
		}
		Optional<ServiceType> service = serviceOf(jobType);
		if (service.isPresent()) {
			boolean engaged = this.engagements.engagedBy(employer.id(), service.get(), on)
				.stream()
				.anyMatch(a -> a.id() == agency.id());
			if (!engaged) {
				throw new JobRefusedException("employerId", "testing.job.notEngaged", employer.name(), jobType.name(), on);
			}
		}
		else if (!employer.regionCode().startsWith(agency.regionCode().substring(0, 2))) {
			throw new JobRefusedException("employerId", "testing.job.outsideProvince", employer.name());
		}
	}

	/** Refuses the job unless the agency is qualified for its type and every factor's category. */
	void requireQualified(AgencyRef agency, JobType jobType, LocalDate on, Set<String> factorCodes) {
		Set<String> categories = new HashSet<>();
		for (String code : factorCodes) {
			this.factors.findFactor(code).ifPresent(f -> categories.add(f.categoryCode()));
		}
		if (categories.isEmpty()) {
			Qualification q = this.agencies.qualifiedFor(agency.id(), jobType, null, on);
			if (!q.qualified() && q.reason() != Qualification.Reason.HAZARD_OUTSIDE_SCOPE) {
				throw new JobRefusedException("jobType", NOT_QUALIFIED + "." + q.reason().name(), jobType.name(), "");
			}
		}
		for (String category : categories) {
			Qualification q = this.agencies.qualifiedFor(agency.id(), jobType, category, on);
			if (!q.qualified()) {
				throw new JobRefusedException(q.reason() == Qualification.Reason.HAZARD_OUTSIDE_SCOPE ? "factorCode" : "jobType",
						NOT_QUALIFIED + "." + q.reason().name(), jobType.name(), category);
			}
		}
	}

	Optional<HazardFactor> factor(List<FieldError> errors, String field, String code, String limitCode) {
		if (code == null || code.isBlank()) {
			errors.add(FieldError.of(field + ".factorCode", "testing.result.factorRequired"));
			return Optional.empty();
		}
		Optional<HazardFactor> factor = this.factors.findFactor(code.trim());
		if (factor.isEmpty()) {
			errors.add(FieldError.of(field + ".factorCode", "testing.result.factorUnknown", code));
			return factor;
		}
		LimitRows.Resolved limit = this.limits.resolve(factor.get().code(), limitCode);
		if (!limit.found()) {
			errors.add(new FieldError(field + "." + limit.problem().field(), limit.problem().code(),
					limit.problem().arguments()));
			return Optional.empty();
		}
		return factor;
	}

	/** The grading inputs of a plan row, kept only where the factor's kind uses them. */
	record GradingInputs(ToxicityClass toxicity, BigDecimal silicaPercent, LabourIntensity intensity,
			boolean irregularWeek) {
	}

	/**
	 * Checks what job grading (GBZ/T 229) needs from a plan row: a chemical its GBZ 230 class and the
	 * labour intensity (W_D, W_L), a dust its free-silica content and the labour intensity (W_M, W_L);
	 * noise may carry the irregular-week flag. Inputs a kind does not use are dropped.
	 */
	private GradingInputs gradingInputs(List<FieldError> errors, String field, String factorCode,
			JobCommand.PlanRow row) {
		LimitRows.Resolved limit = this.limits.resolve(factorCode, row.limitCode());
		if (!limit.found()) {
			return new GradingInputs(null, null, null, false);
		}
		LimitRows.Kind kind = limit.kind();
		ToxicityClass toxicity = null;
		BigDecimal silica = null;
		LabourIntensity intensity = null;
		if (kind == LimitRows.Kind.CHEMICAL) {
			toxicity = parse(errors, field + ".toxicityClass", row.toxicityClass(), ToxicityClass.class,
					"testing.plan.toxicityClassRequired", "testing.plan.toxicityClassUnknown");
		}
		if (kind == LimitRows.Kind.DUST) {
			silica = row.silicaPercent();
			if (silica == null) {
				errors.add(FieldError.of(field + ".silicaPercent", "testing.plan.silicaRequired"));
			}
			else if (silica.signum() < 0 || silica.compareTo(BigDecimal.valueOf(100)) > 0) {
				errors.add(FieldError.of(field + ".silicaPercent", "testing.plan.silicaOutOfRange",
						silica.toPlainString()));
				silica = null;
			}
		}
		if (kind == LimitRows.Kind.CHEMICAL || kind == LimitRows.Kind.DUST) {
			intensity = parse(errors, field + ".labourIntensity", row.labourIntensity(), LabourIntensity.class,
					"testing.plan.intensityRequired", "testing.plan.intensityUnknown");
		}
		boolean irregular = kind == LimitRows.Kind.NOISE && Boolean.TRUE.equals(row.irregularWeek());
		return new GradingInputs(toxicity, silica, intensity, irregular);
	}

	private static <E extends Enum<E>> E parse(List<FieldError> errors, String field, String value, Class<E> type,
			String requiredCode, String unknownCode) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, requiredCode, List.of()));
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError(field, unknownCode, List.of(value.trim())));
			return null;
		}
	}

	static Optional<ServiceType> serviceOf(JobType type) {
		for (ServiceType service : ServiceType.values()) {
			if (service.jobType().filter(type::equals).isPresent()) {
				return Optional.of(service);
			}
		}
		return Optional.empty();
	}

	private static void text(List<FieldError> errors, String field, String value, String requiredCode) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, requiredCode, List.of()));
		}
		else {
			Limits.check(errors, field, value, Limits.TEXT);
		}
	}

	static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
