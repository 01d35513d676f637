package org.ohsonline.radiation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.Agencies;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.radiation.AlertView;
import org.ohsonline.radiation.DoseEntry;
import org.ohsonline.radiation.DoseRecords;
import org.ohsonline.radiation.DoseSummary;
import org.ohsonline.radiation.DoseView;
import org.ohsonline.radiation.DosesRecorded;
import org.ohsonline.radiation.EmployerMonitoring;
import org.ohsonline.radiation.ImportResult;
import org.ohsonline.radiation.InvestigationView;
import org.ohsonline.radiation.MonitoringGap;
import org.ohsonline.radiation.MonitoringRate;
import org.ohsonline.radiation.MonitoringRates;
import org.ohsonline.radiation.Period;
import org.ohsonline.radiation.RadiationFilter;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Entering, uploading and reading dose records (see {@link DoseRecords} and docs/radiation.md). */
@Service
class DoseService implements DoseRecords {

	static final List<String> CHANNELS = List.of("CONSOLE", "EXCEL", "API");

	private static final String TARGET = """
			select id, worker_id, employer_id, employer_credit_code, region_code, agency_id, agency_credit_code, monitored_from,
			    monitored_to, id_index
			from radiation.worker""";

	private final JdbcClient jdbc;

	private final DoseWriter writer;

	private final DoseQueries queries;

	private final Agencies agencies;

