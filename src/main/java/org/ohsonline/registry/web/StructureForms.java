package org.ohsonline.registry.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.ohsonline.registry.PostCommand;

/** The site, workshop and post forms as bound from the pages. */
final class StructureForms {

	private StructureForms() {
	}

	public static class SiteForm {

		private String name;

		private String address;

		private String industryCode;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
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

	}

	public static class WorkshopForm {

		private String name;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

	public static class PostForm {

		private String name;

		private BigDecimal hoursPerDay = BigDecimal.valueOf(8);

		private BigDecimal daysPerWeek = BigDecimal.valueOf(5);

		private Integer exposedHeadcount;

		private List<String> hazardCodes = new ArrayList<>();

		PostCommand toCommand() {
			return new PostCommand(this.name, this.hoursPerDay, this.daysPerWeek, this.exposedHeadcount, this.hazardCodes);
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public BigDecimal getHoursPerDay() {
			return this.hoursPerDay;
		}

		public void setHoursPerDay(BigDecimal hoursPerDay) {
			this.hoursPerDay = hoursPerDay;
		}

		public BigDecimal getDaysPerWeek() {
			return this.daysPerWeek;
		}

		public void setDaysPerWeek(BigDecimal daysPerWeek) {
			this.daysPerWeek = daysPerWeek;
		}

		public Integer getExposedHeadcount() {
			return this.exposedHeadcount;
		}

		public void setExposedHeadcount(Integer exposedHeadcount) {
			this.exposedHeadcount = exposedHeadcount;
		}

		public List<String> getHazardCodes() {
			return this.hazardCodes;
		}

		public void setHazardCodes(List<String> hazardCodes) {
			this.hazardCodes = hazardCodes == null ? new ArrayList<>() : hazardCodes;
		}

	}

}
