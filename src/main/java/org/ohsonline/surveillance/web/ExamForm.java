package org.ohsonline.surveillance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ohsonline.agency.ExamType;
import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.surveillance.ExamConclusion;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The exam entry form: who, when, one row per hazard with its conclusion, the audiogram grid, the
 * typed key results and further items. Blank rows are left out of the command.
 */
public class ExamForm {

	static final int HAZARD_ROWS = 5;

	static final int ITEM_ROWS = 4;

	static final int[] FREQUENCIES = { 500, 1000, 2000, 3000, 4000, 6000 };

	private String employerCreditCode;

	private String workerIdNumber;

	private ExamType examType;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate examinedOn;

	private List<ConclusionRow> conclusions = new ArrayList<>();

	/** Thresholds, left ear then right, in {@link #FREQUENCIES} order (12 cells). */
	private List<Integer> thresholds = new ArrayList<>();

	private String chestResult;

	private BigDecimal fvcPercent;

	private BigDecimal fev1Percent;

	private BigDecimal fev1FvcPercent;

	private BigDecimal bloodLead;

	private BigDecimal wbc;

	private BigDecimal neutrophils;

	private BigDecimal hemoglobin;

	private BigDecimal platelets;

	private List<ItemRow> items = new ArrayList<>();

	private String recommendation;

	public ExamForm() {
		pad();
	}

	/** Fills the grid and the rows up to their fixed sizes, so every cell has an input. */
	void pad() {
		while (this.conclusions.size() < HAZARD_ROWS) {
			this.conclusions.add(new ConclusionRow());
		}
		while (this.thresholds.size() < 2 * FREQUENCIES.length) {
			this.thresholds.add(null);
		}
		while (this.items.size() < ITEM_ROWS) {
			this.items.add(new ItemRow());
		}
	}

	ExamCommand command() {
		List<ExamCommand.HazardConclusion> given = new ArrayList<>();
		for (ConclusionRow row : this.conclusions) {
			if (!blank(row.hazardCode) || row.conclusion != null) {
				given.add(new ExamCommand.HazardConclusion(row.hazardCode, row.conclusion, blankToNull(row.diseaseCode),
						blankToNull(row.detail), row.recheckOn));
			}
		}
		List<ExamCommand.Threshold> audiogram = new ArrayList<>();
		for (int i = 0; i < this.thresholds.size() && i < 2 * FREQUENCIES.length; i++) {
			if (this.thresholds.get(i) != null) {
				audiogram.add(new ExamCommand.Threshold(i < FREQUENCIES.length ? "L" : "R",
						FREQUENCIES[i % FREQUENCIES.length], this.thresholds.get(i)));
			}
		}
		List<ExamCommand.Item> further = new ArrayList<>();
		for (ItemRow row : this.items) {
			if (!blank(row.code) || !blank(row.value)) {
				further.add(new ExamCommand.Item(row.code, row.value, blankToNull(row.unit), row.abnormal));
			}
		}
		return new ExamCommand(null, this.employerCreditCode, this.workerIdNumber, this.examType, this.examinedOn, given,
				audiogram, blankToNull(this.chestResult), this.fvcPercent, this.fev1Percent, this.fev1FvcPercent,
				this.bloodLead, this.wbc, this.neutrophils, this.hemoglobin, this.platelets, further, this.recommendation);
	}

