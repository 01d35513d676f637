package org.ohsonline.registry.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The hire form. The host employer (用工单位) of a dispatched worker is named by its credit code,
 * which people know, rather than by a record id.
 */
public class HireForm {

	private String idNumber;

	private String name;

	private String mobile;

	private Long postId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate hiredOn;

	private boolean dispatched;

	private String hostCreditCode;

	public String getIdNumber() {
		return this.idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getMobile() {
		return this.mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = mobile;
	}

	public Long getPostId() {
		return this.postId;
	}

	public void setPostId(Long postId) {
		this.postId = postId;
	}

	public LocalDate getHiredOn() {
		return this.hiredOn;
	}

	public void setHiredOn(LocalDate hiredOn) {
		this.hiredOn = hiredOn;
	}

	public boolean isDispatched() {
		return this.dispatched;
	}

	public void setDispatched(boolean dispatched) {
		this.dispatched = dispatched;
	}

	public String getHostCreditCode() {
		return this.hostCreditCode;
	}

	public void setHostCreditCode(String hostCreditCode) {
		this.hostCreditCode = hostCreditCode;
	}

	/** Never echo the identity number into logs. */
	@Override
	public String toString() {
		return "HireForm[name=" + this.name + "]";
	}

}
