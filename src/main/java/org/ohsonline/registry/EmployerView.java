package org.ohsonline.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.ohsonline.reference.Severity;
import org.ohsonline.reference.SeverityAnswers;
import org.ohsonline.reference.SeverityQuestion;
import org.ohsonline.reference.SizeClass;

/**
 * An employer as pages and the API show it; phone numbers masked.
 *
 * @param severityBasis how the severity was derived (directory entry, edition, source)
 * @param productionStartedOn the day the employer started production (投产日期), if known
 * @param severityAnswers what the employer answered to the risk directory (activities, solvent use)
 * @param severityQuestions what is still open and keeps the employer on the stricter class
 * (按较严类别认定); empty when the class is settled
 */
public record EmployerView(long id, String creditCode, String name, String regionCode, String address,
		String industryCode, String economicTypeCode, int employees, Long annualRevenue, SizeClass sizeClass,
		String legalRepresentative, String ohManagerName, String ohManagerPhoneMasked, String contactPhoneMasked,
		EmployerStatus status, Severity severity, String severityBasis, boolean synthetic, Instant createdAt,
		Instant updatedAt, LocalDate productionStartedOn, SeverityAnswers severityAnswers,
		java.util.List<SeverityQuestion> severityQuestions) {

	/**
	 * The day the duties that run from the start of production count from: the start of production
	 * when the register knows it, else the day the employer was registered (China Standard Time).
	 */
	public LocalDate dutiesSince() {
		return dutiesSince(this.productionStartedOn, this.createdAt);
	}

	static LocalDate dutiesSince(LocalDate productionStartedOn, Instant registeredAt) {
		return productionStartedOn != null ? productionStartedOn
				: registeredAt.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
	}

}
