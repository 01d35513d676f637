package org.ohsonline.training.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.training.CertifiedManager;
import org.ohsonline.training.CertifiedManagers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of certified managers: a query over manager certificates valid today (see {@link CertifiedManagers}). */
@Service
class ManagerRegistry implements CertifiedManagers {

	private static final String ROWS = """
			select distinct on (coalesce(c.learner_worker_id, -c.learner_user_id))
			    c.id, c.learner_name, e.employer_name, c.region_code, k.title, c.number, c.issued_on, c.expires_on
			from training.certificate c
			join training.enrolment e on e.id = c.enrolment_id
			join training.course k on k.id = c.course_id
			where c.audience = 'MANAGER' and (c.expires_on is null or c.expires_on >= :today)
			  and c.region_code like :region || '%'
			  and (cast(:q as text) is null or c.learner_name like '%' || cast(:q as text) || '%'
			       or e.employer_name like '%' || cast(:q as text) || '%')
			  and """ + Certificates.SCOPE.predicate() + """

			order by coalesce(c.learner_worker_id, -c.learner_user_id), c.expires_on desc nulls first, c.id desc""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ManagerRegistry(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<CertifiedManager> search(Actor actor, String region, String q, PageQuery page) {
		actor.require(TrainingPermissions.ENROLMENT_READ);
		Map<String, Object> parameters = parameters(actor, region, q);
		if (parameters == null) {
			return Page.of(List.of(), 0, page);
		}
		List<CertifiedManager> items = this.jdbc.sql("select * from (" + ROWS + ") m order by m.region_code, m.learner_name, m.id limit :limit offset :offset")
			.params(parameters)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(ManagerRegistry::row)
			.list();
		long total = this.jdbc.sql("select count(*) from (" + ROWS + ") m").params(parameters).query(Long.class).single();
		return Page.of(items, total, page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, String region, String q, Consumer<CertifiedManager> consumer) {
		actor.require(TrainingPermissions.ENROLMENT_READ);
		Map<String, Object> parameters = parameters(actor, region, q);
		if (parameters == null) {
			return;
		}
		this.jdbc.sql("select * from (" + ROWS + ") m order by m.region_code, m.learner_name, m.id")
			.params(parameters)
			.query(ManagerRegistry::row)
			.list()
			.forEach(consumer);
	}

	private Map<String, Object> parameters(Actor actor, String region, String q) {
		String within = ScopeFilter.narrowRegion(actor, region).orElse(null);
		if (within == null) {
			return null;
		}
		Map<String, Object> parameters = new HashMap<>(ScopeFilter.of(actor).parameters());
		parameters.put("region", within);
		parameters.put("q", q == null || q.isBlank() ? null : q.trim());
		parameters.put("today", LocalDate.now(this.clock.withZone(CourseService.ZONE)));
		return parameters;
	}

	private static CertifiedManager row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new CertifiedManager(rs.getLong("id"), rs.getString("learner_name"), rs.getString("employer_name"),
				rs.getString("region_code"), rs.getString("title"), rs.getString("number"),
				rs.getObject("issued_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class));
	}

}
