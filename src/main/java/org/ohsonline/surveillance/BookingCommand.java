package org.ohsonline.surveillance;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ohsonline.agency.ExamType;

/**
 * A booking to make: one exam type on one day at one institution for a group of the employer's
 * workers. The hazards to examine are proposed from each worker's current exposures (see
 * {@link Bookings#proposal}); a worker given with hazards of its own keeps those.
 *
 * @param employerId the employer (registry id); an employer's manager books only for their own
 * @param institutionId the exam institution (agency id)
 */
public record BookingCommand(Long employerId, Long institutionId, ExamType examType, LocalDate day,
		List<Worker> workers, String note) {

	public BookingCommand {
		workers = workers == null ? List.of() : List.copyOf(workers);
	}

	/**
	 * @param hazardCodes the hazard factor codes to examine; {@code null} or empty: the proposal
	 */
	@Schema(name = "BookingWorkerChoice")
	public record Worker(Long workerId, List<String> hazardCodes) {

		public static Worker proposed(long workerId) {
			return new Worker(workerId, null);
		}

	}

}
