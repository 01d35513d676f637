package org.ohsonline.agency.internal.synthetic;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.Engagements;
import org.ohsonline.agency.SyntheticAgencies;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.Severity;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerStatus;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CopyText;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.RegionCode;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a planned run: organisations one by one (a few hundred at most), everything else with
 * COPY, in one transaction that ends with the run's audit entry. Employers come from the register's
 * facade, county by county, so memory holds one county's employers at a time.
 */
@Service
class SyntheticAgencyService implements SyntheticAgencies {

	private static final Logger log = LoggerFactory.getLogger(SyntheticAgencyService.class);

	private static final Actor SYSTEM = Actor.system("synthetic-agencies");

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Employers employers;

	private final Divisions divisions;

	private final HazardFactors hazards;

	private final PiiCipher cipher;

	private final AuditTrail audit;

	private final Environment environment;

	private final Clock clock;

	private final Engagements engagements;

	private final ServiceHistoryWriter history;

	SyntheticAgencyService(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions,
			Employers employers, Divisions divisions, HazardFactors hazards, PiiCipher cipher, AuditTrail audit,
			Environment environment, Clock clock, Engagements engagements, ServiceHistoryWriter history) {
		this.engagements = engagements;
		this.history = history;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.employers = employers;
		this.divisions = divisions;
		this.hazards = hazards;
		this.cipher = cipher;
		this.audit = audit;
		this.environment = environment;
		this.clock = clock;
	}

	@Override
	public long census() {
		return this.jdbc.sql("select count(*) from agency.agency where synthetic").query(Long.class).single();
	}

	@Override
	public Optional<Summary> generate(SyntheticData.Request request) {
		refuseInProduction(request);
		if (census() > 0) {
			log.info("Synthetic agencies exist already; none added");
			return Optional.empty();
		}
		Instant started = Instant.now(this.clock);
		List<Plans.County> counties = counties(request.scale().regionCode());
		List<String> categories = new ArrayList<>(new TreeSet<>(this.hazards.factors(null)
			.stream()
			.map(HazardFactor::categoryCode)
			.filter(c -> c != null)
			.toList()));
		String province = request.scale().regionCode().substring(0, 2);
		String authority = this.divisions.find(province).map(Division::name).orElse(province) + "卫生健康委员会";
		boolean demo = this.jdbc.sql("select count(*) from agency.agency where credit_code in (:a, :b)")
			.param("a", AgencyGenerator.DEMO_AGENCY)
			.param("b", AgencyGenerator.DEMO_INSTITUTION)
			.query(Long.class)
			.single() == 0;
		AgencyGenerator generator = new AgencyGenerator(request.seed(), counties, categories, authority, demo);
		Summary summary = this.transactions.execute(status -> {
			Summary written = write(generator, counties, started);
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("scale", request.scale().name());
			after.put("seed", request.seed());
			after.put("region", request.scale().regionCode());
			after.put("serviceAgencies", written.serviceAgencies());
			after.put("examInstitutions", written.examInstitutions());
			after.put("diagnosisInstitutions", written.diagnosisInstitutions());
			after.put("staff", written.staff());
			after.put("engagements", written.engagements());
			after.put("elapsedSeconds", written.elapsed().toSeconds());
			this.audit.record(SYSTEM, AUDIT_ACTION, AuditTarget.of("synthetic-run", null, request.scale().regionCode()),
					null, after);
			return written;
		});
		for (String table : List.of("agency", "scope_hazard", "scope_job_type", "exam_capacity", "staff", "engagement")) {
			// Fixed table names; statistics for the planner after a bulk load.
			this.jdbc.sql("analyze agency." + table).update();
		}
		// The synthetic engagements stand accepted: open their employers to the organisations.
		this.engagements.reconcileGrants(SYSTEM);
		log.info("Synthetic agencies written in {} ms: {}", summary.elapsed().toMillis(), summary);
		return Optional.of(summary);
	}

	@Override
	public Optional<History> history(SyntheticData.Request request) {
		refuseInProduction(request);
		if (census() == 0) {
			log.info("No synthetic agencies: no service history to write");
			return Optional.empty();
		}
		if (this.history.written()) {
			log.info("A synthetic service history exists already; none added");
			return Optional.empty();
		}
		String region = request.scale().regionCode();
		History written = this.transactions.execute(status -> {
			History made = this.history.write(SYSTEM, region, request.seed());
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("region", region);
			after.put("seed", request.seed());
			after.put("from", made.from().toString());
			after.put("to", made.to().toString());
			after.put("deliveries", made.deliveries());
			after.put("evaluations", made.evaluations());
			after.put("complaints", made.complaints());
			after.put("penalties", made.penalties());
			after.put("period", made.period());
			after.put("drawn", made.drawn());
			after.put("reviewed", made.reviewed());
			after.put("findings", made.findings());
			this.audit.record(SYSTEM, HISTORY_ACTION, AuditTarget.of("synthetic-run", null, region), null, after);
			return made;
		});
		for (String table : List.of("quality_sample", "quality_finding")) {
			// Fixed table names; statistics for the planner after a bulk load.
			this.jdbc.sql("analyze agency." + table).update();
		}
		log.info("Synthetic service history written in {} ms: {}", written.elapsed().toMillis(), written);
		return Optional.of(written);
	}

	private void refuseInProduction(SyntheticData.Request request) {
		if (this.environment.acceptsProfiles(Profiles.of("prod")) && !request.allowInProduction()) {
			throw new IllegalStateException("Refusing to generate synthetic agencies under the prod profile "
					+ "(override: --allow-synthetic-in-production)");
		}
	}

