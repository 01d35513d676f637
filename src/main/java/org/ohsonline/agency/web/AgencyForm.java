package org.ohsonline.agency.web;

import java.time.LocalDate;

import org.ohsonline.agency.AgencyCommand;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyView;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The agency form as bound from the page. The contact phone is shown masked and never sent back
 * to the browser, so an empty phone field on the edit form means "unchanged".
 */
public class AgencyForm {

	private AgencyKind kind;

	private String creditCode;

	private String name;

	private String regionCode;

	private String address;

	private String contactName;

	private String contactPhone;

	private String certificateNumber;

	private String issuingAuthority;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validTo;

	static AgencyForm of(AgencyView agency) {
		AgencyForm form = new AgencyForm();
		form.kind = agency.kind();
		form.creditCode = agency.creditCode();
		form.name = agency.name();
		form.regionCode = agency.regionCode();
		form.address = agency.address();
		form.contactName = agency.contactName();
		form.certificateNumber = agency.certificateNumber();
		form.issuingAuthority = agency.issuingAuthority();
		form.validFrom = agency.validFrom();
		form.validTo = agency.validTo();
		return form;
	}

	AgencyCommand toCommand(boolean keepBlankPhone) {
		String phone = keepBlankPhone && (this.contactPhone == null || this.contactPhone.isBlank()) ? null
				: this.contactPhone;
		return new AgencyCommand(this.kind, this.creditCode, this.name, this.regionCode, this.address, this.contactName,
				phone, this.certificateNumber, this.issuingAuthority, this.validFrom, this.validTo);
	}

	public AgencyKind getKind() {
		return this.kind;
	}

	public void setKind(AgencyKind kind) {
		this.kind = kind;
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

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public String getCertificateNumber() {
		return this.certificateNumber;
	}

	public void setCertificateNumber(String certificateNumber) {
		this.certificateNumber = certificateNumber;
	}

	public String getIssuingAuthority() {
		return this.issuingAuthority;
	}

	public void setIssuingAuthority(String issuingAuthority) {
		this.issuingAuthority = issuingAuthority;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

}
