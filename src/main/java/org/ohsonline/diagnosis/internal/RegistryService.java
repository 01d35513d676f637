package org.ohsonline.diagnosis.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.diagnosis.DiseaseRegistry;
import org.ohsonline.diagnosis.OutcomeStage;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of occupational-disease cases: the cases whose outcome in force names a disease,
 * in the actor's scope, with the year of that outcome.
 */
@Service
@Transactional(readOnly = true)
class RegistryService implements DiseaseRegistry {

	private static final Map<String, String> SORTS = Map.of("outcomeOn", "c.outcome_on desc, c.id desc", "-outcomeOn",
			"c.outcome_on, c.id", "disease", "c.disease_code, c.outcome_on desc", "-disease",
			"c.disease_code desc, c.outcome_on desc", "region", "c.region_code, c.outcome_on desc", "-region",
			"c.region_code desc, c.outcome_on desc");

	private static final String WHERE = """
			where c.disease_code is not null and c.region_code like :region || '%'
			  and (cast(:q as text) is null or c.number like cast(:q as text) || '%'
			       or c.employer_name like '%' || cast(:q as text) || '%')
			  and (cast(:category as text) is null or c.category_code = cast(:category as text))
			  and (cast(:year as int) is null or extract(year from c.outcome_on) = cast(:year as int))
			  and (not :finalOnly or c.outcome_final)
			  and """ + CaseStore.SCOPE;

	private final JdbcClient jdbc;

	private final Scopes scopes;

	private final CaseViews views;

	RegistryService(JdbcClient jdbc, Scopes scopes, CaseViews views) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.views = views;
	}

	@Override
	public Page<Entry> search(Actor actor, Filter filter, PageQuery page) {
		actor.require(DiagnosisPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = this.scopes.of(actor);
		long total = bind(this.jdbc.sql("select count(*) from diagnosis.diagnosis_case c " + WHERE), scope, region.get(),
				filter)
			.query(Long.class)
			.single();
		List<Entry> items = bind(this.jdbc.sql("select c.* from diagnosis.diagnosis_case c " + WHERE + " order by "
				+ sort(filter) + " limit :limit offset :offset"), scope, region.get(), filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> entry(rs))
			.list();
		return Page.of(items, total, page);
	}

	@Override
	public void forEach(Actor actor, Filter filter, Consumer<Entry> consumer) {
		actor.require(DiagnosisPermissions.READ);
		ScopeFilter scope = this.scopes.of(actor);
		ScopeFilter.narrowRegion(actor, filter.region())
			.ifPresent(region -> bind(this.jdbc.sql("select c.* from diagnosis.diagnosis_case c " + WHERE + " order by "
					+ sort(filter)), scope, region, filter)
				.query((rs, n) -> entry(rs))
				.stream()
				.forEach(consumer));
	}

	@Override
	public List<Count> countsByCategoryAndYear(Actor actor, Filter filter) {
		actor.require(DiagnosisPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return List.of();
		}
		Filter allYears = new Filter(filter.q(), filter.region(), filter.category(), null, filter.finalOnly(), null);
		return bind(this.jdbc.sql("select c.category_code, max(c.category_name) as category_name,"
				+ " cast(extract(year from c.outcome_on) as int) as year, count(*) as cases"
				+ " from diagnosis.diagnosis_case c " + WHERE + " group by c.category_code, year order by year, c.category_code"),
				this.scopes.of(actor), region.get(), allYears)
			.query((rs, n) -> new Count(rs.getString("category_code"), rs.getString("category_name"), rs.getInt("year"),
					rs.getLong("cases")))
			.list();
	}

	private static String sort(Filter filter) {
		return SORTS.getOrDefault(filter.sort() == null ? "" : filter.sort(), SORTS.get("outcomeOn"));
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ScopeFilter scope, String region,
			Filter filter) {
		return spec.params(scope.parameters())
			.param("region", region)
			.param("q", filter.q())
			.param("category", filter.category())
			.param("year", filter.year())
			.param("finalOnly", filter.finalOnly());
	}

	private Entry entry(ResultSet rs) throws SQLException {
		return new Entry(rs.getLong("id"), rs.getString("number"), this.views.maskedName(rs.getString("worker_name")),
				rs.getString("worker_id_masked"), rs.getString("employer_name"), rs.getString("credit_code"),
				rs.getString("region_code"), rs.getString("institution_name"), rs.getString("disease_code"),
				rs.getString("disease_name"), rs.getString("category_code"), rs.getString("category_name"),
				OutcomeStage.valueOf(rs.getString("outcome_stage")), rs.getObject("outcome_on", LocalDate.class),
				rs.getBoolean("outcome_final"));
	}

}
