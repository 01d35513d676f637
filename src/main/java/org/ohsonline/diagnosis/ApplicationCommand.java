package org.ohsonline.diagnosis;

import java.time.LocalDate;
import java.util.List;

/**
 * An application for a diagnosis (职业病防治法 Art. 44: at an institution where the employer is,
 * where the worker is registered or usually lives).
 *
 * @param workerId the worker (registry id); a worker applying may leave it empty for themself
 * @param employerId the employer the exposure was at (registry id)
 * @param institutionId the diagnosis institution (agency id)
 * @param applicant who applies; a worker or employer user is the applicant themself
 * @param appliedOn the day of the application (today when empty)
 * @param hazardCodes the hazard factors the worker was exposed to (hazard factor codes)
 * @param referralId the referral it answers, if any (its hazard is added)
 */
public record ApplicationCommand(Long workerId, Long employerId, Long institutionId, Applicant applicant,
		LocalDate appliedOn, List<String> hazardCodes, Long referralId) {

	public ApplicationCommand {
		hazardCodes = hazardCodes == null ? List.of() : List.copyOf(hazardCodes);
	}

}
