package org.ohsonline.agency.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ohsonline.agency.EngagementView;
import org.ohsonline.agency.ServiceType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for engagements. */
@Repository
class EngagementStore {

	private final JdbcClient jdbc;

	EngagementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<EngagementView> ofAgency(long agencyId, LocalDate today) {
		return this.jdbc.sql("select * from agency.engagement where agency_id = :id order by starts_on desc, id desc")
			.param("id", agencyId)
			.query((rs, n) -> view(rs, today))
			.list();
	}

	Optional<EngagementView> find(long id, LocalDate today) {
		return this.jdbc.sql("select * from agency.engagement where id = :id")
			.param("id", id)
			.query((rs, n) -> view(rs, today))
			.optional();
	}

	/** Agencies engaged by the employer for the service on the day. */
	List<Long> agenciesOf(long employerId, ServiceType serviceType, LocalDate on) {
		return this.jdbc.sql("""
				select distinct agency_id from agency.engagement
				where employer_id = :employer and service_type = :service and starts_on <= :on and ends_on >= :on
				order by agency_id""")
			.param("employer", employerId)
			.param("service", serviceType.name())
			.param("on", Date.valueOf(on))
			.query(Long.class)
			.list();
	}

	long insert(long agencyId, long employerId, String creditCode, String name, String region, ServiceType serviceType,
			LocalDate startsOn, LocalDate endsOn, Instant at) {
		return this.jdbc.sql("""
				insert into agency.engagement (agency_id, employer_id, employer_credit_code, employer_name,
				    employer_region_code, service_type, starts_on, ends_on, created_at)
				values (:agency, :employer, :code, :name, :region, :service, :startsOn, :endsOn, :at)
				returning id""")
			.param("agency", agencyId)
			.param("employer", employerId)
			.param("code", creditCode)
			.param("name", name)
			.param("region", region)
			.param("service", serviceType.name())
			.param("startsOn", Date.valueOf(startsOn))
			.param("endsOn", Date.valueOf(endsOn))
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	void end(long id, LocalDate endsOn) {
		this.jdbc.sql("update agency.engagement set ends_on = :endsOn where id = :id")
			.param("id", id)
			.param("endsOn", Date.valueOf(endsOn))
			.update();
	}

	private static EngagementView view(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate startsOn = rs.getDate("starts_on").toLocalDate();
		LocalDate endsOn = rs.getDate("ends_on").toLocalDate();
		return new EngagementView(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("employer_id"),
				rs.getString("employer_credit_code"), rs.getString("employer_name"), rs.getString("employer_region_code"),
				ServiceType.valueOf(rs.getString("service_type")), startsOn, endsOn,
				!today.isBefore(startsOn) && !today.isAfter(endsOn), rs.getBoolean("synthetic"));
	}

}
