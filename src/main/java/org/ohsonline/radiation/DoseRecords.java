package org.ohsonline.radiation;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Personal dose records and what follows from them. Entered only by the worker's dosimetry service
 * ({@code radiation:dose:write}); each record is checked against the dose limits in force for its period
 * (catalog {@code radiation-dose-limits}): above the investigation level it opens an investigation for the
 * employer, sums above a limit raise alerts — all in the transaction that saves the record, audited. Lists show
 * the person masked and a band instead of values; {@link #find} shows the values to the readers in scope and is
 * audited.
 */
public interface DoseRecords {

	/** Saves one record, or refuses it with every reason and saves nothing. */
	DoseView enter(Actor actor, DoseEntry entry, String channel);

	/**
	 * Reads an uploaded workbook (first sheet, header row, columns as the template's) and saves every valid row;
	 * every rejected row is kept with its reasons. One transaction: the upload and its audit entry together.
	 */
	ImportResult importWorkbook(Actor actor, String fileName, Path file);

	ImportResult importResult(Actor actor, long id);

	DoseView find(Actor actor, long id);

	Page<DoseSummary> search(Actor actor, RadiationFilter filter, PageQuery page);

	void forEach(Actor actor, RadiationFilter filter, Consumer<DoseSummary> consumer);

	/** A radiation worker's records in full (the worker's page), audited as one reading. */
	List<DoseView> ofWorker(Actor actor, long radiationWorkerId);

	Page<InvestigationView> investigations(Actor actor, RadiationFilter filter, PageQuery page);

	InvestigationView investigation(Actor actor, long id);

	/** The employer's explanation of a period above the investigation level (once). */
	InvestigationView answer(Actor actor, long id, String explanation);

	Page<AlertView> alerts(Actor actor, RadiationFilter filter, PageQuery page);

	List<AlertView> alertsOfWorker(Actor actor, long radiationWorkerId);

	/** Radiation workers without a record for a period that is due today, in scope. */
	Page<MonitoringGap> gaps(Actor actor, RadiationFilter filter, PageQuery page);

	void forEachGap(Actor actor, RadiationFilter filter, Consumer<MonitoringGap> consumer);

	long gapCount(Actor actor);

	long openInvestigations(Actor actor);

	/** The monitoring rate of the period (default: the last one due) in the region, its divisions and employers. */
	MonitoringRates rates(Actor actor, String region, String period, PageQuery employers);

	void forEachEmployerRate(Actor actor, String region, String period, Consumer<MonitoringRate> consumer);

	/**
	 * One employer's monitoring in the last period due, by the rate's rule: for a read model that keeps a row per
	 * employer (the indicators). Empty counts when the employer is outside the caller's scope or has no radiation
	 * worker monitored in the period.
	 */
	EmployerMonitoring monitoringOf(Actor actor, long employerId);

	/**
	 * {@link #monitoringOf} of many employers in one statement (a batch of a read model's rebuild): by employer id,
	 * every employer asked for, with empty counts where {@link #monitoringOf} has them.
	 */
	java.util.Map<Long, EmployerMonitoring> monitoringOfEmployers(Actor actor, java.util.Collection<Long> employerIds);

}
