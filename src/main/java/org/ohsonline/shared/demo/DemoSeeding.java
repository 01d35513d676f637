package org.ohsonline.shared.demo;

import java.time.Instant;
import java.util.List;

/**
 * Standalone mode's demo data and how far it has come. The demo logins work as soon as they are
 * printed; the synthetic register and its history (agencies, testing jobs, devices, exams,
 * diagnoses, bookings, declarations) are made after them, step by step ({@link DemoSeedStep}),
 * and pages say while their data is still arriving.
 */
public interface DemoSeeding {

	/** Where the demo data stands now; cheap (no query), so any page may ask. */
	Progress progress();

	enum State {

		/** Demo data will be made, nothing has started yet. */
		PENDING,
		/** Steps are running; pages may miss data that is still to come. */
		RUNNING,
		/** Every step ran (those in {@link Progress#failed()} with an error, see the log). */
		DONE,
		/** No demo data is made here: production, demo data turned off, or a one-off command. */
		OFF

	}

	/**
	 * @param state where the seeding stands
	 * @param percent 0–100, the steps weighted by their expected share of the time
	 * @param step label key of the step under way ({@code null} unless {@code RUNNING})
	 * @param stepsDone steps finished (or skipped because their data existed)
	 * @param steps steps in all
	 * @param failed label keys of the steps that ended with an error
	 * @param startedAt when the first step began ({@code null} before)
	 * @param finishedAt when the last step ended ({@code null} before)
	 */
	record Progress(State state, int percent, String step, int stepsDone, int steps, List<String> failed,
			Instant startedAt, Instant finishedAt) {

		public Progress {
			failed = List.copyOf(failed);
		}

		public static Progress off() {
			return new Progress(State.OFF, 100, null, 0, 0, List.of(), null, null);
		}

		/** Whether pages may still miss demo data that is on its way. */
		public boolean arriving() {
			return this.state == State.PENDING || this.state == State.RUNNING;
		}

	}

}
