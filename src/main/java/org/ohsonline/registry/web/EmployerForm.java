package org.ohsonline.registry.web;

import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.EmployerView;

/**
 * The employer form as bound from the page. Phone numbers are shown masked and never sent back to
 * the browser, so an empty phone field on the edit form means "unchanged".
 */
public class EmployerForm {

	private String creditCode;

	private String name;

	private String regionCode;

	private String address;

	private String industryCode;

	private String economicTypeCode;

	private Integer employees;

	private Long annualRevenue;

	private String legalRepresentative;

	private String ohManagerName;

	private String ohManagerPhone;

	private String contactPhone;

	@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
	private java.time.LocalDate productionStartedOn;

	/** The activities chosen for the directory's split groups, one select per group (blank = not answered). */
	private java.util.List<String> activities = new java.util.ArrayList<>();

	/** Benzene-type adhesives, cleaners, inks or paints; {@code null} = not answered. */
	private org.ohsonline.reference.SolventUse solventUse;

	static EmployerForm of(EmployerView employer) {
		EmployerForm form = new EmployerForm();
		form.creditCode = employer.creditCode();
		form.name = employer.name();
		form.regionCode = employer.regionCode();
		form.address = employer.address();
		form.industryCode = employer.industryCode();
		form.economicTypeCode = employer.economicTypeCode();
		form.employees = employer.employees();
		form.annualRevenue = employer.annualRevenue();
		form.legalRepresentative = employer.legalRepresentative();
		form.ohManagerName = employer.ohManagerName();
		form.productionStartedOn = employer.productionStartedOn();
		form.activities = new java.util.ArrayList<>(employer.severityAnswers().activities());
		form.solventUse = employer.severityAnswers().solventUse();
		return form;
	}

	EmployerCommand toCommand(boolean keepBlankPhones) {
		return new EmployerCommand(this.creditCode, this.name, this.regionCode, this.address, this.industryCode,
				this.economicTypeCode, this.employees, this.annualRevenue, this.legalRepresentative, this.ohManagerName,
				phone(this.ohManagerPhone, keepBlankPhones), phone(this.contactPhone, keepBlankPhones),
				this.productionStartedOn, new org.ohsonline.reference.SeverityAnswers(
						new java.util.HashSet<>(this.activities == null ? java.util.List.of() : this.activities), this.solventUse));
	}

	/** {@code null} tells the service to keep the stored number. */
	private static String phone(String value, boolean keepBlank) {
		return keepBlank && (value == null || value.isBlank()) ? null : value;
	}

	public String getCreditCode() {
		return this.creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getIndustryCode() {
		return this.industryCode;
	}

	public void setIndustryCode(String industryCode) {
		this.industryCode = industryCode;
	}

	public String getEconomicTypeCode() {
		return this.economicTypeCode;
	}

	public void setEconomicTypeCode(String economicTypeCode) {
		this.economicTypeCode = economicTypeCode;
	}

	public Integer getEmployees() {
		return this.employees;
	}

	public void setEmployees(Integer employees) {
		this.employees = employees;
	}

	public Long getAnnualRevenue() {
		return this.annualRevenue;
	}

	public void setAnnualRevenue(Long annualRevenue) {
		this.annualRevenue = annualRevenue;
	}

	public String getLegalRepresentative() {
		return this.legalRepresentative;
	}

	public void setLegalRepresentative(String legalRepresentative) {
		this.legalRepresentative = legalRepresentative;
	}

	public String getOhManagerName() {
		return this.ohManagerName;
	}

	public void setOhManagerName(String ohManagerName) {
		this.ohManagerName = ohManagerName;
	}

	public String getOhManagerPhone() {
		return this.ohManagerPhone;
	}

	public void setOhManagerPhone(String ohManagerPhone) {
		this.ohManagerPhone = ohManagerPhone;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public java.time.LocalDate getProductionStartedOn() {
		return this.productionStartedOn;
	}

	public void setProductionStartedOn(java.time.LocalDate productionStartedOn) {
		this.productionStartedOn = productionStartedOn;
	}

	public java.util.List<String> getActivities() {
		return this.activities;
	}

	public void setActivities(java.util.List<String> activities) {
		this.activities = activities;
	}

	public org.ohsonline.reference.SolventUse getSolventUse() {
		return this.solventUse;
	}

	public void setSolventUse(org.ohsonline.reference.SolventUse solventUse) {
		this.solventUse = solventUse;
	}

}
