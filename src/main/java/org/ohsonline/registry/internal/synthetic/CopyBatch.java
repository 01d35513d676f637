package org.ohsonline.registry.internal.synthetic;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.ohsonline.reference.SizeClass;
import org.ohsonline.registry.internal.BulkDerivations;
import org.ohsonline.shared.CopyText;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.PiiCipher;

/**
 * Planned employers rendered as PostgreSQL {@code COPY … FROM STDIN} text, one payload per table
 * in foreign-key order, with ids taken from the tables' own sequences, identity numbers encrypted,
 * blind-indexed and masked, and size class and severity derived by the register's rules.
 */
final class CopyBatch {

	/** The tables in the order they must be written, with the columns each payload carries. */
	static final Map<String, String> COLUMNS = columns();

	/** Hands out a block of ids of a table's sequence: returns the first of {@code count}. */
	interface Ids {

		long reserve(String table, int count);

	}

	/** What a run keeps across batches: ids of employers and of their first post, by ordinal. */
	static final class Ledger {

		private long[] employerIds = new long[1024];

		private long[] firstPostIds = new long[1024];

		private String[] regions = new String[1024];

		void put(int ordinal, long employerId, long firstPostId, String region) {
			if (ordinal >= this.employerIds.length) {
				int size = Math.max(ordinal + 1, this.employerIds.length * 2);
				this.employerIds = java.util.Arrays.copyOf(this.employerIds, size);
				this.firstPostIds = java.util.Arrays.copyOf(this.firstPostIds, size);
				this.regions = java.util.Arrays.copyOf(this.regions, size);
			}
			this.employerIds[ordinal] = employerId;
			this.firstPostIds[ordinal] = firstPostId;
			this.regions[ordinal] = region;
		}

	}

	final Map<String, byte[]> payloads = new LinkedHashMap<>();

	final Map<String, Integer> rows = new LinkedHashMap<>();

	final int employers;

	final int workers;

	CopyBatch(List<Plans.Employer> plans, Ids ids, Ledger ledger, PiiCipher cipher, BulkDerivations.Session derive,
			Instant now) {
		String at = now.toString();
		int siteCount = 0;
		int workshopCount = 0;
		int postCount = 0;
		int workerCount = 0;
		int employmentCount = 0;
		for (Plans.Employer e : plans) {
			siteCount += e.sites().size();
			for (Plans.Site s : e.sites()) {
				workshopCount += s.workshops().size();
				for (Plans.Workshop w : s.workshops()) {
					postCount += w.posts().size();
				}
			}
			workerCount += e.workers().size();
			for (Plans.Worker w : e.workers()) {
				employmentCount += w.past() == null ? 1 : 2;
			}
		}
		long employerId = ids.reserve("employer", plans.size());
		long siteId = ids.reserve("site", siteCount);
		long workshopId = ids.reserve("workshop", workshopCount);
		long postId = ids.reserve("post", postCount);
		long workerId = ids.reserve("worker", workerCount);
		long employmentId = ids.reserve("employment", employmentCount);

		// Encryption dominates the CPU time of a batch and is independent per person: use every core.
		List<Plans.Worker> people = plans.stream().flatMap(e -> e.workers().stream()).toList();
		String[][] sealed = new String[people.size()][];
		IntStream.range(0, people.size()).parallel().forEach(i -> {
			Plans.Worker w = people.get(i);
			sealed[i] = new String[] { cipher.encrypt(w.idNumber()), cipher.blindIndex(w.idNumber()),
					Masking.idNumber(w.idNumber()), cipher.encrypt(w.mobile()) };
		});

		StringBuilder employer = new StringBuilder(plans.size() * 400);
		StringBuilder site = new StringBuilder(siteCount * 80);
		StringBuilder workshop = new StringBuilder(workshopCount * 40);
		StringBuilder post = new StringBuilder(postCount * 60);
		StringBuilder postHazard = new StringBuilder(postCount * 30);
		StringBuilder worker = new StringBuilder(workerCount * 260);
		StringBuilder employment = new StringBuilder(employmentCount * 70);
		int hazards = 0;
		int person = 0;
		for (Plans.Employer e : plans) {
			long eid = employerId++;
			long firstPost = postId;
			ledger.put(e.ordinal(), eid, firstPost, e.regionCode());
			BulkDerivations.DerivedSeverity severity = derive.severity(e.industryCode());
			SizeClass size = derive.sizeClass(e.industryCode(), e.employees());
			Long revenue = null;
			if (size == null) {
				// Thresholds by revenue only (construction, real estate): store a revenue and use it.
				revenue = e.revenue();
				size = derive.sizeClass(e.industryCode(), e.employees(), revenue);
			}
			CopyText.line(employer, eid, e.creditCode(), e.name(), e.regionCode(), e.address(), e.industryCode(),
					e.economicTypeCode(), e.employees(), revenue, size == null ? null : size.name(), e.legalRepresentative(),
					e.ohManagerName(), cipher.encrypt(e.ohManagerPhone()), cipher.encrypt(e.contactPhone()),
					e.status().name(), severity.severity() == null ? null : severity.severity().name(),
					severity.basis(), "t", at, at, 0, productionStart(e), severity.questionsArray());
			long[] postIds = new long[e.posts().size()];
			int p = 0;
			for (Plans.Site s : e.sites()) {
				long sid = siteId++;
				CopyText.line(site, sid, eid, s.name(), s.address(), null);
				for (Plans.Workshop w : s.workshops()) {
					long wid = workshopId++;
					CopyText.line(workshop, wid, sid, w.name());
					for (Plans.Post pp : w.posts()) {
						long pid = postId++;
						postIds[p++] = pid;
						CopyText.line(post, pid, eid, wid, pp.name(), pp.hoursPerDay().toPlainString(),
								pp.daysPerWeek().toPlainString(), pp.exposedHeadcount());
						for (String hazard : pp.hazards()) {
							CopyText.line(postHazard, pid, hazard);
							hazards++;
						}
					}
				}
			}
			for (Plans.Worker w : e.workers()) {
				long wid = workerId++;
				String[] s = sealed[person++];
				CopyText.line(worker, wid, s[0], s[1], s[2], w.name(), w.male() ? "M" : "F", w.birthDate().toString(), s[3], "t",
						at);
				employment(employment, employmentId++, wid, w.current(), ledger, postIds);
				if (w.past() != null) {
					employment(employment, employmentId++, wid, w.past(), ledger, null);
				}
			}
		}
		put("employer", employer, plans.size());
		put("site", site, siteCount);
		put("workshop", workshop, workshopCount);
		put("post", post, postCount);
		put("post_hazard", postHazard, hazards);
		put("worker", worker, workerCount);
		put("employment", employment, employmentCount);
		this.employers = plans.size();
		this.workers = workerCount;
	}

