package org.ohsonline.reference;

/**
 * A hazard factor (职业病危害因素) of the catalogue in force.
 *
 * @param code the platform's code, that of the national data-exchange specification (附录1 表14)
 * @param name the factor's name
 * @param categoryCode the category (粉尘, 化学因素, 物理因素, 放射性因素, 生物因素, 其他因素)
 * @param categoryName the category's name
 * @param verified whether the entry was checked against the official text
 */
public record HazardFactor(String code, String name, String categoryCode, String categoryName, boolean verified) {
}
