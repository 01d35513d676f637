package org.ohsonline;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ohsonline.shared.demo.DemoSeeding;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data's history agrees with its register (docs/synthetic-data.md), checked over the tiny
 * synthetic register of the shared context: exams only of workers whose post has hazard factors and
 * only for those factors, never a pre-placement exam (nor any exam) dated before the employment
 * starts, no pre-placement exam asked for years after the hiring, diagnoses only of factors the
 * worker was exposed to, and declarations, testing jobs and devices in more than one state. Only
 * rows the seed made are looked at: other test classes add their own to the same database.
 */
@IntegrationTest
class SyntheticHistoryIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoSeeding seeding;

	@Test
	void theDemoDataIsCompleteBeforeTheTestsStart() {
		assertThat(this.seeding.progress().state()).isEqualTo(DemoSeeding.State.DONE);
		assertThat(this.seeding.progress().failed()).isEmpty();
	}

	@Test
	void examsOnlyOfHazardsAtTheWorkersPost() {
		assertThat(count("select count(*) from surveillance.exam where synthetic")).as("the seed made exams")
			.isGreaterThan(20);
		// Every examined factor is one of a post the worker holds or held at the employer (a later change of
		// post by another test keeps the earlier post in post_change).
		List<String> strays = this.jdbc.sql("""
				select e.id || ' ' || c.hazard_code from surveillance.exam e
				join surveillance.exam_conclusion c on c.exam_id = e.id
				where e.synthetic and not exists (
				  select 1 from registry.employment m join registry.post_hazard h on h.hazard_code = c.hazard_code
				  where m.worker_id = e.worker_id and m.employer_id = e.employer_id
				    and (h.post_id = m.post_id or h.post_id in (select p.old_post_id from registry.post_change p
				                                                where p.employment_id = m.id)))""")
			.query(String.class)
			.list();
		assertThat(strays).as("synthetic exams of a factor not at the worker's post").isEmpty();
		assertThat(count("""
				select count(*) from surveillance.exam e where e.synthetic
				and not exists (select 1 from surveillance.exam_conclusion c where c.exam_id = e.id)"""))
			.as("synthetic exams without a factor").isZero();
	}

	@Test
	void noExamBeforeTheEmploymentStarts() {
		assertThat(count("select count(*) from surveillance.exam where synthetic and exam_type = 'PRE_PLACEMENT'"))
			.as("recently hired workers have their pre-placement exam").isPositive();
		List<String> early = this.jdbc.sql("""
				select e.id || ' ' || e.exam_type || ' ' || e.examined_on from surveillance.exam e
				where e.synthetic and e.examined_on < (select min(m.hired_on) from registry.employment m
				                                        where m.worker_id = e.worker_id and m.employer_id = e.employer_id)""")
			.query(String.class)
			.list();
		assertThat(early).as("synthetic exams dated before the worker was hired").isEmpty();
	}

	@Test
	void longEmployedWorkersHaveAPastAndNoPrePlacementExamDueYearsAgo() {
		// The seed recomputes the schedule of every employer it examined: with every exposed worker examined,
		// nobody hired years ago is asked for the pre-placement exam that was due on the day of hiring.
		List<String> stale = this.jdbc.sql("""
				select s.worker_id || ' ' || s.hazard_code || ' ' || s.due_on from surveillance.exam_schedule s
				where s.state = 'OPEN' and s.kind = 'PRE_PLACEMENT' and s.due_on < current_date - 365
				  and s.employer_id in (select employer_id from surveillance.exam where synthetic)""")
			.query(String.class)
			.list();
		assertThat(stale).as("pre-placement exams due more than a year ago at examined employers").isEmpty();
		assertThat(count("""
				select count(*) from surveillance.exam e join registry.employment m
				  on m.worker_id = e.worker_id and m.employer_id = e.employer_id
				where e.synthetic and e.exam_type = 'IN_SERVICE' and m.hired_on < current_date - 365 * 4"""))
			.as("workers hired more than four years ago have in-service exams").isPositive();
	}

	@Test
	void diagnosesOnlyOfFactorsTheWorkerWasExposedTo() {
		List<String> cases = this.jdbc.sql("""
				select c.number || ' ' || array_to_string(c.hazard_codes, ',') from diagnosis.diagnosis_case c
				where exists (select 1 from diagnosis.case_history h where h.case_id = c.id and h.action = 'APPLIED'
				              and h.actor_name = '系统 (演示诊断)')""")
			.query(String.class)
			.list();
		assertThat(cases).as("the seed's cases").hasSizeGreaterThanOrEqualTo(4);
		List<String> unexposed = this.jdbc.sql("""
				select c.number || ' ' || hz from diagnosis.diagnosis_case c, unnest(c.hazard_codes) hz
				where exists (select 1 from diagnosis.case_history h where h.case_id = c.id and h.action = 'APPLIED'
				              and h.actor_name = '系统 (演示诊断)')
				  and not exists (select 1 from registry.employment m
				                  join registry.post_hazard h on h.hazard_code = hz
				                  where m.worker_id = c.worker_id and m.employer_id = c.employer_id
				                    and (h.post_id = m.post_id or h.post_id in (select p.old_post_id
				                         from registry.post_change p where p.employment_id = m.id)))""")
			.query(String.class)
			.list();
		assertThat(unexposed).as("diagnosis cases naming a factor the worker was not exposed to").isEmpty();
		assertThat(count("""
				select count(*) from diagnosis.diagnosis_case c
				where c.pneumoconiosis and c.status = 'CERTIFIED' and c.hazard_codes && array['1006', '1038', '1021']"""))
			.as("the demo worker's certified pneumoconiosis comes from a dust at their post").isPositive();
	}

	@Test
	void aShareOfEmployersDeclaredAndJobsAndDevicesInSeveralStates() {
		List<String> declarations = this.jdbc.sql(
				"select distinct status from declaration.declaration where measures like '%（演示）' order by status")
			.query(String.class)
			.list();
		assertThat(declarations).contains("ACCEPTED", "SUBMITTED", "RETURNED", "DRAFT");
		long declaring = count("select count(distinct employer_id) from declaration.declaration where measures like '%（演示）'");
		long employers = count("select count(*) from registry.employer where synthetic");
		assertThat(declaring).isPositive().isLessThan(employers);
		assertThat(this.jdbc.sql("select distinct status from testing.job where synthetic").query(String.class).list())
			.contains("REVIEWED", "SUBMITTED", "RETURNED");
		// Devices stand at real posts and measure a factor of that post.
		assertThat(count("select count(*) from monitoring.device where code like 'SIM-%'")).isGreaterThanOrEqualTo(3);
		assertThat(count("""
				select count(*) from monitoring.device d where d.code like 'SIM-%' and not exists (
				  select 1 from registry.post_hazard h where h.post_id = d.post_id and h.hazard_code = d.hazard_code)"""))
			.isZero();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