	long totalRows() {
		return this.rows.values().stream().mapToLong(Integer::longValue).sum();
	}

	/**
	 * The employer of record's region goes on the employment (the scope rules read it); the post is
	 * the host's when dispatched, and the first post of the earlier employer for a past employment.
	 */
	private static void employment(StringBuilder out, long id, long workerId, Plans.Employment employment,
			Ledger ledger, long[] postIds) {
		long employerId = ledger.employerIds[employment.employer()];
		String region = ledger.regions[employment.employer()];
		Long post = employment.post() < 0 ? null
				: postIds != null ? postIds[employment.post()] : ledger.firstPostIds[employment.employer()];
		Long host = employment.dispatched() ? ledger.employerIds[employment.host()] : null;
		CopyText.line(out, id, workerId, employerId, region, post, employment.hiredOn().toString(),
				employment.leftOn() == null ? null : employment.leftOn().toString(), employment.dispatched() ? "t" : "f",
				host, host == null ? null : "CONFIRMED");
	}

	private void put(String table, StringBuilder text, int count) {
		this.payloads.put(table, text.toString().getBytes(StandardCharsets.UTF_8));
		this.rows.put(table, count);
	}

	/** One line of COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
	/**
	 * A synthetic employer started production when it hired its first worker still with it (no draw
	 * from the random sequence, so a seed gives the same register as before); none without workers.
	 */
	static String productionStart(Plans.Employer e) {
		return e.workers()
			.stream()
			.map(w -> w.current().hiredOn())
			.min(java.util.Comparator.naturalOrder())
			.map(java.time.LocalDate::toString)
			.orElse(null);
	}

	private static Map<String, String> columns() {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("employer", "id, credit_code, name, region_code, address, industry_code, economic_type_code, "
				+ "employees, annual_revenue, size_class, legal_representative, oh_manager_name, oh_manager_phone_cipher, "
				+ "contact_phone_cipher, status, severity, severity_basis, synthetic, created_at, updated_at, version, "
				+ "production_started_on, severity_questions");
		columns.put("site", "id, employer_id, name, address, industry_code");
		columns.put("workshop", "id, site_id, name");
		columns.put("post", "id, employer_id, workshop_id, name, hours_per_day, days_per_week, exposed_headcount");
		columns.put("post_hazard", "post_id, hazard_code");
		columns.put("worker", "id, id_number_cipher, id_number_index, id_number_masked, name, gender, birth_date, "
				+ "mobile_cipher, synthetic, created_at");
		columns.put("employment", "id, worker_id, employer_id, region_code, post_id, hired_on, left_on, dispatched, "
				+ "host_employer_id, host_status");
		return java.util.Collections.unmodifiableMap(columns);
	}

}
