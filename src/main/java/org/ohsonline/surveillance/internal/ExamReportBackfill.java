package org.ohsonline.surveillance.internal;

import java.util.List;

import org.ohsonline.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exams concluded before reports were issued with the conclusion have none until someone of the
 * examining institution downloaded it, so their workers read "报告尚未出具". At start-up (after the
 * demo seeds) every such real exam gets its report, issued by the platform in the institution's name
 * and dated the day it is issued, in batches of {@value #BATCH} per transaction; a start with nothing
 * to do costs one query. Synthetic demo exams (except the demo worker's) are left without one: their
 * PDFs would take minutes to render; {@code --issue-synthetic-exam-reports} issues them too.
 */
@Component
@Order(24)
class ExamReportBackfill implements ApplicationRunner {

	private static final int BATCH = 50;

	private static final Logger log = LoggerFactory.getLogger(ExamReportBackfill.class);

	private static final Actor SYSTEM = Actor.system("exam-reports");

	private final ExamService exams;

	private final ExamStore store;

	private final TransactionTemplate transactions;

	ExamReportBackfill(ExamService exams, ExamStore store, TransactionTemplate transactions) {
		this.exams = exams;
		this.store = store;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("generate-synthetic")) {
			return;
		}
		int issued = issueMissing(args.containsOption("issue-synthetic-exam-reports"));
		if (issued > 0) {
			log.info("Exam reports issued for {} exam(s) concluded before reports were issued with the conclusion", issued);
		}
	}

	/** Issues the report of every (real, or also synthetic) exam that has none; returns how many were issued. */
	int issueMissing(boolean synthetic) {
		int issued = 0;
		while (true) {
			List<Long> missing = this.store.withoutReport(synthetic, BATCH);
			if (missing.isEmpty()) {
				return issued;
			}
			Integer done = this.transactions.execute(tx -> {
				int count = 0;
				for (long id : missing) {
					this.exams.issueReport(SYSTEM, this.store.get(id).orElseThrow());
					count++;
				}
				return count;
			});
			issued += done == null ? 0 : done;
		}
	}

}
