package org.ohsonline.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ohsonline.reference.Severity;
import org.ohsonline.registry.EmployerFigures;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.Tallies;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register's figures by division and severity, on the index the employer list uses. */
@Service
class EmployerFigureService implements EmployerFigures {

	private static final ScopeColumns COLUMNS = ScopeColumns.on("e").region("region_code").employer("credit_code");

	private final JdbcClient jdbc;

	EmployerFigureService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SeverityCount> bySeverity(Actor actor) {
		actor.require(RegistryPermissions.EMPLOYER_READ);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			return List.of();
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		List<SeverityCount> counts = new ArrayList<>();
		this.jdbc.sql("""
				select substr(e.region_code, 1, :length) as division, e.severity, count(*) as employers,
				       count(*) filter (where e.status = 'IN_PRODUCTION') as in_production
				from registry.employer e
				where e.region_code like :region || '%%' and %s
				group by 1, 2 order by 1, 2""".formatted(COLUMNS.predicateWithinRegion(scope)))
			.params(scope.parameters())
			.params(Map.of("length", Tallies.lowerLevelLength(actor), "region", actor.scope().value()))
			.query(rs -> {
				String severity = rs.getString("severity");
				counts.add(new SeverityCount(rs.getString("division"), severity == null ? null : Severity.valueOf(severity),
						rs.getLong("employers"), rs.getLong("in_production")));
			});
		return counts;
	}

}
