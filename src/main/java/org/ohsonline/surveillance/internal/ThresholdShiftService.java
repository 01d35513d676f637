package org.ohsonline.surveillance.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.surveillance.ExamConcluded;
import org.ohsonline.surveillance.ThresholdShiftFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assesses an exam's audiogram against the worker's baseline by {@link ThresholdShiftRule}. */
@Service
class ThresholdShiftService {

	private final ExamStore exams;

	private final ApplicationEventPublisher events;

	ThresholdShiftService(ExamStore exams, ApplicationEventPublisher events) {
		this.exams = exams;
		this.events = events;
	}

	/** Records the shift (when there is a baseline) and publishes {@link ThresholdShiftFound} when found. */
	@Transactional
	Optional<ThresholdShiftRule.Shift> assess(ExamConcluded exam) {
		if (!exam.hasAudiogram()) {
			return Optional.empty();
		}
		List<Map.Entry<Long, ThresholdShiftRule.Audiogram>> earlier = this.exams.audiogramsBefore(exam.workerId(),
				exam.examinedOn(), exam.examId());
		Optional<Map.Entry<Long, ThresholdShiftRule.Audiogram>> baseline = ThresholdShiftRule.baseline(earlier,
				this.exams.shiftsFound(exam.workerId()));
		if (baseline.isEmpty()) {
			return Optional.empty();
		}
		Optional<ThresholdShiftRule.Shift> shift = ThresholdShiftRule.assess(baseline.get().getValue(),
				this.exams.audiogram(exam.examId()));
		shift.ifPresent(s -> {
			this.exams.shift(exam.examId(), baseline.get().getKey(), exam.workerId(), s);
			if (s.found()) {
				this.events.publishEvent(new ThresholdShiftFound(exam.examId(), baseline.get().getKey(), exam.workerId(),
						exam.employerId(), exam.regionCode(), exam.examinedOn(), s.leftDb(), s.rightDb()));
			}
		});
		return shift;
	}

}
