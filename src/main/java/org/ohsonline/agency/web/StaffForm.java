package org.ohsonline.agency.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.ohsonline.agency.StaffCommand;
import org.ohsonline.agency.StaffRole;
import org.ohsonline.agency.StaffView;

/** The staff form; the identity number is asked for only when adding and never filled back in. */
public class StaffForm {

	private String name;

	private String idNumber;

	private String title;

	private String certificateNumber;

	private List<StaffRole> roles = new ArrayList<>();

	static StaffForm of(StaffView view) {
		StaffForm form = new StaffForm();
		form.name = view.name();
		form.title = view.title();
		form.certificateNumber = view.certificateNumber();
		form.roles = new ArrayList<>(view.roles());
		return form;
	}

	StaffCommand toCommand() {
		return new StaffCommand(this.name, this.idNumber, this.title, this.certificateNumber,
				this.roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(this.roles));
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getIdNumber() {
		return this.idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getCertificateNumber() {
		return this.certificateNumber;
	}

	public void setCertificateNumber(String certificateNumber) {
		this.certificateNumber = certificateNumber;
	}

	public List<StaffRole> getRoles() {
		return this.roles;
	}

	public void setRoles(List<StaffRole> roles) {
		this.roles = roles == null ? new ArrayList<>() : roles;
	}

}
