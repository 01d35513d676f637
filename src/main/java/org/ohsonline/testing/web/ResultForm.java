package org.ohsonline.testing.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.testing.ResultInput;
import org.ohsonline.testing.SamplingMode;

import org.springframework.format.annotation.DateTimeFormat;

/** The result entry form of a job page: one result at a time. */
public class ResultForm {

	private String sampleNumber;

	private Long postId;

	private String pointName;

	private String subject;

	private String factorCode;

	private String limitCode;

	private String method;

	private SamplingMode mode;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime start;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime end;

	private BigDecimal durationMinutes;

	private BigDecimal value;

	private String unit;

	private BigDecimal limitOfDetection;

	private boolean nonDetect;

	private LabourIntensity labourIntensity;

	ResultInput input() {
		return new ResultInput(this.sampleNumber, this.postId, this.pointName, this.subject, this.factorCode,
				this.limitCode, this.method, this.mode, this.start, this.end, this.durationMinutes,
				this.nonDetect ? null : this.value, this.unit, this.limitOfDetection, this.nonDetect,
				this.labourIntensity);
	}

	public String getSampleNumber() {
		return this.sampleNumber;
	}

	public void setSampleNumber(String sampleNumber) {
		this.sampleNumber = sampleNumber;
	}

	public Long getPostId() {
		return this.postId;
	}

	public void setPostId(Long postId) {
		this.postId = postId;
	}

	public String getPointName() {
		return this.pointName;
	}

	public void setPointName(String pointName) {
		this.pointName = pointName;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getFactorCode() {
		return this.factorCode;
	}

	public void setFactorCode(String factorCode) {
		this.factorCode = factorCode;
	}

	public String getLimitCode() {
		return this.limitCode;
	}

	public void setLimitCode(String limitCode) {
		this.limitCode = limitCode;
	}

	public String getMethod() {
		return this.method;
	}

	public void setMethod(String method) {
		this.method = method;
	}

	public SamplingMode getMode() {
		return this.mode;
	}

	public void setMode(SamplingMode mode) {
		this.mode = mode;
	}

	public LocalDateTime getStart() {
		return this.start;
	}

	public void setStart(LocalDateTime start) {
		this.start = start;
	}

	public LocalDateTime getEnd() {
		return this.end;
	}

	public void setEnd(LocalDateTime end) {
		this.end = end;
	}

	public BigDecimal getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(BigDecimal durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public BigDecimal getLimitOfDetection() {
		return this.limitOfDetection;
	}

	public void setLimitOfDetection(BigDecimal limitOfDetection) {
		this.limitOfDetection = limitOfDetection;
	}

	public boolean isNonDetect() {
		return this.nonDetect;
	}

	public void setNonDetect(boolean nonDetect) {
		this.nonDetect = nonDetect;
	}

	public LabourIntensity getLabourIntensity() {
		return this.labourIntensity;
	}

	public void setLabourIntensity(LabourIntensity labourIntensity) {
		this.labourIntensity = labourIntensity;
	}

}
