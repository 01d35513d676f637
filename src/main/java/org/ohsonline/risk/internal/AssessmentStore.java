package org.ohsonline.risk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.ohsonline.risk.AssessmentView;
import org.ohsonline.risk.ClassificationInputs;
import org.ohsonline.risk.HazardLevel;
import org.ohsonline.risk.Light;
import org.ohsonline.risk.ManagementGrade;
import org.ohsonline.risk.RiskClass;
import org.ohsonline.risk.RuleStep;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The history of classes: one row per assessment that changed something, with inputs and rule path. */
@Repository
class AssessmentStore {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** A stored assessment with what explains it. */
	record Stored(AssessmentView view, ClassificationInputs inputs, List<RuleStep> path, LocalDate nextDueOn,
			String regionCode) {
	}

	/** What is written. */
	record New(long employerId, String regionCode, LocalDate assessedOn, String triggerKind, String triggerDetail,
			HazardLevel hazardLevel, ManagementGrade grade, RiskClass computedClass, RiskClass riskClass, Light light,
			boolean overridden, String overrideReason, String actorName, RiskClass previousClass,
			ClassificationInputs inputs, List<RuleStep> path, long rulesVersionId, String rulesEdition,
			LocalDate nextDueOn) {
	}

	private final JdbcClient jdbc;

	AssessmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(New a) {
		return this.jdbc.sql("""
				insert into risk.assessment (employer_id, region_code, assessed_on, trigger_kind, trigger_detail,
				    hazard_level, grade, computed_class, risk_class, light, overridden, override_reason, actor_name,
				    previous_class, inputs, path, rules_version_id, rules_edition, next_due_on)
				values (:employer, :region, :on, :trigger, :detail, :level, :grade, :computed, :class, :light,
				    :overridden, :reason, :actor, :previous, cast(:inputs as jsonb), cast(:path as jsonb), :version,
				    :edition, :due)
				returning id""")
			.param("employer", a.employerId())
			.param("region", a.regionCode())
			.param("on", a.assessedOn())
			.param("trigger", a.triggerKind())
			.param("detail", a.triggerDetail())
			.param("level", a.hazardLevel().name())
			.param("grade", a.grade().name())
			.param("computed", a.computedClass().name())
			.param("class", a.riskClass().name())
			.param("light", a.light().name())
			.param("overridden", a.overridden())
			.param("reason", a.overrideReason())
			.param("actor", a.actorName())
			.param("previous", a.previousClass() == null ? null : a.previousClass().name())
			.param("inputs", JSON.writeValueAsString(a.inputs()))
			.param("path", JSON.writeValueAsString(a.path()))
			.param("version", a.rulesVersionId())
			.param("edition", a.rulesEdition())
			.param("due", a.nextDueOn())
			.query(Long.class)
			.single();
	}

	Optional<Stored> find(long id) {
		return this.jdbc.sql("select * from risk.assessment where id = :id")
			.param("id", id)
			.query(AssessmentStore::stored)
			.optional();
	}

	List<AssessmentView> history(long employerId) {
		// The view's columns only: not the inputs and rule path (about a kilobyte a row), which the list does not show.
		return this.jdbc.sql("""
				select id, assessed_on, assessed_at, trigger_kind, trigger_detail, hazard_level, grade, computed_class,
				    risk_class, light, overridden, override_reason, actor_name, previous_class, rules_edition
				from risk.assessment where employer_id = :id order by id desc limit 200""")
			.param("id", employerId)
			.query((rs, n) -> view(rs))
			.list();
	}

	private static Stored stored(ResultSet rs, int n) throws SQLException {
		return new Stored(view(rs), JSON.readValue(rs.getString("inputs"), ClassificationInputs.class),
				JSON.readValue(rs.getString("path"), new TypeReference<List<RuleStep>>() {
				}), rs.getObject("next_due_on", LocalDate.class), rs.getString("region_code"));
	}

	private static AssessmentView view(ResultSet rs) throws SQLException {
		return new AssessmentView(rs.getLong("id"), rs.getObject("assessed_on", LocalDate.class),
				rs.getTimestamp("assessed_at").toInstant(), rs.getString("trigger_kind"), rs.getString("trigger_detail"),
				HazardLevel.valueOf(rs.getString("hazard_level")), ManagementGrade.valueOf(rs.getString("grade")),
				RiskClass.valueOf(rs.getString("computed_class")), RiskClass.valueOf(rs.getString("risk_class")),
				Light.valueOf(rs.getString("light")), rs.getBoolean("overridden"), rs.getString("override_reason"),
				rs.getString("actor_name"), PortraitStore.enumOf(RiskClass.class, rs.getString("previous_class")),
				rs.getString("rules_edition"));
	}

}
