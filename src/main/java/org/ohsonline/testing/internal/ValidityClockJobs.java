package org.ohsonline.testing.internal;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ohsonline.registry.EmployerChanged;
import org.ohsonline.registry.EmployerRegistered;
import org.ohsonline.registry.EmployerSeveritiesRecomputed;
import org.ohsonline.registry.EmployerStatusChanged;
import org.ohsonline.testing.TestingJobReviewed;
import org.ohsonline.testing.ValidityKind;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What moves the validity clocks: the registry's events (a new, changed or closed employer), and
 * once a day (01:20 Asia/Shanghai by default, {@code ohs.testing.clock-cron}, one instance only) a
 * full synchronisation with the registry followed by the reminder run. The synchronisation also
 * runs once at start-up, after the demo register is seeded, so the lists are complete at once.
 */
@Component
@Order(40)
class ValidityClockJobs implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ValidityClockJobs.class);

	private final ValidityClockService clocks;

	private final RegisterChanges changes;

	ValidityClockJobs(ValidityClockService clocks, RegisterChanges changes) {
		this.clocks = clocks;
		this.changes = changes;
	}

	@ApplicationModuleListener
	void on(EmployerRegistered event) {
		this.clocks.track(event.employerId());
	}

	/**
	 * Called only for what a clock holds ({@link org.ohsonline.registry.EmployerDuties}: name, region, class,
	 * hazard factors, start of production); a new legal representative or a site leaves the clocks as they are.
	 * Queued in the publisher's transaction and tracked in batches ({@link RegisterChanges}, decision 0043).
	 */
	@EventListener(condition = "#event.changedAny('hazards', 'productionStartedOn', 'name', 'address', "
			+ "'industryCode', 'severity')")
	void on(EmployerChanged event) {
		this.changes.queue(event.employerId(), event.fields(), event.changedOn());
	}

	@ApplicationModuleListener
	void on(EmployerStatusChanged event) {
		this.clocks.track(event.employerId());
	}

	/**
	 * The register recomputed severities against a new directory version: every clock follows its
	 * employer's class (工作场所职业卫生管理规定 Art. 20: 严重 yearly testing and a status evaluation every three
	 * years, 一般 testing every three years) — intervals, due dates, and the status evaluation clock started
	 * or stopped.
	 */
	@ApplicationModuleListener
	void on(EmployerSeveritiesRecomputed event) {
		log.info("Testing validity clocks after severity recomputation {} ({} employers changed class): {} row(s) changed",
				event.runId(), event.changed(), this.clocks.synchronise());
	}

	/**
	 * A reviewed periodic testing resets the testing clock; a reviewed status evaluation, which
	 * tests the workplace too, resets both. Supervisory testing (ordered by the authority) and the
	 * evaluations of construction projects do not discharge the employer's periodic duty.
	 */
	@ApplicationModuleListener
	void on(TestingJobReviewed event) {
		List<ValidityKind> kinds = switch (event.jobType()) {
			case PERIODIC_TESTING -> List.of(ValidityKind.TESTING);
			case STATUS_EVALUATION -> List.of(ValidityKind.TESTING, ValidityKind.STATUS_EVALUATION);
			default -> List.of();
		};
		if (!kinds.isEmpty()) {
			this.clocks.done(event.employerId(), event.regionCode(), kinds, event.reviewedOn(), event.jobId());
		}
	}

	@Scheduled(cron = "${ohs.testing.clock-cron:0 20 1 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "testing-validity-clocks", lockAtMostFor = "60m")
	void daily() {
		int changed = this.clocks.synchronise();
		ValidityClockService.Reminded run = this.clocks.remind(this.clocks.today());
		log.info("Testing validity clocks: {} row(s) synchronised, {} reminder(s), {} newly overdue", changed,
				run.reminded(), run.overdue());
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("generate-synthetic")) {
			return;
		}
		log.info("Testing validity clocks synchronised at start-up: {} row(s) changed", this.clocks.synchronise());
	}

}