	private Summary write(AgencyGenerator generator, List<Plans.County> counties, Instant started) {
		Instant now = Instant.now(this.clock);
		Map<Integer, Long> ids = new LinkedHashMap<>();
		Map<AgencyKind, Integer> kinds = new EnumMap<>(AgencyKind.class);
		StringBuilder hazards = new StringBuilder();
		StringBuilder jobTypes = new StringBuilder();
		StringBuilder capacity = new StringBuilder();
		StringBuilder staff = new StringBuilder();
		long people = 0;
		for (Plans.Organisation organisation : generator.organisations()) {
			long id = insert(organisation, now);
			ids.put(organisation.ordinal(), id);
			kinds.merge(organisation.kind(), 1, Integer::sum);
			organisation.hazardCategories().forEach(code -> CopyText.line(hazards, id, code, "t"));
			organisation.jobTypes().forEach(type -> CopyText.line(jobTypes, id, type.name()));
			organisation.dailyCapacity().forEach((type, n) -> CopyText.line(capacity, id, type.code(), n));
			for (Plans.Staff person : organisation.staff()) {
				CopyText.line(staff, id, person.name(), this.cipher.encrypt(person.idNumber()),
						this.cipher.blindIndex(person.idNumber()), Masking.idNumber(person.idNumber()), person.title(),
						person.certificateNumber(), person.roles().stream().sorted().map(Enum::name).reduce((a, b) -> a + "," + b).orElse(""),
						"ACTIVE", "t", now, now);
				people++;
			}
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			AgencyCopy.copy(copy, "scope_hazard (agency_id, hazard_code, category)", hazards);
			AgencyCopy.copy(copy, "scope_job_type (agency_id, job_type)", jobTypes);
			AgencyCopy.copy(copy, "exam_capacity (agency_id, exam_type, daily_capacity)", capacity);
			AgencyCopy.copy(copy, "staff (agency_id, name, id_number_cipher, id_number_index, id_number_masked, title, "
					+ "certificate_number, roles, status, synthetic, created_at, updated_at)", staff);
			long engagements = 0;
			for (Plans.County county : counties) {
				List<Plans.Client> clients = new ArrayList<>();
				this.employers.forEach(SYSTEM, new EmployerFilter(null, county.code(), null, null, null, null, null),
						employer -> {
							if (employer.name().endsWith(SyntheticData.NAME_MARK)
									&& employer.status() == EmployerStatus.IN_PRODUCTION) {
								clients.add(new Plans.Client(employer.id(), employer.creditCode(), employer.name(),
										employer.regionCode(), employer.severity() == Severity.SERIOUS));
							}
						});
				StringBuilder rows = new StringBuilder();
				for (Plans.Engagement engagement : generator.engage(county, clients)) {
					Plans.Client client = engagement.client();
					CopyText.line(rows, ids.get(engagement.organisation()), client.id(), client.creditCode(), client.name(),
							client.regionCode(), engagement.serviceType().name(), Date.valueOf(engagement.startsOn()),
							Date.valueOf(engagement.endsOn()), "t", now, "ACCEPTED");
					engagements++;
				}
				AgencyCopy.copy(copy, "engagement (agency_id, employer_id, employer_credit_code, employer_name, employer_region_code, "
						+ "service_type, starts_on, ends_on, synthetic, created_at, status)", rows);
			}
			return new Summary(kinds.getOrDefault(AgencyKind.SERVICE_AGENCY, 0),
					kinds.getOrDefault(AgencyKind.EXAM_INSTITUTION, 0),
					kinds.getOrDefault(AgencyKind.DIAGNOSIS_INSTITUTION, 0), people, engagements,
					Duration.between(started, Instant.now(this.clock)));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Writing synthetic agencies failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private long insert(Plans.Organisation organisation, Instant now) {
		return this.jdbc.sql("""
				insert into agency.agency (kind, credit_code, name, region_code, address, contact_name,
				    contact_phone_cipher, status, certificate_number, issuing_authority, valid_from, valid_to,
				    synthetic, created_at, updated_at)
				values (:kind, :code, :name, :region, :address, :contact, :phone, 'ACTIVE', :certificate, :authority,
				    :validFrom, :validTo, true, :at, :at)
				returning id""")
			.param("kind", organisation.kind().name())
			.param("code", organisation.creditCode())
			.param("name", organisation.name())
			.param("region", organisation.countyCode())
			.param("address", organisation.address())
			.param("contact", organisation.contactName())
			.param("phone", this.cipher.encrypt(organisation.contactPhone()))
			.param("certificate", organisation.certificateNumber())
			.param("authority", organisation.issuingAuthority())
			.param("validFrom", Date.valueOf(organisation.validFrom()))
			.param("validTo", Date.valueOf(organisation.validTo()))
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	/** The counties of the region (the region itself when it is one), each with its employer count. */
	private List<Plans.County> counties(String region) {
		List<Division> found = new ArrayList<>();
		if (region.length() >= 6) {
			this.divisions.find(region.substring(0, 6)).ifPresent(found::add);
		}
		else {
			collect(region, found);
		}
		List<Plans.County> counties = new ArrayList<>();
		for (Division county : found) {
			String city = county.code().substring(0, 4);
			long count = this.employers
				.search(SYSTEM, new EmployerFilter(null, county.code(), null, null, null, null, null), PageQuery.of(1, 1))
				.total();
			counties.add(new Plans.County(county.code(), county.name(), city,
					this.divisions.find(city).map(Division::name).orElse(county.name()), count));
		}
		return counties;
	}

	private void collect(String parent, List<Division> into) {
		for (Division child : this.divisions.children(parent)) {
			if (child.level() == RegionCode.Level.COUNTY) {
				into.add(child);
			}
			else if (child.level() != RegionCode.Level.TOWNSHIP) {
				collect(child.code(), into);
			}
		}
	}

}
