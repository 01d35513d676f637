package org.ohsonline.agency.web;

import java.time.LocalDate;

import org.ohsonline.agency.EngagementCommand;
import org.ohsonline.agency.ServiceType;

import org.springframework.format.annotation.DateTimeFormat;

/** The engagement form: the employer by its credit code, the service and the contract period. */
public class EngagementForm {

	private String employerCreditCode;

	private ServiceType serviceType;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	EngagementCommand toCommand() {
		return new EngagementCommand(this.employerCreditCode, this.serviceType, this.startsOn, this.endsOn);
	}

	public String getEmployerCreditCode() {
		return this.employerCreditCode;
	}

	public void setEmployerCreditCode(String employerCreditCode) {
		this.employerCreditCode = employerCreditCode;
	}

	public ServiceType getServiceType() {
		return this.serviceType;
	}

	public void setServiceType(ServiceType serviceType) {
		this.serviceType = serviceType;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

}
