package org.ohsonline.surveillance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ohsonline.agency.ExamType;
import org.ohsonline.surveillance.BookingCommand;

import org.springframework.format.annotation.DateTimeFormat;

/** The employer's booking form: which institution, which exam, which day, which workers. */
public class BookingForm {

	private Long institutionId;

	private ExamType examType = ExamType.IN_SERVICE;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate day;

	private String note;

	private List<Long> workers = new ArrayList<>();

	BookingCommand toCommand(long employerId) {
		return new BookingCommand(employerId, this.institutionId, this.examType, this.day,
				this.workers.stream().filter(java.util.Objects::nonNull).distinct().map(BookingCommand.Worker::proposed)
					.toList(),
				this.note);
	}

	public Long getInstitutionId() {
		return this.institutionId;
	}

	public void setInstitutionId(Long institutionId) {
		this.institutionId = institutionId;
	}

	public ExamType getExamType() {
		return this.examType;
	}

	public void setExamType(ExamType examType) {
		this.examType = examType;
	}

	public LocalDate getDay() {
		return this.day;
	}

	public void setDay(LocalDate day) {
		this.day = day;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<Long> getWorkers() {
		return this.workers;
	}

	public void setWorkers(List<Long> workers) {
		this.workers = workers == null ? new ArrayList<>() : workers;
	}

}
