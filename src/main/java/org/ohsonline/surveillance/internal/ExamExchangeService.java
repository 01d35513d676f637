package org.ohsonline.surveillance.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.Agencies;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.ExchangeCodes;
import org.ohsonline.reference.SizeClass;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.exchange.BusinessType;
import org.ohsonline.shared.exchange.DocumentIds;
import org.ohsonline.shared.exchange.ExchangeSettings;
import org.ohsonline.shared.exchange.ExchangeWriter;
import org.ohsonline.surveillance.ExamExchange;
import org.ohsonline.surveillance.ExamFilter;
import org.ohsonline.surveillance.ExamSubmissions;
import org.ohsonline.surveillance.ExamView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export and import of exam records in the national exchange XML. Export reads the exams of the
 * filter in the actor's scope and fills what the exchange asks from the register and the agency
 * directory; import records each valid record through {@link ExamSubmissions}, the JSON API's path,
 * with the document's {@code DocumentId} as idempotency key.
 */
@Service
class ExamExchangeService implements ExamExchange {

	private static final Actor SYSTEM = Actor.system("surveillance-exchange");

	/** Exams read together by the export. */
	static final int PAGE = 500;

	private final ExamService exams;

	private final ExamStore store;

	private final ExamSubmissions submissions;

	private final Workers workers;

	private final Employers employers;

	private final Agencies agencies;

	private final Divisions divisions;

	private final AuditTrail audit;

	private final Clock clock;

	private final ExchangeSettings settings;

	private final ExchangeCodes codes;

