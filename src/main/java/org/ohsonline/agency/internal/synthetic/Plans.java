package org.ohsonline.agency.internal.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.ServiceType;
import org.ohsonline.agency.StaffRole;

/** What the generator decides, before anything is written. */
final class Plans {

	private Plans() {
	}

	/** A county of the run with how many employers the register holds there. */
	record County(String code, String name, String cityCode, String cityName, long employers) {
	}

	record Organisation(int ordinal, AgencyKind kind, String creditCode, String name, String countyCode,
			String address, String contactName, String contactPhone, String certificateNumber,
			String issuingAuthority, LocalDate validFrom, LocalDate validTo, List<String> hazardCategories,
			Set<JobType> jobTypes, Map<ExamType, Integer> dailyCapacity, List<Staff> staff) {
	}

	record Staff(String name, String idNumber, String title, String certificateNumber, Set<StaffRole> roles) {
	}

	/** An employer of the register, as the engagement needs it. */
	record Client(long id, String creditCode, String name, String regionCode, boolean serious) {
	}

	record Engagement(int organisation, Client client, ServiceType serviceType, LocalDate startsOn, LocalDate endsOn) {
	}

}
