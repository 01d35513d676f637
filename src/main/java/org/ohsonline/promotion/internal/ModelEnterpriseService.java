package org.ohsonline.promotion.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.promotion.ModelEnterpriseView;
import org.ohsonline.promotion.ModelEnterprises;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Industry model enterprises (see {@link ModelEnterprises}). */
@Service
class ModelEnterpriseService implements ModelEnterprises {

	static final ScopeColumns SCOPE = ScopeColumns.on("m").region("region_code").employer("employer_credit_code");

	private static final String FILTER = """
			 from promotion.model_enterprise m
			where m.withdrawn_at is null and m.region_code like :region || '%'
			  and coalesce(m.industry_code, '') like :industry || '%'
			  and """;

	private final JdbcClient jdbc;

	private final Employers employers;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	ModelEnterpriseService(JdbcClient jdbc, Employers employers, AuditTrail audit, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.employers = employers;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ModelEnterpriseView> search(Actor actor, String region, String industry, PageQuery page) {
		actor.require(PromotionPermissions.HEALTHY_READ);
		Map<String, Object> parameters = parameters(actor, region, industry);
		if (parameters == null) {
			return Page.of(List.of(), 0, page);
		}
		List<ModelEnterpriseView> items = this.jdbc
			.sql("select m.*" + FILTER + SCOPE.predicate()
					+ " order by m.industry_code nulls last, m.year desc, m.employer_name, m.id limit :limit offset :offset")
			.params(parameters)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(ModelEnterpriseService::row)
			.list();
		long total = this.jdbc.sql("select count(*)" + FILTER + SCOPE.predicate()).params(parameters).query(Long.class).single();
		return Page.of(items, total, page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, String region, String industry, Consumer<ModelEnterpriseView> consumer) {
		actor.require(PromotionPermissions.HEALTHY_READ);
		Map<String, Object> parameters = parameters(actor, region, industry);
		if (parameters == null) {
			return;
		}
		this.jdbc.sql("select m.*" + FILTER + SCOPE.predicate() + " order by m.industry_code nulls last, m.year desc, m.employer_name, m.id")
			.params(parameters)
			.query(ModelEnterpriseService::row)
			.stream()
			.forEach(consumer);
	}

	@Override
	@Transactional
	public ModelEnterpriseView mark(Actor actor, long employerId, int year, String strengths) {
		actor.require(PromotionPermissions.MODEL_WRITE);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			throw new org.ohsonline.shared.AccessDeniedException(PromotionPermissions.MODEL_WRITE);
		}
		EmployerView employer = this.employers.inScope(actor, employerId)
			.filter(e -> actor.scope().coversRegion(e.regionCode()))
			.orElseThrow(() -> InvalidInputException.of("employerId", "promotion.model.employer"));
		String text = Text.blankToNull(strengths);
		if (text == null) {
			throw InvalidInputException.of("strengths", "promotion.model.strengths.required");
		}
		if (text.length() > 2000) {
			throw InvalidInputException.of("strengths", "promotion.healthy.note.long", 2000);
		}
		int thisYear = LocalDate.now(this.clock.withZone(HealthyEnterpriseService.ZONE)).getYear();
		if (year < 2000 || year > thisYear) {
			throw InvalidInputException.of("year", "promotion.model.year", thisYear);
		}
		boolean marked = this.jdbc.sql("""
				select exists (select 1 from promotion.model_enterprise where employer_id = :e and year = :y and withdrawn_at is null)""")
			.param("e", employerId)
			.param("y", year)
			.query(Boolean.class)
			.single();
		if (marked) {
			throw InvalidInputException.of("employerId", "promotion.model.already", year);
		}
		long id = this.jdbc.sql("""
				insert into promotion.model_enterprise (employer_id, employer_credit_code, employer_name, region_code,
				    industry_code, year, strengths, marked_by)
				values (:e, :code, :name, :region, :industry, :year, :strengths, :by) returning id""")
			.param("e", employer.id())
			.param("code", employer.creditCode())
			.param("name", employer.name())
			.param("region", employer.regionCode())
			.param("industry", employer.industryCode())
			.param("year", year)
			.param("strengths", text)
			.param("by", actor.displayName())
			.query(Long.class)
			.single();
		this.audit.record(actor, "promotion.model.marked", AuditTarget.of("model-enterprise", id, employer.regionCode()), null,
				Map.of("employer", employer.creditCode(), "year", year, "strengths", text));
		return find(id);
	}

	@Override
	@Transactional
	public ModelEnterpriseView withdraw(Actor actor, long id, String reason) {
		actor.require(PromotionPermissions.MODEL_WRITE);
		ModelEnterpriseView current = find(id);
		if (!actor.scope().coversRegion(current.regionCode()) || current.withdrawnAt() != null) {
			throw new NotFoundException("model-enterprise", id);
		}
		String text = Text.blankToNull(reason);
		if (text == null) {
			throw InvalidInputException.of("reason", "promotion.model.reason.required");
		}
		if (text.length() > 500) {
			throw InvalidInputException.of("reason", "promotion.healthy.note.long", 500);
		}
		this.jdbc.sql("update promotion.model_enterprise set withdrawn_at = now(), withdrawn_reason = :r where id = :id and withdrawn_at is null")
			.param("r", text)
			.param("id", id)
			.update();
		this.audit.record(actor, "promotion.model.withdrawn", AuditTarget.of("model-enterprise", id, current.regionCode()),
				Map.of("withdrawn", false), Map.of("withdrawn", true, "reason", text));
		return find(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ModelEnterpriseView> published(String industryPrefix) {
		return this.jdbc.sql("""
				select m.* from promotion.model_enterprise m
				where m.withdrawn_at is null and coalesce(m.industry_code, '') like :industry || '%'
				order by m.industry_code nulls last, m.year desc, m.employer_name, m.id limit 500""")
			.param("industry", industryPrefix == null ? "" : industryPrefix.trim())
			.query(ModelEnterpriseService::row)
			.list();
	}

	private ModelEnterpriseView find(long id) {
		return this.jdbc.sql("select m.* from promotion.model_enterprise m where m.id = :id")
			.param("id", id)
			.query(ModelEnterpriseService::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("model-enterprise", id));
	}

	private Map<String, Object> parameters(Actor actor, String region, String industry) {
		String within = ScopeFilter.narrowRegion(actor, region).orElse(null);
		if (within == null) {
			return null;
		}
		Map<String, Object> parameters = new HashMap<>(ScopeFilter.of(actor).parameters());
		parameters.put("region", within);
		parameters.put("industry", industry == null ? "" : industry.trim());
		return parameters;
	}

	private static ModelEnterpriseView row(ResultSet rs, int n) throws SQLException {
		java.sql.Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		return new ModelEnterpriseView(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("employer_credit_code"),
				rs.getString("employer_name"), rs.getString("region_code"), rs.getString("industry_code"), rs.getInt("year"),
				rs.getString("strengths"), rs.getString("marked_by"), rs.getTimestamp("marked_at").toInstant(),
				withdrawn == null ? null : withdrawn.toInstant(), rs.getString("withdrawn_reason"));
	}

}
