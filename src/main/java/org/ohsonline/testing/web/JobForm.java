package org.ohsonline.testing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ohsonline.agency.JobType;
import org.ohsonline.testing.JobCommand;
import org.ohsonline.testing.JobStep;
import org.ohsonline.testing.SamplingMode;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The new-job form of an agency's staff: the header, the participants per step and up to
 * {@value #PLAN_ROWS} rows of the sampling plan (blank rows are left out). Each plan row names a
 * post of the employer and one of the hazards registered at it, with what job grading needs (the
 * GBZ 230 class of a chemical, the free-silica content of a dust, the labour intensity) and, for
 * noise, whether the working week is irregular.
 */
public class JobForm {

	static final int PLAN_ROWS = 8;

	private Long employerId;

	private JobType jobType;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate contractedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate surveyOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate samplingFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate samplingTo;

	private String scope;

	private String methods;

	private boolean hotOutdoor;

	private List<Long> surveyStaff = new ArrayList<>();

	private List<Long> samplingStaff = new ArrayList<>();

	private List<Long> laboratoryStaff = new ArrayList<>();

	private List<Long> evaluationStaff = new ArrayList<>();

	private List<PlanRowForm> plan = new ArrayList<>();

	public JobForm() {
		while (this.plan.size() < PLAN_ROWS) {
			this.plan.add(new PlanRowForm());
		}
	}

	/** The command, and for each of its plan rows the form row it came from. */
	Converted command() {
		List<JobCommand.Participant> participants = new ArrayList<>();
		add(participants, JobStep.SURVEY, this.surveyStaff);
		add(participants, JobStep.SAMPLING, this.samplingStaff);
		add(participants, JobStep.LABORATORY, this.laboratoryStaff);
		add(participants, JobStep.EVALUATION, this.evaluationStaff);
		List<JobCommand.PlanRow> rows = new ArrayList<>();
		List<Integer> formRows = new ArrayList<>();
		for (int i = 0; i < this.plan.size(); i++) {
			PlanRowForm row = this.plan.get(i);
			if (row.blank()) {
				continue;
			}
			rows.add(row.row());
			formRows.add(i);
		}
		return new Converted(new JobCommand(this.employerId, this.jobType, this.contractedOn, this.surveyOn,
				this.samplingFrom, this.samplingTo, this.scope, this.methods, this.hotOutdoor, participants, rows,
				List.of()), formRows);
	}

	private static void add(List<JobCommand.Participant> into, JobStep step, List<Long> staff) {
		if (staff != null) {
			staff.stream().filter(java.util.Objects::nonNull).distinct().forEach(id -> into.add(new JobCommand.Participant(step, id)));
		}
	}

	/** A command built from the form; {@code formRows.get(i)} is the form row of the command's plan row {@code i}. */
	record Converted(JobCommand command, List<Integer> formRows) {

		/** An error field of the command ({@code plan[1].pointName}) as the form's field. */
		String formField(String field) {
			if (field == null || !field.startsWith("plan[")) {
				return field;
			}
			int close = field.indexOf(']');
			int index = Integer.parseInt(field.substring(5, close));
			String property = field.substring(close + 1);
			// The form chooses the post and its factor together.
			if (property.equals(".postId") || property.equals(".factorCode")) {
				property = ".target";
			}
			return index < this.formRows.size() ? "plan[" + this.formRows.get(index) + "]" + property : field;
		}

	}

	/** One row of the plan as the form holds it. */
	public static class PlanRowForm {

		/** {@code postId:factorCode}, chosen among the hazards registered at the employer's posts. */
		private String target;

		private String pointName;

		private String limitCode;

		private SamplingMode mode;

		private Integer plannedSamples;

		private String toxicityClass;

		private BigDecimal silicaPercent;

		private String labourIntensity;

		private boolean irregularWeek;

		boolean blank() {
			return (this.target == null || this.target.isBlank()) && (this.pointName == null || this.pointName.isBlank());
		}

		JobCommand.PlanRow row() {
			Long postId = null;
			String factorCode = null;
			if (this.target != null && this.target.contains(":")) {
				try {
					postId = Long.valueOf(this.target.substring(0, this.target.indexOf(':')));
				}
				catch (NumberFormatException ex) {
					postId = null;
				}
				factorCode = this.target.substring(this.target.indexOf(':') + 1);
			}
			return new JobCommand.PlanRow(postId, this.pointName, factorCode,
					this.limitCode == null || this.limitCode.isBlank() ? null : this.limitCode.trim(), this.mode,
					this.plannedSamples, blankToNull(this.toxicityClass), this.silicaPercent,
					blankToNull(this.labourIntensity), this.irregularWeek);
		}

		private static String blankToNull(String value) {
			return value == null || value.isBlank() ? null : value;
		}

		public String getToxicityClass() {
			return this.toxicityClass;
		}

		public void setToxicityClass(String toxicityClass) {
			this.toxicityClass = toxicityClass;
		}

		public BigDecimal getSilicaPercent() {
			return this.silicaPercent;
		}

		public void setSilicaPercent(BigDecimal silicaPercent) {
			this.silicaPercent = silicaPercent;
		}

		public String getLabourIntensity() {
			return this.labourIntensity;
		}

		public void setLabourIntensity(String labourIntensity) {
			this.labourIntensity = labourIntensity;
		}

		public boolean isIrregularWeek() {
			return this.irregularWeek;
		}

		public void setIrregularWeek(boolean irregularWeek) {
			this.irregularWeek = irregularWeek;
		}

		public String getTarget() {
			return this.target;
		}

		public void setTarget(String target) {
			this.target = target;
		}

		public String getPointName() {
			return this.pointName;
		}

		public void setPointName(String pointName) {
			this.pointName = pointName;
		}

		public String getLimitCode() {
			return this.limitCode;
		}

		public void setLimitCode(String limitCode) {
			this.limitCode = limitCode;
		}

		public SamplingMode getMode() {
			return this.mode;
		}

		public void setMode(SamplingMode mode) {
			this.mode = mode;
		}

		public Integer getPlannedSamples() {
			return this.plannedSamples;
		}

		public void setPlannedSamples(Integer plannedSamples) {
			this.plannedSamples = plannedSamples;
		}

	}

	public Long getEmployerId() {
		return this.employerId;
	}

	public void setEmployerId(Long employerId) {
		this.employerId = employerId;
	}

	public JobType getJobType() {
		return this.jobType;
	}

	public void setJobType(JobType jobType) {
		this.jobType = jobType;
	}

	public LocalDate getContractedOn() {
		return this.contractedOn;
	}

	public void setContractedOn(LocalDate contractedOn) {
		this.contractedOn = contractedOn;
	}

	public LocalDate getSurveyOn() {
		return this.surveyOn;
	}

	public void setSurveyOn(LocalDate surveyOn) {
		this.surveyOn = surveyOn;
	}

	public LocalDate getSamplingFrom() {
		return this.samplingFrom;
	}

	public void setSamplingFrom(LocalDate samplingFrom) {
		this.samplingFrom = samplingFrom;
	}

	public LocalDate getSamplingTo() {
		return this.samplingTo;
	}

	public void setSamplingTo(LocalDate samplingTo) {
		this.samplingTo = samplingTo;
	}

	public String getScope() {
		return this.scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public String getMethods() {
		return this.methods;
	}

	public void setMethods(String methods) {
		this.methods = methods;
	}

	public boolean isHotOutdoor() {
		return this.hotOutdoor;
	}

	public void setHotOutdoor(boolean hotOutdoor) {
		this.hotOutdoor = hotOutdoor;
	}

	public List<Long> getSurveyStaff() {
		return this.surveyStaff;
	}

	public void setSurveyStaff(List<Long> surveyStaff) {
		this.surveyStaff = surveyStaff;
	}

	public List<Long> getSamplingStaff() {
		return this.samplingStaff;
	}

	public void setSamplingStaff(List<Long> samplingStaff) {
		this.samplingStaff = samplingStaff;
	}

	public List<Long> getLaboratoryStaff() {
		return this.laboratoryStaff;
	}

	public void setLaboratoryStaff(List<Long> laboratoryStaff) {
		this.laboratoryStaff = laboratoryStaff;
	}

	public List<Long> getEvaluationStaff() {
		return this.evaluationStaff;
	}

	public void setEvaluationStaff(List<Long> evaluationStaff) {
		this.evaluationStaff = evaluationStaff;
	}

	public List<PlanRowForm> getPlan() {
		return this.plan;
	}

	public void setPlan(List<PlanRowForm> plan) {
		this.plan = plan;
	}

}
