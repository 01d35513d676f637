package org.ohsonline.testing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.ohsonline.reference.GradingTables;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.reference.SilicaBand;
import org.ohsonline.reference.ToxicityClass;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.JobView.GradeStatus;
import org.ohsonline.testing.JobView.GradeView;
import org.ohsonline.testing.grading.GradingOutcome;
import org.ohsonline.testing.grading.JobGrading;
import org.ohsonline.testing.judgement.Check;
import org.ohsonline.testing.judgement.Judgements;
import org.ohsonline.testing.judgement.Rule;
import org.ohsonline.testing.judgement.WbgtSegment;

import org.springframework.stereotype.Component;

/**
 * Grades a judged job (GBZ/T 229) with the calculator {@link JobGrading} and the tables of
 * {@link GradingTables} in force on the exposure's day: one grade per post and factor (limit row).
 * Of the post's exposures to the factor (days, sampled workers) the one with the highest grade
 * decides — for a chemical the highest of B = C_TWA/PC-TWA, C_STE/PC-STEL, C_ME/MAC; for a dust
 * C_TWA/PC-TWA; for noise L_EX,8h, or L_EX,W where the week is irregular; for heat the cell of
 * the labour intensity, time share and WBGT. The plan rows of the post and factor give the inputs
 * the judgement does not: the GBZ 230 class (W_D), the free-silica content (W_M) and the labour
 * intensity (W_L); where rows differ the most severe is taken. Heat is graded only when an
 * administrator has loaded a heat-grading table: none is bundled.
 */
@Component
class JobGrader {

	private final GradingTables tables;

	JobGrader(GradingTables tables) {
		this.tables = tables;
	}

	/** The inputs of one post and factor, from its plan rows. */
	record Inputs(ToxicityClass toxicity, BigDecimal silicaPercent, LabourIntensity intensity) {

		static Inputs of(List<JobView.PlanRowView> rows) {
			ToxicityClass toxicity = rows.stream()
				.map(JobView.PlanRowView::toxicityClass)
				.filter(Objects::nonNull)
				.max(Comparator.naturalOrder())
				.orElse(null);
			BigDecimal silica = rows.stream()
				.map(JobView.PlanRowView::silicaPercent)
				.filter(Objects::nonNull)
				.max(Comparator.naturalOrder())
				.orElse(null);
			LabourIntensity intensity = rows.stream()
				.map(JobView.PlanRowView::labourIntensity)
				.filter(Objects::nonNull)
				.max(Comparator.naturalOrder())
				.orElse(null);
			return new Inputs(toxicity, silica, intensity);
		}

	}

	private record Key(long postId, String factorCode, String limitCode) {
	}

	/** A grade of one exposure, with the check it came from. */
	private record Candidate(GradingOutcome outcome, Check check, Judging.GroupKey key, Integer timeShare,
			LabourIntensity intensity) {

		int rank() {
			return this.outcome.beyondTable() ? Integer.MAX_VALUE : this.outcome.grade().ordinal();
		}

	}

	List<GradeView> grade(Judging.Outcome outcome, List<StoredResult> results, List<JobView.PlanRowView> plan) {
		Map<Key, List<Judging.Exposure>> groups = new LinkedHashMap<>();
		for (Judging.Exposure e : outcome.exposures()) {
			if (e.kind() == null || "MIXTURE".equals(e.kind()) || e.partOfWeek() || e.judgement() == null) {
				continue;
			}
			groups.computeIfAbsent(new Key(e.key().postId(), e.key().factorCode(), e.key().limitCode()),
					k -> new ArrayList<>())
				.add(e);
		}
		List<GradeView> grades = new ArrayList<>();
		for (Map.Entry<Key, List<Judging.Exposure>> group : groups.entrySet()) {
			Key key = group.getKey();
			List<JobView.PlanRowView> rows = plan.stream()
				.filter(p -> p.postId() == key.postId() && p.factorCode().equals(key.factorCode())
						&& (p.limitCode() == null || p.limitCode().equals(key.limitCode())))
				.toList();
			grades.add(grade(key, group.getValue(), Inputs.of(rows), results));
		}
		return grades;
	}

	private GradeView grade(Key key, List<Judging.Exposure> exposures, Inputs inputs, List<StoredResult> results) {
		String kind = exposures.get(0).kind();
		LocalDate on = exposures.stream().map(e -> e.key().day()).max(Comparator.naturalOrder()).orElseThrow();
		Optional<? extends Record> table = switch (kind) {
			case "CHEMICAL" -> this.tables.chemical(on);
			case "DUST" -> this.tables.dust(on);
			case "NOISE" -> this.tables.noise(on);
			default -> this.tables.heat(on);
		};
		if (table.isEmpty()) {
			return status(key, kind, GradeStatus.TABLE_NOT_LOADED, inputs, catalog(kind), null);
		}
		List<String> missing = new ArrayList<>();
		if ("CHEMICAL".equals(kind) && inputs.toxicity() == null) {
			missing.add("W_D (GBZ 230)");
		}
		if ("DUST".equals(kind) && inputs.silicaPercent() == null) {
			missing.add("W_M (SiO₂ %)");
		}
		if (("CHEMICAL".equals(kind) || "DUST".equals(kind)) && inputs.intensity() == null) {
			missing.add("W_L");
		}
		if (!missing.isEmpty()) {
			return status(key, kind, GradeStatus.INPUT_MISSING, inputs, catalog(kind),
					new FieldError("plan", "testing.grade.status.INPUT_MISSING", List.of(String.join(", ", missing))));
		}
		try {
			List<Candidate> candidates = new ArrayList<>();
			for (Judging.Exposure e : exposures) {
				candidates.addAll(candidates(kind, e, table.get(), inputs, results));
			}
			if (candidates.isEmpty()) {
				return status(key, kind, GradeStatus.PROBLEM, inputs, catalog(kind),
						FieldError.of("rule", "testing.grade.noValue", key.factorCode()));
			}
			Candidate decisive = candidates.stream()
				.max(Comparator.comparingInt(Candidate::rank)
					.thenComparing(c -> c.outcome().index(), Comparator.nullsFirst(Comparator.naturalOrder())))
				.orElseThrow();
			return graded(key, kind, decisive, inputs);
		}
		catch (InvalidInputException ex) {
			return status(key, kind, GradeStatus.PROBLEM, inputs, catalog(kind), ex.errors().get(0));
		}
	}

