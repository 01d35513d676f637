package org.ohsonline.surveillance.internal;

import java.util.List;

import org.ohsonline.agency.AgencySummary;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.shared.demo.DemoSeedStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Standalone mode's exams, in two demo data steps: first the demo employer's (so the demo logins see
 * exams, audiograms over several years, exams due and tasks within seconds of the register), last the
 * history of the first employers of the region by name, every exposed worker of each, until about
 * {@link #COUNTY_WORKERS} workers (at the tiny scale of the tests {@link #TINY_WORKERS}). An employer
 * with synthetic exams already is left as it is, so a start stopped halfway continues where it was.
 */
@Component
class StandaloneExamSeed {

	/** Exposed workers examined at the county scale besides the demo employer's: a few minutes' work in the background. */
	static final int COUNTY_WORKERS = 600;

	static final int TINY_WORKERS = 40;

	private static final Logger log = LoggerFactory.getLogger(StandaloneExamSeed.class);

	private final SyntheticData register;

	private final SyntheticExams exams;

	StandaloneExamSeed(SyntheticData register, SyntheticExams exams) {
		this.register = register;
		this.exams = exams;
	}

	/** The demo employer's exams, early among the steps. */
	@Component
	static class DemoEmployerExams implements DemoSeedStep {

		private final StandaloneExamSeed seed;

		DemoEmployerExams(StandaloneExamSeed seed) {
			this.seed = seed;
		}

		@Override
		public int order() {
			return 40;
		}

		@Override
		public String labelKey() {
			return "demo.step.demo-exams";
		}

		@Override
		public int weight() {
			return 8;
		}

		@Override
		public void run(Progress progress) {
			this.seed.demoEmployer(progress);
		}

	}

	/** The history of the region's first employers, the longest step, last. */
	@Component
	static class ExamHistory implements DemoSeedStep {

		private final StandaloneExamSeed seed;

		ExamHistory(StandaloneExamSeed seed) {
			this.seed = seed;
		}

		@Override
		public int order() {
			return 90;
		}

		@Override
		public String labelKey() {
			return "demo.step.exam-history";
		}

		@Override
		public int weight() {
			return 40;
		}

		@Override
		public void run(Progress progress) {
			this.seed.history(progress);
		}

	}

	void demoEmployer(DemoSeedStep.Progress progress) {
		SyntheticData.Census census = this.register.census();
		if (census.lastSeed().isEmpty()) {
			return;
		}
		var employer = this.exams.demoEmployer();
		List<AgencySummary> institutions = this.exams.institutions(SyntheticData.Scale.parse(census.lastScale().get())
			.regionCode());
		if (employer.isEmpty() || institutions.isEmpty() || this.exams.examined(employer.get().id())) {
			return;
		}
		SyntheticExams.Summary summary = this.exams.generate(employer.get(), this.exams.exposed(employer.get()),
				census.lastSeed().get(), institutions, progress::checkpoint);
		log.info("Synthetic demo exams of the demo employer (seed {}): {} workers, {} exams, {} skipped",
				census.lastSeed().get(), summary.workers(), summary.exams(), summary.skipped());
	}

	void history(DemoSeedStep.Progress progress) {
		SyntheticData.Census census = this.register.census();
		if (census.lastSeed().isEmpty() || census.lastScale().isEmpty()) {
			return;
		}
		SyntheticData.Scale scale = SyntheticData.Scale.parse(census.lastScale().get());
		List<AgencySummary> institutions = this.exams.institutions(scale.regionCode());
		if (institutions.isEmpty()) {
			return;
		}
		int budget = scale == SyntheticData.Scale.TINY ? TINY_WORKERS : COUNTY_WORKERS;
		SyntheticExams.Summary total = new SyntheticExams.Summary(0, 0, 0, 0);
		int covered = 0;
		int page = 1;
		outer: while (covered < budget) {
			List<EmployerSummary> employers = this.exams.employersByName(scale.regionCode(), page++, 50);
			if (employers.isEmpty()) {
				break;
			}
			for (EmployerSummary employer : employers) {
				progress.done((double) covered / budget);
				SyntheticExams.Exposed exposed = this.exams.exposed(employer);
				if (exposed.employments().isEmpty() || exposed.employments().size() > budget - covered + budget / 10) {
					// Nobody to examine, or too large for what is left: the next employer may fit.
					continue;
				}
				covered += exposed.employments().size();
				if (!this.exams.examined(employer.id())) {
					total = total.plus(this.exams.generate(employer, exposed, census.lastSeed().get(), institutions,
							progress::checkpoint));
				}
				if (covered >= budget) {
					break outer;
				}
			}
		}
		log.info("Synthetic exam history ({} scale, seed {}): {} employers, {} workers, {} exams, {} skipped", scale,
				census.lastSeed().get(), total.employers(), total.workers(), total.exams(), total.skipped());
	}

}
