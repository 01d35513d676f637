package org.ohsonline.registry;

import java.time.LocalDate;

import org.ohsonline.reference.SeverityAnswers;

/**
 * An employer as registered or changed. Size class and hazard severity are derived, never
 * entered.
 *
 * @param employees the workforce
 * @param annualRevenue annual revenue in 10,000 yuan (万元), if known
 * @param productionStartedOn the day the employer started production (投产日期), if known; the duties
 * that run from the start of production (initial declaration, first testing) count from it, else from
 * the day of registration
 * @param severityAnswers what the risk directory asks where the industry alone does not settle the class:
 * the activity of a group split by activity, and for starred industries whether benzene-type solvents
 * are used; {@code null} keeps the answers on record (none for a new employer)
 */
public record EmployerCommand(String creditCode, String name, String regionCode, String address, String industryCode,
		String economicTypeCode, Integer employees, Long annualRevenue, String legalRepresentative,
		String ohManagerName, String ohManagerPhone, String contactPhone, LocalDate productionStartedOn,
		SeverityAnswers severityAnswers) {

	/** An employer whose answers to the directory stay as they are. */
	public EmployerCommand(String creditCode, String name, String regionCode, String address, String industryCode,
			String economicTypeCode, Integer employees, Long annualRevenue, String legalRepresentative,
			String ohManagerName, String ohManagerPhone, String contactPhone, LocalDate productionStartedOn) {
		this(creditCode, name, regionCode, address, industryCode, economicTypeCode, employees, annualRevenue,
				legalRepresentative, ohManagerName, ohManagerPhone, contactPhone, productionStartedOn, null);
	}

	/** An employer whose start of production is not known. */
	public EmployerCommand(String creditCode, String name, String regionCode, String address, String industryCode,
			String economicTypeCode, Integer employees, Long annualRevenue, String legalRepresentative,
			String ohManagerName, String ohManagerPhone, String contactPhone) {
		this(creditCode, name, regionCode, address, industryCode, economicTypeCode, employees, annualRevenue,
				legalRepresentative, ohManagerName, ohManagerPhone, contactPhone, null);
	}

}
