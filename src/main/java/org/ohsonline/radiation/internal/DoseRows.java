package org.ohsonline.radiation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ohsonline.radiation.DoseEntry;
import org.ohsonline.radiation.Period;
import org.ohsonline.shared.InvalidInputException.FieldError;

/**
 * The rules a dose record must meet before anything is saved, shared by the console, the API and the Excel upload
 * (pure: the caller resolves the radiation worker and whether the period is recorded already).
 */
final class DoseRows {

	/** The most a period's dose may plausibly be (mSv): a larger figure is a typing error, not a dose. */
	static final BigDecimal PLAUSIBLE = new BigDecimal("10000");

	private DoseRows() {
	}

	/** A radiation worker as entering needs it. */
	record Target(long id, long workerId, long employerId, String employerCreditCode, String regionCode, long agencyId,
			String agencyCreditCode, LocalDate monitoredFrom, LocalDate monitoredTo) {
	}

	/** A record that passed every rule. */
	record Valid(Target target, Period period, BigDecimal hp10, boolean hp10Below, BigDecimal hp007, boolean hp007Below,
			BigDecimal lens, boolean lensBelow, BigDecimal mdl) {
	}

	/**
	 * Every reason the entry is refused: the person is not a radiation worker of that employer monitored by the
	 * caller ({@code target} null), a dose negative or implausible, a value given together with "below detection",
	 * a below-detection value without the detection limit, a period that is not a period, has not ended by
	 * {@code today}, lies outside the worker's monitoring, or is recorded already.
	 */
	static List<FieldError> check(DoseEntry entry, Target target, LocalDate today, boolean recorded) {
		List<FieldError> errors = new ArrayList<>();
		if (target == null) {
			errors.add(FieldError.of("idNumber", "radiation.dose.notRadiationWorker"));
		}
		Optional<Period> period = Period.parse(entry.period());
		if (period.isEmpty()) {
			errors.add(FieldError.of("period", "radiation.dose.period.invalid"));
		}
		else if (!period.get().end().isBefore(today)) {
			errors.add(FieldError.of("period", "radiation.dose.period.future", period.get().toString()));
		}
		else if (target != null && period.get().end().isBefore(Period.of(target.monitoredFrom()).start())) {
			errors.add(FieldError.of("period", "radiation.dose.period.beforeMonitoring", target.monitoredFrom().toString()));
		}
		else if (target != null && target.monitoredTo() != null && period.get().start().isAfter(target.monitoredTo())) {
			errors.add(FieldError.of("period", "radiation.dose.period.afterMonitoring", target.monitoredTo().toString()));
		}
		else if (recorded) {
			errors.add(FieldError.of("period", "radiation.dose.duplicate", period.get().toString()));
		}
		boolean anyBelow = value(errors, "hp10", entry.hp10(), entry.hp10Below(), true)
				| value(errors, "hp007", entry.hp007(), entry.hp007Below(), true)
				| value(errors, "lens", entry.lens(), entry.lensBelow(), false);
		if (entry.mdl() != null && entry.mdl().signum() < 0) {
			errors.add(FieldError.of("mdl", "radiation.dose.negative"));
		}
		else if (anyBelow && (entry.mdl() == null || entry.mdl().signum() == 0)) {
			errors.add(FieldError.of("mdl", "radiation.dose.mdl.required"));
		}
		return errors;
	}

	/** Checks one dose; answers whether it is below the detection limit. */
	private static boolean value(List<FieldError> errors, String field, BigDecimal value, Boolean below, boolean required) {
		boolean isBelow = Boolean.TRUE.equals(below);
		if (isBelow && value != null) {
			errors.add(FieldError.of(field, "radiation.dose.valueAndBelow"));
		}
		else if (!isBelow && value == null) {
			if (required) {
				errors.add(FieldError.of(field, "radiation.dose.required"));
			}
		}
		else if (value != null && value.signum() < 0) {
			errors.add(FieldError.of(field, "radiation.dose.negative"));
		}
		else if (value != null && value.compareTo(PLAUSIBLE) > 0) {
			errors.add(FieldError.of(field, "radiation.dose.implausible", PLAUSIBLE));
		}
		return isBelow;
	}

	static Valid valid(DoseEntry entry, Target target) {
		return new Valid(target, Period.parse(entry.period()).orElseThrow(), entry.hp10(), Boolean.TRUE.equals(entry.hp10Below()),
				entry.hp007(), Boolean.TRUE.equals(entry.hp007Below()), entry.lens(), Boolean.TRUE.equals(entry.lensBelow()),
				entry.mdl());
	}

}