	ExamExchangeService(ExamService exams, ExamStore store, ExamSubmissions submissions, Workers workers,
			Employers employers, Agencies agencies, Divisions divisions, AuditTrail audit, Clock clock,
			ExchangeSettings settings, ExchangeCodes codes) {
		this.codes = codes;
		this.exams = exams;
		this.store = store;
		this.submissions = submissions;
		this.workers = workers;
		this.employers = employers;
		this.agencies = agencies;
		this.divisions = divisions;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	@Override
	@Transactional
	public int export(Actor actor, ExamFilter filter, OutputStream out) {
		actor.require(ExamPermissions.EXCHANGE_EXPORT);
		List<Long> ids = new ArrayList<>();
		this.exams.forEach(actor, filter, e -> ids.add(e.id()));
		String documentId = documentId();
		Map<Long, ExchangeXmlWriter.Enterprise> enterprises = new HashMap<>();
		Map<Long, AgencyView> institutions = new HashMap<>();
		Map<String, String> orgCodes = new HashMap<>();
		try (ExchangeXmlWriter writer = new ExchangeXmlWriter(out, documentId, this.settings)) {
			// A page of exams with their conclusions, audiograms and items (five statements), their workers with
			// identity numbers and employments (three, one audit entry): a county's year reads in a few hundred.
			for (int from = 0; from < ids.size(); from += PAGE) {
				List<ExamStore.Recorded> page = this.store.recorded(ids.subList(from, Math.min(ids.size(), from + PAGE)));
				Map<Long, Workers.ExchangeWorker> people = this.workers.forExchange(SYSTEM,
						page.stream().map(r -> r.exam().workerId()).distinct().toList());
				for (ExamStore.Recorded recorded : page) {
					ExamView exam = recorded.exam();
					Workers.ExchangeWorker person = people.get(exam.workerId());
					if (person == null) {
						continue;
					}
					WorkerView worker = person.worker();
					Optional<EmploymentView> employment = person.employments()
						.stream()
						.filter(m -> m.employerId() == exam.employerId())
						.filter(m -> !m.hiredOn().isAfter(exam.examinedOn()))
						.reduce((a, b) -> b);
					ExchangeXmlWriter.Enterprise employer = enterprises.computeIfAbsent(exam.employerId(),
							this::enterprise);
					ExchangeXmlWriter.Enterprise host = employment.filter(EmploymentView::dispatched)
						.filter(m -> m.hostStatus() == org.ohsonline.registry.DispatchStatus.CONFIRMED)
						.map(EmploymentView::hostEmployerId)
						.map(h -> enterprises.computeIfAbsent(h, this::enterprise))
						.orElse(employer);
					AgencyView institution = institutions.computeIfAbsent(exam.institutionId(),
							i -> this.agencies.find(SYSTEM, i));
					writer.write(new ExchangeXmlWriter.Record(exam, employer, host, person.idNumber(),
							"M".equals(worker.gender()) ? "1" : "2", worker.birthDate(),
							employment.map(EmploymentView::postName).orElse(null), nineDigits(institution.regionCode()),
							recorded.recordedBy(), exam.createdAt().atZone(ExamService.ZONE).toLocalDate(),
							institution.creditCode(), institution.contactName(), orgCodes.computeIfAbsent(
									institution.creditCode(), c -> this.codes.orgCode(c).orElse(null))));
				}
			}
		}
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("documentId", documentId);
		state.put("records", ids.size());
		state.put("examIds", ids.size() <= 200 ? ids.toString() : ids.subList(0, 200) + "…");
		this.audit.record(actor, "surveillance.exchange.exported", AuditTarget.of("exam-exchange", documentId,
				actor.scope().kind() == Scope.Kind.REGION ? actor.scope().value() : actor.regionCode()), null, state);
		return ids.size();
	}

	private String documentId() {
		return DocumentIds.next(this.settings, BusinessType.HEALTH_EXAM_RECORD, this.clock);
	}

	private ExchangeXmlWriter.Enterprise enterprise(long employerId) {
		EmployerView e = this.employers.find(SYSTEM, employerId);
		return new ExchangeXmlWriter.Enterprise(e.name(), e.creditCode(), e.economicTypeCode(),
				e.industryCode() == null ? null : e.industryCode().replaceAll("^[A-Z]", ""), sizeCode(e.sizeClass()),
				nineDigits(e.regionCode()), e.address(), e.ohManagerName(), this.divisions.fullName(e.regionCode()));
	}

	/** 表9 企业规模代码. */
	static String sizeCode(SizeClass size) {
		return SizeClass.exchangeCode(size);
	}

	/** A region code as the exchange's 9-digit area codes (a county 330105 is 330105000). */
	static String nineDigits(String region) {
		return ExchangeWriter.nineDigits(region);
	}

	@Override
	@Transactional
	public ImportResult importDocument(Actor actor, byte[] document) {
		actor.require(ExamPermissions.EXCHANGE_IMPORT);
		actor.require(ExamPermissions.WRITE);
		if (actor.scope().kind() != Scope.Kind.INSTITUTION) {
			throw new AccessDeniedException("exchange documents are imported by an exam institution's staff");
		}
		AgencyRef own = this.agencies.ownedBy(actor.scope())
			.stream()
			.filter(a -> a.kind() == AgencyKind.EXAM_INSTITUTION)
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("no exam institution for " + actor.scope()));
		ExchangeXmlReader.Parsed parsed = ExchangeXmlReader.read(document);
		List<ExamSubmissions.Entry> entries = new ArrayList<>();
		for (ExchangeXmlReader.ParsedRecord record : parsed.records()) {
			List<FieldError> errors = new ArrayList<>(record.errors());
			String named = record.institutionCredit();
			if (named != null && CreditCode.isValid(named.toUpperCase(Locale.ROOT))
					&& !named.toUpperCase(Locale.ROOT).equals(own.creditCode())) {
				errors.add(FieldError.of("REPORT_ORGAN_CREDIT_CODE", "surveillance.exchange.otherInstitution", named));
			}
			if (errors.isEmpty() && duplicate(own, record)) {
				errors.add(FieldError.of("EXAM_DATE", "surveillance.exchange.duplicate"));
			}
			entries.add(new ExamSubmissions.Entry(record.command(), errors));
		}
		ExamSubmissions.Result result = this.submissions.submit(actor, "xml:" + parsed.documentId(),
				Hashes.sha256Hex(document), entries);
		List<RecordResult> records = new ArrayList<>();
		for (ExamSubmissions.Outcome o : result.outcomes()) {
			ExchangeXmlReader.ParsedRecord record = parsed.records().get(o.index());
			// The structure's problem of an element first; the recording rules' finding of the same element
			// follows from it (an identity number that fails its check is also "not given").
			Map<String, RecordError> byElement = new LinkedHashMap<>();
			for (FieldError e : o.errors()) {
				String element = ExchangeFields.element(e.field(), record);
				byElement.putIfAbsent(element + (element.equals(ExchangeXmlReader.RECORD) ? e.code() : ""),
						new RecordError(element, e.code(), e.arguments()));
			}
			records.add(new RecordResult(record.index(), record.recordId(), o.status(), o.examId(), o.number(),
					List.copyOf(byElement.values())));
		}
		return new ImportResult(parsed.documentId(), result.replayed(), records);
	}

	/** Whether this institution already recorded the same exam (worker, type, day): a re-sent record. */
	private boolean duplicate(AgencyRef own, ExchangeXmlReader.ParsedRecord record) {
		var command = record.command();
		if (command.workerIdNumber() == null || command.examType() == null || command.examinedOn() == null) {
			return false;
		}
		return this.workers.findByIdNumber(SYSTEM, command.workerIdNumber().toUpperCase(Locale.ROOT))
			.map(w -> this.store.recorded(own.creditCode(), w.id(), command.examType().name(), command.examinedOn()))
			.orElse(false);
	}

}
