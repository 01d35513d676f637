package org.ohsonline.indicators.internal;

/**
 * What the indicators count of one employer, read through the owning modules' facades ({@link FactReader}): the
 * register's identity, status, severity and exposed headcount (people, not exposures), whether it has a dust post
 * held by someone, and per indicator source its state today.
 *
 * @param severe its industry is 严重 in the 2021 risk directory
 * @param dust at least one current worker holds a post with a dust (hazard factor code starting with 1)
 * @param exposed current workers exposed to at least one factor, each counted once
 * @param declared it has an accepted declaration and no open initial-declaration clock
 * @param testingCurrent its periodic testing clock has a job on record and is not overdue
 * @param overdueExamWorkers distinct workers with an overdue pre-placement or periodic exam
 * @param leadersTrained principal leaders and managers holding a valid certificate
 * @param leaders principal leaders and managers named (at least 1: every employer has a principal leader)
 * @param workersTrained current workers holding a valid certificate
 * @param workers current workers
 * @param medical a medical institution: its industry is in division 84 卫生 of GB/T 4754-2017
 * @param radiation its radiation workers in the last period of personal dose monitoring that is due, as the
 * radiation module counts its monitoring rate ({@code Radiation.NONE} when not a medical institution in production)
 * @param inspected at least one inspection (on-site or non-site) of it recorded this calendar year (Asia/Shanghai)
 * @param projects its construction projects of hazard class 严重 ({@code Projects.NONE} for a closed employer)
 * @param rectifications its rectification items due so far this year ({@code Rectifications.NONE} when closed)
 * @param cases its enforcement cases whose decision was due so far this year
 * @param onlineMonitored at least one of its devices measures now: active, online, calibrated, with a reading
 * @param examsByCategory per hazard factor category (the code's leading digit) its exposed workers and those of them
 * with an overdue pre-placement or periodic exam for a factor of that category (empty when not in production)
 * @param referrals its workers' suspected occupational diseases found this year and those applied for diagnosis
 */
