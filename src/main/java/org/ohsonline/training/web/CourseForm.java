package org.ohsonline.training.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.ohsonline.training.Audience;
import org.ohsonline.training.CourseCommand;
import org.ohsonline.training.CourseView;

/** The course settings form; hazard codes typed comma-separated. */
public class CourseForm {

	private String title;

	private String summary;

	private Audience audience;

	private String hazardCodes;

	private BigDecimal hours;

	private Integer passMark = 60;

	private Integer paperSize = 10;

	private Integer minQuizSeconds = 60;

	private Integer maxAttempts = 3;

	static CourseForm of(CourseView c) {
		CourseForm form = new CourseForm();
		form.title = c.title();
		form.summary = c.summary();
		form.audience = c.audience();
		form.hazardCodes = String.join(", ", c.hazardCodes());
		form.hours = c.hours();
		form.passMark = c.passMark();
		form.paperSize = c.paperSize();
		form.minQuizSeconds = c.minQuizSeconds();
		form.maxAttempts = c.maxAttempts();
		return form;
	}

	CourseCommand command() {
		List<String> codes = this.hazardCodes == null ? List.of()
				: Arrays.stream(this.hazardCodes.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
		return new CourseCommand(this.title, this.summary, this.audience, codes, this.hours, this.passMark,
				this.paperSize, this.minQuizSeconds, this.maxAttempts);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Audience getAudience() {
		return this.audience;
	}

	public void setAudience(Audience audience) {
		this.audience = audience;
	}

	public String getHazardCodes() {
		return this.hazardCodes;
	}

	public void setHazardCodes(String hazardCodes) {
		this.hazardCodes = hazardCodes;
	}

	public BigDecimal getHours() {
		return this.hours;
	}

	public void setHours(BigDecimal hours) {
		this.hours = hours;
	}

	public Integer getPassMark() {
		return this.passMark;
	}

	public void setPassMark(Integer passMark) {
		this.passMark = passMark;
	}

	public Integer getPaperSize() {
		return this.paperSize;
	}

	public void setPaperSize(Integer paperSize) {
		this.paperSize = paperSize;
	}

	public Integer getMinQuizSeconds() {
		return this.minQuizSeconds;
	}

	public void setMinQuizSeconds(Integer minQuizSeconds) {
		this.minQuizSeconds = minQuizSeconds;
	}

	public Integer getMaxAttempts() {
		return this.maxAttempts;
	}

	public void setMaxAttempts(Integer maxAttempts) {
		this.maxAttempts = maxAttempts;
	}

}
