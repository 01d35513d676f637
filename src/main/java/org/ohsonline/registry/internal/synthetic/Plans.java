package org.ohsonline.registry.internal.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.ohsonline.registry.EmployerStatus;

/**
 * What the generator plans, before any id exists: employers refer to each other by their ordinal
 * in the run (the order of generation), posts by their index in the employer's posts.
 */
final class Plans {

	private Plans() {
	}

	/**
	 * @param revenue a plausible annual revenue (万元), stored only where headcount alone does not
	 * decide the size class (construction, real estate)
	 */
	record Employer(int ordinal, String creditCode, String name, String regionCode, String address, String industryCode,
			String economicTypeCode, int employees, long revenue, String legalRepresentative, String ohManagerName,
			String ohManagerPhone, String contactPhone, EmployerStatus status, List<Site> sites, List<Worker> workers) {

		List<Post> posts() {
			return this.sites.stream().flatMap(s -> s.workshops().stream()).flatMap(w -> w.posts().stream()).toList();
		}

	}

	record Site(String name, String address, List<Workshop> workshops) {
	}

	record Workshop(String name, List<Post> posts) {
	}

	record Post(String name, BigDecimal hoursPerDay, BigDecimal daysPerWeek, int exposedHeadcount,
			List<String> hazards) {
	}

	/** A person with their current employment and at most one earlier one. */
	record Worker(String idNumber, String name, boolean male, LocalDate birthDate, String mobile, Employment current,
			Employment past) {
	}

	/**
	 * @param employer the ordinal of the employer of record (a labour-dispatch firm when dispatched)
	 * @param host the ordinal of the host employer (用工单位) of a dispatched worker, else -1
	 * @param post the index of the post among the posts of the employer where the work is done
	 * (the host when dispatched), or -1 for none
	 */
	record Employment(int employer, int host, int post, LocalDate hiredOn, LocalDate leftOn) {

		boolean dispatched() {
			return this.host >= 0;
		}

	}

}
