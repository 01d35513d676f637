package org.ohsonline.registry;

/**
 * An employer as registered or changed. Size class and hazard severity are derived, never
 * entered.
 *
 * @param employees the workforce
 * @param annualRevenue annual revenue in 10,000 yuan (万元), if known
 */
public record EmployerCommand(String creditCode, String name, String regionCode, String address, String industryCode,
		String economicTypeCode, Integer employees, Long annualRevenue, String legalRepresentative,
		String ohManagerName, String ohManagerPhone, String contactPhone) {
}
