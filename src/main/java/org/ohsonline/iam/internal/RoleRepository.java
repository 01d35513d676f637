package org.ohsonline.iam.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Roles with their permissions. */
@Repository
class RoleRepository {

	private final JdbcClient jdbc;

	private final TokenPrincipalCache tokenPrincipals;

	RoleRepository(JdbcClient jdbc, TokenPrincipalCache tokenPrincipals) {
		this.jdbc = jdbc;
		this.tokenPrincipals = tokenPrincipals;
	}

	List<RoleView> findAll() {
		Map<String, RoleView> roles = new LinkedHashMap<>();
		this.jdbc.sql("select code, name_zh, name_en, scope_kind, system_role from iam.role order by system_role desc, code")
			.query((rs, n) -> new RoleView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5), new ArrayList<>()))
			.list()
			.forEach(role -> roles.put(role.code(), role));
		this.jdbc.sql("select role_code, permission_code from iam.role_permission order by permission_code")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach(e -> roles.get(e.getKey()).permissions().add(e.getValue()));
		return roles.values().stream().map(RoleView::frozen).toList();
	}

	Optional<RoleView> find(String code) {
		return findAll().stream().filter(role -> role.code().equals(code)).findFirst();
	}

	List<PermissionView> permissions() {
		return this.jdbc.sql("select code, description from iam.permission order by code")
			.query((rs, n) -> new PermissionView(rs.getString(1), rs.getString(2)))
			.list();
	}

	void insert(RoleView role) {
		this.jdbc.sql("insert into iam.role (code, name_zh, name_en, scope_kind, system_role) values (:c, :zh, :en, :k, false)")
			.param("c", role.code())
			.param("zh", role.nameZh())
			.param("en", role.nameEn())
			.param("k", role.scopeKind())
			.update();
		replacePermissions(role);
	}

	void update(RoleView role) {
		this.jdbc.sql("update iam.role set name_zh = :zh, name_en = :en where code = :c and not system_role")
			.param("c", role.code())
			.param("zh", role.nameZh())
			.param("en", role.nameEn())
			.update();
		replacePermissions(role);
	}

	private void replacePermissions(RoleView role) {
		this.tokenPrincipals.invalidateAll();
		this.jdbc.sql("delete from iam.role_permission where role_code = :c").param("c", role.code()).update();
		for (String permission : new TreeSet<>(role.permissions())) {
			this.jdbc.sql("insert into iam.role_permission (role_code, permission_code) values (:c, :p)")
				.param("c", role.code())
				.param("p", permission)
				.update();
		}
	}

}
