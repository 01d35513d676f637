package org.ohsonline.agency.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ohsonline.agency.StaffRole;
import org.ohsonline.agency.StaffStatus;
import org.ohsonline.agency.StaffView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for staff. Identity numbers arrive here only encrypted, indexed and masked. */
@Repository
class StaffStore {

	private static final String COLUMNS = "s.id, s.agency_id, s.name, s.id_number_masked, s.title, s.certificate_number, "
			+ "s.roles, s.status, s.left_on, s.synthetic, s.version";

	private final JdbcClient jdbc;

	StaffStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A staff member with the optimistic-lock version. */
	record Row(StaffView view, int version) {
	}

	List<StaffView> ofAgency(long agencyId) {
		return this.jdbc.sql("select " + COLUMNS + " from agency.staff s where s.agency_id = :id "
				+ "order by s.status, s.name, s.id")
			.param("id", agencyId)
			.query((rs, n) -> row(rs).view())
			.list();
	}

	List<StaffView> active(long agencyId, StaffRole role) {
		return this.jdbc.sql("select " + COLUMNS + " from agency.staff s where s.agency_id = :id and s.status = 'ACTIVE' "
				+ "and (',' || s.roles || ',') like :role order by s.name, s.id")
			.param("id", agencyId)
			.param("role", "%," + role.name() + ",%")
			.query((rs, n) -> row(rs).view())
			.list();
	}

	Optional<Row> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from agency.staff s where s.id = :id")
			.param("id", id)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** Whether the person is listed under any of the blind indexes (two while the secret key is rotated). */
	boolean exists(long agencyId, List<String> idNumberIndexes) {
		return this.jdbc.sql("select count(*) from agency.staff where agency_id = :id and id_number_index in (:index)")
			.param("id", agencyId)
			.param("index", idNumberIndexes)
			.query(Long.class)
			.single() > 0;
	}

	long insert(long agencyId, String name, String idNumberCipher, String idNumberIndex, String idNumberMasked,
			String title, String certificateNumber, Set<StaffRole> roles, Instant at) {
		return this.jdbc.sql("""
				insert into agency.staff (agency_id, name, id_number_cipher, id_number_index, id_number_masked, title,
				    certificate_number, roles, status, created_at, updated_at)
				values (:agency, :name, :cipher, :index, :masked, :title, :certificate, :roles, 'ACTIVE', :at, :at)
				returning id""")
			.param("agency", agencyId)
			.param("name", name)
			.param("cipher", idNumberCipher)
			.param("index", idNumberIndex)
			.param("masked", idNumberMasked)
			.param("title", title)
			.param("certificate", certificateNumber)
			.param("roles", roles(roles))
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	boolean update(long id, int version, String name, String title, String certificateNumber, Set<StaffRole> roles,
			Instant at) {
		return this.jdbc.sql("""
				update agency.staff set name = :name, title = :title, certificate_number = :certificate,
				    roles = :roles, updated_at = :at, version = version + 1
				where id = :id and version = :version""")
			.param("id", id)
			.param("version", version)
			.param("name", name)
			.param("title", title)
			.param("certificate", certificateNumber)
			.param("roles", roles(roles))
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	boolean leave(long id, int version, LocalDate leftOn, Instant at) {
		return this.jdbc.sql("""
				update agency.staff set status = 'LEFT', left_on = :leftOn, updated_at = :at, version = version + 1
				where id = :id and version = :version""")
			.param("id", id)
			.param("version", version)
			.param("leftOn", Date.valueOf(leftOn))
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** Roles in enum order, comma separated (a short fixed vocabulary, checked on the way in). */
	static String roles(Set<StaffRole> roles) {
		return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	private static Row row(ResultSet rs) throws SQLException {
		Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
		Arrays.stream(rs.getString("roles").split(",")).filter(r -> !r.isBlank()).forEach(r -> roles.add(StaffRole.valueOf(r)));
		Date leftOn = rs.getDate("left_on");
		return new Row(new StaffView(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("name"),
				rs.getString("id_number_masked"), rs.getString("title"), rs.getString("certificate_number"), roles,
				StaffStatus.valueOf(rs.getString("status")), leftOn == null ? null : leftOn.toLocalDate(),
				rs.getBoolean("synthetic")), rs.getInt("version"));
	}

}
