package org.ohsonline.grid.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hand-built activity for grid KPI tests: employers registered through the register's facade, and the other modules'
 * records the KPIs count written as rows (a recorded inspection, a decided case, a declaration duty, an exam) — the
 * shortest way to put one known record on a known day; the KPI side reads them only through the modules' facades.
 */
final class GridTestData {

	private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

	private final JdbcClient jdbc;

	private final Employers employers;

	private Long plan;

	private int line;

	GridTestData(JdbcClient jdbc, Employers employers) {
		this.jdbc = jdbc;
		this.employers = employers;
	}

	static Actor registrar(String county) {
		return new Actor(0, "grid-test-registrar-" + county, "网格测试登记员", county, Scope.region(county),
				java.util.Set.of("registry:employer:read", "registry:employer:write"), "127.0.0.1", Actor.Channel.UI);
	}

	/** An employer of the township, with a fresh credit code. */
	EmployerView employer(String township, String name) {
		long n = SEQ.incrementAndGet();
		String first17 = "91" + township.substring(0, 6) + "GT" + String.format("%07d", n % 10_000_000);
		String code = first17 + CreditCode.checkCharacter(first17);
		return this.employers.register(registrar(township.substring(0, 6)), new EmployerCommand(code, name, township,
				name + "路 1 号", "3311", null, 20, 1000L, "法人", "管理员", "13800000001", "0571-88880001"));
	}

	/** An inspection of the employer recorded on the day. */
	void inspection(EmployerView e, LocalDate recordedOn) {
		if (this.plan == null) {
			this.plan = this.jdbc.sql("""
					insert into enforcement.plan (public_code, title, region_code, starts_on, ends_on, random_share,
					    sampling_version, sampling_edition, algorithm, status, created_by, created_at)
					values (:code, '网格测试计划', :region, :from, :to, 0, 0, 'test', 'test', 'DRAFT', 'grid-test', now())
					returning id""")
				.param("code", "GT-PLAN-" + SEQ.incrementAndGet())
				.param("region", e.regionCode().substring(0, 6))
				.param("from", LocalDate.of(2020, 1, 1))
				.param("to", LocalDate.of(2030, 1, 1))
				.query(Long.class)
				.single();
		}
		int seq = ++this.line;
		this.jdbc.sql("""
				insert into enforcement.draw_line (plan_id, seq, employer_id, credit_code, employer_name, region_code, risk_class, arm)
				values (:plan, :seq, :id, :code, :name, :region, 'NONE', 'FULL')""")
			.param("plan", this.plan)
			.param("seq", seq)
			.param("id", e.id())
			.param("code", e.creditCode() + "-" + seq)
			.param("name", e.name())
			.param("region", e.regionCode())
			.update();
		this.jdbc.sql("""
				insert into enforcement.inspection (plan_id, seq, employer_id, credit_code, employer_name, region_code,
				    inspector_a, inspector_b, checklist_version, checklist_edition, status, started_by, started_at,
				    recorded_by, recorded_at, action_code)
				values (:plan, :seq, :id, :code, :name, :region, 1, 2, 0, 'test', 'RECORDED', 'grid-test', :at, 'grid-test',
				    :at, :action)""")
			.param("plan", this.plan)
			.param("seq", seq)
			.param("id", e.id())
			.param("code", e.creditCode())
			.param("name", e.name())
			.param("region", e.regionCode())
			.param("at", java.sql.Timestamp.from(noon(recordedOn)))
			.param("action", "GT-INSP-" + SEQ.incrementAndGet())
			.update();
	}

	/** A case of the employer decided on the day, with a penalty or 不予处罚. */
	void decision(EmployerView e, LocalDate decidedOn, boolean noPenalty) {
		long id = this.jdbc.sql("""
				insert into enforcement.enf_case (action_code, region_code, employer_id, credit_code, employer_name, law,
				    article, item, facts, step, filed_on, decision_due, no_penalty, amount, head_hash, opened_by, opened_at)
				values (:action, :region, :id, :code, :name, '2018', 71, 1, '网格测试', 'DECISION', :filed, :due, :np, :amount,
				    'x', 'grid-test', now()) returning id""")
			.param("action", "GT-CASE-" + SEQ.incrementAndGet())
			.param("region", e.regionCode())
			.param("id", e.id())
			.param("code", e.creditCode())
			.param("name", e.name())
			.param("filed", decidedOn.minusDays(20))
			.param("due", decidedOn.plusDays(70))
			.param("np", noPenalty)
			.param("amount", noPenalty ? 0L : 50000L)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into enforcement.case_step (case_id, seq, step, happened_on, actor, data, prev_hash, hash, recorded_at)
				values (:id, 1, 'DECISION', :on, 'grid-test', '{}', '', 'h', now())""")
			.param("id", id)
			.param("on", decidedOn)
			.update();
	}

	/** A declaration duty of the employer due on the day, in the state, met on {@code metOn} (or null). */
	void duty(EmployerView e, LocalDate due, String state, LocalDate metOn) {
		this.jdbc.sql("""
				insert into declaration.deadline_clock (employer_id, credit_code, employer_name, region_code, reason,
				    reason_name, kind, started_on, days, due_on, basis, source, state, met_on, void_reason, created_at)
				values (:id, :code, :name, :region, 'INITIAL', '首次申报', 'INITIAL', :start, 30, :due, 'test', 'grid-test',
				    :state, :met, :void, now())""")
			.param("id", e.id())
			.param("code", e.creditCode())
			.param("name", e.name())
			.param("region", e.regionCode())
			.param("start", due.minusDays(30))
			.param("due", due)
			.param("state", state)
			.param("met", metOn)
			.param("void", "VOID".equals(state) ? "测试" : null)
			.update();
	}

	/** An exam of a worker (by a made-up register id) of the employer on the day. */
	void exam(EmployerView e, long workerId, LocalDate on) {
		this.jdbc.sql("""
				insert into surveillance.exam (number, institution_id, institution_credit, institution_name, employer_id,
				    credit_code, employer_name, region_code, worker_id, worker_name, id_number_masked, exam_type,
				    examined_on, created_at, created_by)
				values (:number, 0, 'GTINSTITUTION', '网格测试体检机构', :id, :code, :name, :region, :worker, '测试工',
				    '330106********0000', 'IN_SERVICE', :on, now(), 'grid-test')""")
			.param("number", "GT-EXAM-" + SEQ.incrementAndGet())
			.param("id", e.id())
			.param("code", e.creditCode())
			.param("name", e.name())
			.param("region", e.regionCode())
			.param("worker", workerId)
			.param("on", on)
			.update();
	}

	static long nextWorker() {
		return -SEQ.incrementAndGet();
	}

	private static Instant noon(LocalDate day) {
		return day.atTime(12, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
	}

}
