package org.ohsonline.agency.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ohsonline.agency.EngagementStatus;
import org.ohsonline.agency.EngagementView;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.agency.ServiceType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for engagements. */
@Repository
class EngagementStore {

	/** Engagements ({@code g} joined to its organisation {@code a}) visible to a scope. */
	static final String SCOPE = ScopeColumns.on("g")
		.region("employer_region_code")
		.employer("employer_credit_code")
		.agency("case when a.kind = 'SERVICE_AGENCY' then a.credit_code end")
		.institution("case when a.kind <> 'SERVICE_AGENCY' then a.credit_code end")
		.predicate();

	private static final String SELECT = "select g.*, a.name as agency_name from agency.engagement g"
			+ " join agency.agency a on a.id = g.agency_id";

	private final JdbcClient jdbc;

	EngagementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<EngagementView> ofAgency(long agencyId, LocalDate today) {
		return this.jdbc.sql(SELECT + " where g.agency_id = :id order by g.starts_on desc, g.id desc")
			.param("id", agencyId)
			.query((rs, n) -> view(rs, today))
			.list();
	}

	Optional<EngagementView> find(long id, LocalDate today) {
		return this.jdbc.sql(SELECT + " where g.id = :id")
			.param("id", id)
			.query((rs, n) -> view(rs, today))
			.optional();
	}

	/** Agencies engaged by the employer for the service on the day. */
	List<Long> agenciesOf(long employerId, ServiceType serviceType, LocalDate on) {
		return this.jdbc.sql("""
				select distinct agency_id from agency.engagement
				where employer_id = :employer and service_type = :service and starts_on <= :on and ends_on >= :on
				  and status = 'ACCEPTED'
				order by agency_id""")
			.param("employer", employerId)
			.param("service", serviceType.name())
			.param("on", Date.valueOf(on))
			.query(Long.class)
			.list();
	}

	/** Engagements in the scope, proposals first, then newest; {@code status} null: all. */
	List<EngagementView> list(ScopeFilter scope, EngagementStatus status, LocalDate today) {
		return this.jdbc.sql(SELECT + " where " + SCOPE + """
				 and (cast(:status as text) is null or g.status = cast(:status as text))
				order by g.status = 'PROPOSED' desc, g.created_at desc, g.id desc limit 500""")
			.params(scope.parameters())
			.param("status", status == null ? null : status.name())
			.query((rs, n) -> view(rs, today))
			.list();
	}

	/** Accepted engagements whose contract period has not ended: the grants they give. */
	List<EngagementView> acceptedInForce(LocalDate today) {
		return this.jdbc.sql(SELECT + " where g.status = 'ACCEPTED' and g.ends_on >= :today")
			.param("today", Date.valueOf(today))
			.query((rs, n) -> view(rs, today))
			.list();
	}

	void answer(long id, EngagementStatus status, String by, Instant at) {
		this.jdbc.sql("update agency.engagement set status = :s, answered_by = :by, answered_at = :at where id = :id")
			.param("s", status.name())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	long insert(long agencyId, long employerId, String creditCode, String name, String region, ServiceType serviceType,
			LocalDate startsOn, LocalDate endsOn, EngagementStatus status, Instant at) {
		return this.jdbc.sql("""
				insert into agency.engagement (agency_id, employer_id, employer_credit_code, employer_name,
				    employer_region_code, service_type, starts_on, ends_on, created_at, status)
				values (:agency, :employer, :code, :name, :region, :service, :startsOn, :endsOn, :at, :status)
				returning id""")
			.param("status", status.name())
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
				!today.isBefore(startsOn) && !today.isAfter(endsOn), rs.getBoolean("synthetic"),
				EngagementStatus.valueOf(rs.getString("status")), rs.getString("agency_name"));
	}

}
