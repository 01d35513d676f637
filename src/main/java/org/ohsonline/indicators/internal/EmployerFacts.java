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
 */
record EmployerFacts(long employerId, String creditCode, String name, String regionCode, boolean inProduction,
		boolean severe, boolean dust, int exposed, boolean declared, boolean testingCurrent, int overdueExamWorkers,
		int leadersTrained, int leaders, int workersTrained, int workers) {
}