	private final PiiCipher cipher;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DoseService(JdbcClient jdbc, DoseWriter writer, DoseQueries queries, Agencies agencies, PiiCipher cipher, AuditTrail audit,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.writer = writer;
		this.queries = queries;
		this.agencies = agencies;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(RadiationWorkerService.ZONE));
	}

	/** The dosimetry service the caller enters for: an agency's staff only, of a registered agency. */
	private AgencyRef agency(Actor actor) {
		actor.require(RadiationPermissions.DOSE_WRITE);
		if (actor.scope().kind() != Scope.Kind.AGENCY) {
			throw new AccessDeniedException(RadiationPermissions.DOSE_WRITE);
		}
		return this.agencies.ownedBy(actor.scope()).stream().findFirst()
			.orElseThrow(() -> new AccessDeniedException(RadiationPermissions.DOSE_WRITE));
	}

	@Override
	@Transactional
	public DoseView enter(Actor actor, DoseEntry entry, String channel) {
		AgencyRef agency = agency(actor);
		String via = CHANNELS.contains(channel) ? channel : "API";
		DoseRows.Target target = target(agency, entry);
		Optional<Period> period = Period.parse(entry.period());
		boolean recorded = target != null && period.isPresent() && this.jdbc.sql("""
				select exists (select 1 from radiation.dose where radiation_worker_id = :rw and period_year = :y and period_quarter = :q)""")
			.param("rw", target.id())
			.param("y", period.get().year())
			.param("q", period.get().quarter())
			.query(Boolean.class)
			.single();
		List<FieldError> errors = DoseRows.check(entry, target, today(), recorded);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		DoseRows.Valid valid = DoseRows.valid(entry, target);
		Instant now = Instant.now(this.clock);
		this.writer.insert(List.of(valid), via, null, actor.displayName(), now);
		int opened = this.writer.follow(List.of(target.id()), now);
		long id = this.jdbc.sql("select id from radiation.dose where radiation_worker_id = :rw and period_year = :y and period_quarter = :q")
			.param("rw", target.id())
			.param("y", valid.period().year())
			.param("q", valid.period().quarter())
			.query(Long.class)
			.single();
		this.audit.record(actor, "radiation.dose.entered", AuditTarget.of("radiation-dose", id, target.regionCode()), null,
				Map.of("radiationWorker", target.id(), "period", valid.period().toString(), "channel", via, "investigation",
						opened > 0));
		this.events.publishEvent(new DosesRecorded(target.employerId(), target.regionCode(), 1, via));
		return this.queries.view(id);
	}

	private DoseRows.Target target(AgencyRef agency, DoseEntry entry) {
		if (entry.radiationWorkerId() != null) {
			return this.jdbc.sql(TARGET + " where id = :id and agency_credit_code = :a")
				.param("id", entry.radiationWorkerId())
				.param("a", agency.creditCode())
				.query(DoseService::target)
				.optional()
				.orElse(null);
		}
		String idNumber = Text.blankToNull(entry.idNumber());
		String employer = Text.blankToNull(entry.employerCreditCode());
		if (idNumber == null || employer == null) {
			return null;
		}
		return this.jdbc.sql(TARGET + " where employer_credit_code = :e and id_index = any(:ix) and agency_credit_code = :a")
			.param("e", employer.toUpperCase())
			.param("ix", this.cipher.blindIndexes(idNumber.toUpperCase()).toArray(String[]::new))
			.param("a", agency.creditCode())
			.query(DoseService::target)
			.optional()
			.orElse(null);
	}

	private static DoseRows.Target target(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new DoseRows.Target(rs.getLong("id"), rs.getLong("worker_id"), rs.getLong("employer_id"),
				rs.getString("employer_credit_code"), rs.getString("region_code"), rs.getLong("agency_id"),
				rs.getString("agency_credit_code"), rs.getObject("monitored_from", LocalDate.class),
				rs.getObject("monitored_to", LocalDate.class));
	}

	@Override
	@Transactional
	public ImportResult importWorkbook(Actor actor, String fileName, Path file) {
		AgencyRef agency = agency(actor);
		String name = Text.blankToNull(fileName) == null ? "upload.xlsx" : Text.printable(fileName.trim());
		name = name.length() > 200 ? name.substring(0, 200) : name;
		try {
			if (!WorkbookRows.isWorkbook(file)) {
				throw InvalidInputException.of("file", "radiation.upload.notWorkbook");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// Everything the rows are checked against, read once: the service's workers by employer and blind index,
		// and the periods already recorded.
		Map<String, DoseRows.Target> byKey = new HashMap<>();
		this.jdbc.sql(TARGET + " where agency_credit_code = :a").param("a", agency.creditCode()).query(rs -> {
			byKey.put(rs.getString("employer_credit_code") + "|" + rs.getString("id_index"), target(rs, 0));
		});
		Set<String> recorded = new HashSet<>();
		this.jdbc.sql("select radiation_worker_id, period_year, period_quarter from radiation.dose where agency_credit_code = :a")
			.param("a", agency.creditCode())
			.query(rs -> {
				recorded.add(rs.getLong(1) + "|" + rs.getInt(2) + "|" + rs.getInt(3));
			});
		Instant now = Instant.now(this.clock);
		long importId = this.jdbc.sql("""
				insert into radiation.dose_import (agency_id, agency_credit_code, region_code, file_name, total_rows, accepted, rejected,
				    imported_by, imported_at)
				values (:a, :code, :region, :name, 0, 0, 0, :by, :at) returning id""")
			.param("a", agency.id())
			.param("code", agency.creditCode())
			.param("region", agency.regionCode())
			.param("name", name)
			.param("by", actor.displayName())
			.param("at", java.sql.Timestamp.from(now))
			.query(Long.class)
			.single();
		LocalDate today = today();
		List<DoseRows.Valid> valid = new ArrayList<>();
		Set<Long> touched = new LinkedHashSet<>();
		List<Object[]> rejections = new ArrayList<>();
		int[] total = { 0 };
		try {
			WorkbookRows.read(file, row -> {
				total[0]++;
				DoseEntry e = row.entry();
				DoseRows.Target t = null;
				if (!e.idNumber().isEmpty()) {
					for (String index : this.cipher.blindIndexes(e.idNumber())) {
						t = t != null ? t : byKey.get(e.employerCreditCode() + "|" + index);
					}
				}
				Optional<Period> p = Period.parse(e.period());
				String key = t == null || p.isEmpty() ? null : t.id() + "|" + p.get().year() + "|" + p.get().quarter();
				List<FieldError> errors = new ArrayList<>(row.problems());
				errors.addAll(DoseRows.check(e, t, today, key != null && recorded.contains(key)));
				if (errors.isEmpty()) {
					valid.add(DoseRows.valid(e, t));
					recorded.add(key);
					touched.add(t.id());
				}
				else {
					rejections.add(new Object[] { row.number(), reasons(errors), row.maskedCells() });
				}
			});
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw InvalidInputException.of("file", "radiation.upload.unreadable");
		}
		this.writer.insert(valid, "EXCEL", importId, actor.displayName(), now);
		int opened = this.writer.follow(touched, now);
		this.writer.rejections(importId, rejections);
		this.jdbc.sql("update radiation.dose_import set total_rows = :t, accepted = :a, rejected = :r where id = :id")
			.param("t", total[0])
			.param("a", valid.size())
			.param("r", rejections.size())
			.param("id", importId)
			.update();
		this.audit.record(actor, "radiation.dose.imported", AuditTarget.of("radiation-import", importId, agency.regionCode()), null,
				Map.of("file", name, "rows", total[0], "accepted", valid.size(), "rejected", rejections.size(), "investigations",
						opened));
		// One event per employer, not per row: a workbook of a thousand rows moves a handful of employers.
		Map<Long, List<DoseRows.Valid>> byEmployer = new LinkedHashMap<>();
		valid.forEach(v -> byEmployer.computeIfAbsent(v.target().employerId(), e -> new ArrayList<>()).add(v));
		byEmployer.forEach((employerId, rows) -> this.events
			.publishEvent(new DosesRecorded(employerId, rows.get(0).target().regionCode(), rows.size(), "EXCEL")));
		return importResult(actor, importId);
	}

	/** Reasons as stored: one per line, the field, the message code and its arguments separated by tabs. */
	static String reasons(List<FieldError> errors) {
		StringBuilder text = new StringBuilder();
		for (FieldError e : errors) {
			text.append(text.isEmpty() ? "" : "\n").append(e.field()).append('\t').append(e.code());
			for (Object a : e.arguments()) {
				text.append('\t').append(String.valueOf(a).replace('\t', ' ').replace('\n', ' '));
			}
		}
		return text.toString();
	}

	static List<ImportResult.Reason> reasons(String stored) {
		List<ImportResult.Reason> reasons = new ArrayList<>();
		for (String line : stored.split("\n")) {
			String[] parts = line.split("\t", -1);
			reasons.add(new ImportResult.Reason(parts[0], parts.length > 1 ? parts[1] : "",
					parts.length > 2 ? List.of(parts).subList(2, parts.length) : List.of()));
		}
		return reasons;
	}

	@Override
	@Transactional(readOnly = true)
	public ImportResult importResult(Actor actor, long id) {
		AgencyRef agency = agency(actor);
		return this.jdbc.sql("""
				select id, file_name, total_rows, accepted, rejected, imported_by, imported_at from radiation.dose_import
				where id = :id and agency_credit_code = :a""")
			.param("id", id)
			.param("a", agency.creditCode())
			.query((rs, n) -> new ImportResult(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getString(6), rs.getTimestamp(7).toInstant(), this.jdbc.sql("""
							select row_number, reasons, cells from radiation.dose_import_rejection where import_id = :id
							order by row_number limit 2000""")
						.param("id", id)
						.query((r, m) -> new ImportResult.Rejection(r.getInt(1), reasons(r.getString(2)), r.getString(3)))
						.list()))
			.optional()
			.orElseThrow(() -> new NotFoundException("radiation-import", id));
	}

	@Override
	@Transactional
	public DoseView find(Actor actor, long id) {
		actor.require(RadiationPermissions.DOSE_READ);
		DoseView view = this.queries.inScope(actor, id).orElseThrow(() -> new NotFoundException("radiation-dose", id));
		this.audit.record(actor, "radiation.dose.viewed", AuditTarget.of("radiation-dose", id, view.regionCode()), null,
				Map.of("radiationWorker", view.radiationWorkerId(), "period", view.period()));
		return view;
	}

	@Override
	@Transactional
	public List<DoseView> ofWorker(Actor actor, long radiationWorkerId) {
		actor.require(RadiationPermissions.DOSE_READ);
		List<DoseView> doses = this.queries.ofWorker(actor, radiationWorkerId);
		if (!doses.isEmpty()) {
			this.audit.record(actor, "radiation.dose.viewed-worker",
					AuditTarget.of("radiation-worker", radiationWorkerId, doses.get(0).regionCode()), null,
					Map.of("records", doses.size()));
		}
		return doses;
	}

	@Override
	@Transactional
	public InvestigationView answer(Actor actor, long id, String explanation) {
		actor.require(RadiationPermissions.ANSWER);
		if (actor.scope().kind() != Scope.Kind.EMPLOYER) {
			throw new AccessDeniedException(RadiationPermissions.ANSWER);
		}
		InvestigationView view = this.queries.investigation(actor, id);
		String text = Text.blankToNull(explanation);
		if (text == null) {
			throw InvalidInputException.of("explanation", "radiation.investigation.explanation.required");
		}
		if (text.length() > 4000) {
			throw InvalidInputException.of("explanation", "radiation.investigation.explanation.long", 4000);
		}
		int changed = this.jdbc.sql("""
				update radiation.investigation set status = 'ANSWERED', explanation = :text, answered_by = :by, answered_at = :at
				where id = :id and status = 'OPEN' and employer_credit_code = :e""")
			.param("text", text)
			.param("by", actor.displayName())
			.param("at", java.sql.Timestamp.from(Instant.now(this.clock)))
			.param("id", id)
			.param("e", actor.scope().value())
			.update();
		if (changed == 0) {
			throw InvalidInputException.of("explanation", "radiation.investigation.answered");
		}
		this.audit.record(actor, "radiation.investigation.answered", AuditTarget.of("radiation-investigation", id, view.regionCode()),
				Map.of("status", "OPEN"), Map.of("status", "ANSWERED", "explanation", text));
		return this.queries.investigation(actor, id);
	}

	@Override
	public Page<DoseSummary> search(Actor actor, RadiationFilter filter, PageQuery page) {
		return this.queries.search(actor, filter, page);
	}

	@Override
	public void forEach(Actor actor, RadiationFilter filter, Consumer<DoseSummary> consumer) {
		this.queries.forEach(actor, filter, consumer);
	}

	@Override
	public Page<InvestigationView> investigations(Actor actor, RadiationFilter filter, PageQuery page) {
		return this.queries.investigations(actor, filter, page);
	}

	@Override
	public InvestigationView investigation(Actor actor, long id) {
		return this.queries.investigation(actor, id);
	}

	@Override
	public Page<AlertView> alerts(Actor actor, RadiationFilter filter, PageQuery page) {
		return this.queries.alerts(actor, filter, page);
	}

	@Override
	public List<AlertView> alertsOfWorker(Actor actor, long radiationWorkerId) {
		return this.queries.alertsOfWorker(actor, radiationWorkerId);
	}

	@Override
	public Page<MonitoringGap> gaps(Actor actor, RadiationFilter filter, PageQuery page) {
		return this.queries.gaps(actor, filter, page, today());
	}

	@Override
	public void forEachGap(Actor actor, RadiationFilter filter, Consumer<MonitoringGap> consumer) {
		this.queries.forEachGap(actor, filter, consumer, today());
	}

	@Override
	public long gapCount(Actor actor) {
		return this.queries.gaps(actor, RadiationFilter.none(), new PageQuery(1, 1), today()).total();
	}

	@Override
	public long openInvestigations(Actor actor) {
		return this.queries.investigations(actor, new RadiationFilter(null, null, null, "OPEN", null), new PageQuery(1, 1)).total();
	}

	@Override
	public MonitoringRates rates(Actor actor, String region, String period, PageQuery employers) {
		return this.queries.rates(actor, region, period, employers, today());
	}

	@Override
	public void forEachEmployerRate(Actor actor, String region, String period, Consumer<MonitoringRate> consumer) {
		this.queries.forEachEmployerRate(actor, region, period, consumer, today());
	}

	@Override
	public EmployerMonitoring monitoringOf(Actor actor, long employerId) {
		return this.queries.monitoringOf(actor, List.of(employerId), today()).get(employerId);
	}

	@Override
	public Map<Long, EmployerMonitoring> monitoringOfEmployers(Actor actor, java.util.Collection<Long> employerIds) {
		return this.queries.monitoringOf(actor, employerIds, today());
	}

}