record EmployerFacts(long employerId, String creditCode, String name, String regionCode, boolean inProduction,
		boolean severe, boolean dust, int exposed, boolean declared, boolean testingCurrent, int overdueExamWorkers,
		int leadersTrained, int leaders, int workersTrained, int workers, boolean medical, Radiation radiation,
		boolean inspected, Projects projects, Rectifications rectifications, Cases cases,
		boolean onlineMonitored, java.util.Map<String, CategoryExams> examsByCategory, Referrals referrals) {

	/**
	 * The workers exposed to factors of one category, each counted once, and those of them with an overdue
	 * pre-placement or periodic exam for a factor of that category (or for no named factor).
	 */
	record CategoryExams(int exposed, int overdue) {
	}

	/**
	 * Suspected occupational diseases (a referral per exam and factor) found by an exam from 1 January to today, and
	 * those of them on which someone applied for diagnosis (a case opened on the referral) by today.
	 */
	record Referrals(int found, int applied) {

		static final Referrals NONE = new Referrals(0, 0);

	}

	/**
	 * Radiation workers monitored in the period, each counted once, and those of them with a dose record for it.
	 *
	 * @param period the monitoring period counted ({@code 2026Q3}), null when none was read
	 */
	record Radiation(String period, int workers, int monitored) {

		static final Radiation NONE = new Radiation(null, 0, 0);

	}

	/**
	 * Construction projects of hazard class 严重 the employer registered, and those of them on schedule: completion
	 * acceptance recorded, or the current 三同时 stage not past its due day.
	 */
	record Projects(int serious, int seriousOnSchedule) {

		static final Projects NONE = new Projects(0, 0);

	}

	/**
	 * Rectification items whose deadline (the one in force) fell from 1 January to today, and those of them released
	 * with the approved answer given on or before it.
	 */
	record Rectifications(int due, int closedOnTime) {

		static final Rectifications NONE = new Rectifications(0, 0);

	}

	/**
	 * Enforcement cases whose decision (决定) was due — extensions included — from 1 January to today, and those of
	 * them decided on or before that day.
	 */
	record Cases(int due, int decidedOnTime) {

		static final Cases NONE = new Cases(0, 0);

	}

	/** An employer that is not a medical institution (the facts of the indicators before the radiation one). */
	EmployerFacts(long employerId, String creditCode, String name, String regionCode, boolean inProduction, boolean severe,
			boolean dust, int exposed, boolean declared, boolean testingCurrent, int overdueExamWorkers, int leadersTrained,
			int leaders, int workersTrained, int workers) {
		this(employerId, creditCode, name, regionCode, inProduction, severe, dust, exposed, declared, testingCurrent,
				overdueExamWorkers, leadersTrained, leaders, workersTrained, workers, false, Radiation.NONE, false,
				Projects.NONE, Rectifications.NONE, Cases.NONE, false, java.util.Map.of(), Referrals.NONE);
	}

	EmployerFacts withRadiation(boolean medical, Radiation radiation) {
		return new EmployerFacts(this.employerId, this.creditCode, this.name, this.regionCode, this.inProduction, this.severe,
				this.dust, this.exposed, this.declared, this.testingCurrent, this.overdueExamWorkers, this.leadersTrained,
				this.leaders, this.workersTrained, this.workers, medical, radiation, this.inspected,
				this.projects, this.rectifications, this.cases, this.onlineMonitored, this.examsByCategory, this.referrals);
	}

	EmployerFacts withInspected(boolean inspected) {
		return new EmployerFacts(this.employerId, this.creditCode, this.name, this.regionCode, this.inProduction, this.severe,
				this.dust, this.exposed, this.declared, this.testingCurrent, this.overdueExamWorkers, this.leadersTrained,
				this.leaders, this.workersTrained, this.workers, this.medical, this.radiation, inspected,
				this.projects, this.rectifications, this.cases, this.onlineMonitored, this.examsByCategory, this.referrals);
	}

	EmployerFacts withProjects(Projects projects) {
		return new EmployerFacts(this.employerId, this.creditCode, this.name, this.regionCode, this.inProduction, this.severe,
				this.dust, this.exposed, this.declared, this.testingCurrent, this.overdueExamWorkers, this.leadersTrained,
				this.leaders, this.workersTrained, this.workers, this.medical, this.radiation, this.inspected, projects,
				this.rectifications, this.cases, this.onlineMonitored, this.examsByCategory, this.referrals);
	}

	EmployerFacts withRectifications(Rectifications rectifications) {
		return new EmployerFacts(this.employerId, this.creditCode, this.name, this.regionCode, this.inProduction, this.severe,
				this.dust, this.exposed, this.declared, this.testingCurrent, this.overdueExamWorkers, this.leadersTrained,
				this.leaders, this.workersTrained, this.workers, this.medical, this.radiation, this.inspected, this.projects,
				rectifications, this.cases, this.onlineMonitored, this.examsByCategory, this.referrals);
	}

	EmployerFacts withCases(Cases cases) {
		return new EmployerFacts(this.employerId, this.creditCode, this.name, this.regionCode, this.inProduction, this.severe,
				this.dust, this.exposed, this.declared, this.testingCurrent, this.overdueExamWorkers, this.leadersTrained,
				this.leaders, this.workersTrained, this.workers, this.medical, this.radiation, this.inspected, this.projects,
				this.rectifications, cases, this.onlineMonitored, this.examsByCategory, this.referrals);
	}

	EmployerFacts withExamsByCategory(java.util.Map<String, CategoryExams> examsByCategory) {
		return new EmployerFacts(this.employerId, this.creditCode, this.name, this.regionCode, this.inProduction, this.severe,
				this.dust, this.exposed, this.declared, this.testingCurrent, this.overdueExamWorkers, this.leadersTrained,
				this.leaders, this.workersTrained, this.workers, this.medical, this.radiation, this.inspected, this.projects,
				this.rectifications, this.cases, this.onlineMonitored, java.util.Map.copyOf(examsByCategory), this.referrals);
	}

	EmployerFacts withReferrals(Referrals referrals) {
		return new EmployerFacts(this.employerId, this.creditCode, this.name, this.regionCode, this.inProduction, this.severe,
				this.dust, this.exposed, this.declared, this.testingCurrent, this.overdueExamWorkers, this.leadersTrained,
				this.leaders, this.workersTrained, this.workers, this.medical, this.radiation, this.inspected, this.projects,
				this.rectifications, this.cases, this.onlineMonitored, this.examsByCategory, referrals);
	}

	EmployerFacts withOnlineMonitored(boolean onlineMonitored) {
		return new EmployerFacts(this.employerId, this.creditCode, this.name, this.regionCode, this.inProduction, this.severe,
				this.dust, this.exposed, this.declared, this.testingCurrent, this.overdueExamWorkers, this.leadersTrained,
				this.leaders, this.workersTrained, this.workers, this.medical, this.radiation, this.inspected, this.projects,
				this.rectifications, this.cases, onlineMonitored, this.examsByCategory, this.referrals);
	}

}
