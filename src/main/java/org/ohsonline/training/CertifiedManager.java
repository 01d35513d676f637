package org.ohsonline.training;

import java.time.LocalDate;

/**
 * A certified occupational-health manager (职业健康管理员): a person holding a valid certificate of a
 * course for managers, with the employer they were enrolled for.
 */
public record CertifiedManager(long certificateId, String name, String employerName, String regionCode,
		String courseTitle, String number, LocalDate issuedOn, LocalDate expiresOn) {
}