	private List<Candidate> candidates(String kind, Judging.Exposure e, Record table, Inputs inputs,
			List<StoredResult> results) {
		List<Candidate> candidates = new ArrayList<>();
		switch (kind) {
			case "CHEMICAL" -> e.judgement()
				.checks()
				.stream()
				.filter(c -> c.rule() == Rule.TWA || c.rule() == Rule.STEL || c.rule() == Rule.MAC)
				.forEach(c -> candidates.add(new Candidate(JobGrading.chemical(c, inputs.toxicity(), inputs.intensity(),
						(GradingTables.ChemicalTable) table), c, e.key(), null, inputs.intensity())));
			case "DUST" -> e.judgement()
				.check(Rule.TWA)
				.ifPresent(c -> candidates.add(new Candidate(JobGrading.dust(c.value(), c.limit(),
						SilicaBand.of(inputs.silicaPercent()), inputs.intensity(), (GradingTables.DustTable) table), c,
						e.key(), null, inputs.intensity())));
			case "NOISE" -> e.judgement()
				.checks()
				.stream()
				.filter(c -> c.rule() == Rule.NOISE_DAILY || c.rule() == Rule.NOISE_WEEKLY)
				.forEach(c -> candidates.add(new Candidate(JobGrading.noise(c.value(), (GradingTables.NoiseTable) table),
						c, e.key(), null, null)));
			default -> {
				List<StoredResult> group = results.stream()
					.filter(r -> r.postId() == e.key().postId() && r.factorCode().equals(e.key().factorCode())
							&& r.limitKey().equals(e.key().limitCode()) && r.day().equals(e.key().day())
							&& r.subject().equals(e.key().subject()))
					.toList();
				LabourIntensity intensity = group.stream()
					.map(StoredResult::labourIntensity)
					.filter(Objects::nonNull)
					.max(Comparator.naturalOrder())
					.orElse(null);
				Optional<Check> wbgt = e.judgement().check(Rule.HEAT_WBGT);
				if (intensity != null && wbgt.isPresent()) {
					int share = Judgements.timeSharePercent(group.stream()
						.map(r -> new WbgtSegment(r.sampleNumber(), r.value(), r.unit(), r.represented()))
						.toList());
					candidates.add(new Candidate(JobGrading.heat(intensity, share, wbgt.get().value(),
							(GradingTables.HeatTable) table), wbgt.get(), e.key(), share, intensity));
				}
			}
		}
		return candidates;
	}

	private static GradeView graded(Key key, String kind, Candidate c, Inputs inputs) {
		GradingOutcome o = c.outcome();
		GradingTables.Source source = o.table();
		return new GradeView(key.postId(), key.factorCode(), blank(key.limitCode()), kind, GradeStatus.GRADED, o.grade(),
				o.gradeName(), o.index(), o.hazardWeight(), o.exposureRatio(), o.exposureWeight(), o.labourWeight(),
				o.beyondTable(), c.check().rule(), c.check().value(), c.check().limit(), c.check().unit(),
				c.key().day(), c.key().subject(), "CHEMICAL".equals(kind) ? inputs.toxicity() : null,
				"DUST".equals(kind) ? inputs.silicaPercent() : null, c.intensity(), c.timeShare(), source.catalog(),
				source.edition(), source.source(), source.verified(), null, List.of());
	}

	private static GradeView status(Key key, String kind, GradeStatus status, Inputs inputs, String catalog,
			FieldError problem) {
		return new GradeView(key.postId(), key.factorCode(), blank(key.limitCode()), kind, status, null, null, null, null,
				null, null, null, false, null, null, null, null, null, "", inputs.toxicity(), inputs.silicaPercent(),
				inputs.intensity(), null, catalog, null, null, false, problem == null ? null : problem.code(),
				problem == null ? List.of() : problem.arguments().stream().map(String::valueOf).toList());
	}

	static String catalog(String kind) {
		return switch (kind) {
			case "CHEMICAL" -> "chemical-grading";
			case "DUST" -> "dust-grading";
			case "NOISE" -> "noise-grading";
			default -> "heat-grading";
		};
	}

	private static String blank(String limitCode) {
		return limitCode == null || limitCode.isEmpty() ? null : limitCode;
	}

}