	/**
	 * Where a service error about the command belongs on the form: hazard rows keep their index when no
	 * row above was blank; audiogram and item errors go to their section.
	 */
	String formField(String commandField) {
		if (commandField == null) {
			return null;
		}
		if (commandField.startsWith("audiogram")) {
			return "thresholds";
		}
		if (commandField.startsWith("items")) {
			return "items";
		}
		if (commandField.startsWith("conclusions[")) {
			int index = Integer.parseInt(commandField.substring(12, commandField.indexOf(']')));
			int seen = -1;
			for (int row = 0; row < this.conclusions.size(); row++) {
				ConclusionRow r = this.conclusions.get(row);
				if (!blank(r.hazardCode) || r.conclusion != null) {
					seen++;
				}
				if (seen == index) {
					return "conclusions[" + row + "]" + commandField.substring(commandField.indexOf(']') + 1);
				}
			}
			return "conclusions";
		}
		return commandField;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String blankToNull(String value) {
		return blank(value) ? null : value.trim();
	}

	/** One hazard's row. */
	public static class ConclusionRow {

		private String hazardCode;

		private ExamConclusion conclusion;

		private String diseaseCode;

		private String detail;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate recheckOn;

		public String getHazardCode() {
			return this.hazardCode;
		}

		public void setHazardCode(String hazardCode) {
			this.hazardCode = hazardCode;
		}

		public ExamConclusion getConclusion() {
			return this.conclusion;
		}

		public void setConclusion(ExamConclusion conclusion) {
			this.conclusion = conclusion;
		}

		public String getDiseaseCode() {
			return this.diseaseCode;
		}

		public void setDiseaseCode(String diseaseCode) {
			this.diseaseCode = diseaseCode;
		}

		public String getDetail() {
			return this.detail;
		}

		public void setDetail(String detail) {
			this.detail = detail;
		}

		public LocalDate getRecheckOn() {
			return this.recheckOn;
		}

		public void setRecheckOn(LocalDate recheckOn) {
			this.recheckOn = recheckOn;
		}

	}

	/** One further item. */
	public static class ItemRow {

		private String code;

		private String value;

		private String unit;

		private Boolean abnormal;

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getValue() {
			return this.value;
		}

		public void setValue(String value) {
			this.value = value;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public Boolean getAbnormal() {
			return this.abnormal;
		}

		public void setAbnormal(Boolean abnormal) {
			this.abnormal = abnormal;
		}

	}

	public String getEmployerCreditCode() {
		return this.employerCreditCode;
	}

	public void setEmployerCreditCode(String employerCreditCode) {
		this.employerCreditCode = employerCreditCode;
	}

	public String getWorkerIdNumber() {
		return this.workerIdNumber;
	}

	public void setWorkerIdNumber(String workerIdNumber) {
		this.workerIdNumber = workerIdNumber;
	}

	public ExamType getExamType() {
		return this.examType;
	}

	public void setExamType(ExamType examType) {
		this.examType = examType;
	}

	public LocalDate getExaminedOn() {
		return this.examinedOn;
	}

	public void setExaminedOn(LocalDate examinedOn) {
		this.examinedOn = examinedOn;
	}

	public List<ConclusionRow> getConclusions() {
		return this.conclusions;
	}

	public void setConclusions(List<ConclusionRow> conclusions) {
		this.conclusions = conclusions;
	}

	public List<Integer> getThresholds() {
		return this.thresholds;
	}

	public void setThresholds(List<Integer> thresholds) {
		this.thresholds = thresholds;
	}

	public String getChestResult() {
		return this.chestResult;
	}

	public void setChestResult(String chestResult) {
		this.chestResult = chestResult;
	}

	public BigDecimal getFvcPercent() {
		return this.fvcPercent;
	}

	public void setFvcPercent(BigDecimal fvcPercent) {
		this.fvcPercent = fvcPercent;
	}

	public BigDecimal getFev1Percent() {
		return this.fev1Percent;
	}

	public void setFev1Percent(BigDecimal fev1Percent) {
		this.fev1Percent = fev1Percent;
	}

	public BigDecimal getFev1FvcPercent() {
		return this.fev1FvcPercent;
	}

	public void setFev1FvcPercent(BigDecimal fev1FvcPercent) {
		this.fev1FvcPercent = fev1FvcPercent;
	}

	public BigDecimal getBloodLead() {
		return this.bloodLead;
	}

	public void setBloodLead(BigDecimal bloodLead) {
		this.bloodLead = bloodLead;
	}

	public BigDecimal getWbc() {
		return this.wbc;
	}

	public void setWbc(BigDecimal wbc) {
		this.wbc = wbc;
	}

	public BigDecimal getNeutrophils() {
		return this.neutrophils;
	}

	public void setNeutrophils(BigDecimal neutrophils) {
		this.neutrophils = neutrophils;
	}

	public BigDecimal getHemoglobin() {
		return this.hemoglobin;
	}

	public void setHemoglobin(BigDecimal hemoglobin) {
		this.hemoglobin = hemoglobin;
	}

	public BigDecimal getPlatelets() {
		return this.platelets;
	}

	public void setPlatelets(BigDecimal platelets) {
		this.platelets = platelets;
	}

	public List<ItemRow> getItems() {
		return this.items;
	}

	public void setItems(List<ItemRow> items) {
		this.items = items;
	}

	public String getRecommendation() {
		return this.recommendation;
	}

	public void setRecommendation(String recommendation) {
		this.recommendation = recommendation;
	}

}
