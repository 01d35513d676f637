package org.ohsonline.projects.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.Qualification;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.projects.DocumentDownload;
import org.ohsonline.projects.ProjectCommand;
import org.ohsonline.projects.ProjectCompleted;
import org.ohsonline.projects.ProjectDocument;
import org.ohsonline.projects.ProjectFilter;
import org.ohsonline.projects.ProjectRegistered;
import org.ohsonline.projects.ProjectStageCompleted;
import org.ohsonline.projects.ProjectSummary;
import org.ohsonline.projects.ProjectView;
import org.ohsonline.projects.Projects;
import org.ohsonline.projects.Stage;
import org.ohsonline.projects.StageRecord;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.Industries;
import org.ohsonline.registry.EmployerRef;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Construction projects and their stages (see {@link Projects}, docs/projects.md). */
@Service
class ProjectService implements Projects {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final ProjectReads reads;

	private final Employers employers;

	private final Agencies agencies;

	private final HazardFactors factors;

	private final Industries industries;

	private final ProjectClassifier classifier;

	private final SupervisionRules rules;

	private final ProjectFiles files;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProjectService(JdbcClient jdbc, ProjectReads reads, Employers employers, Agencies agencies, HazardFactors factors,
			Industries industries, ProjectClassifier classifier, SupervisionRules rules, ProjectFiles files,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.reads = reads;
		this.employers = employers;
		this.agencies = agencies;
		this.factors = factors;
		this.industries = industries;
		this.classifier = classifier;
		this.rules = rules;
		this.files = files;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	@Override
	@Transactional
	public ProjectView register(Actor actor, ProjectCommand command) {
		actor.require(ProjectPermissions.WRITE);
		if (actor.scope().kind() != Scope.Kind.EMPLOYER) {
			throw new AccessDeniedException(ProjectPermissions.WRITE);
		}
		EmployerRef employer = this.employers.byCreditCode(actor.scope().value())
			.orElseThrow(() -> new NotFoundException("employer", actor.scope().value()));
		LocalDate today = today();
		List<FieldError> errors = new ArrayList<>();
		String name = Text.blankToNull(command.name());
		if (name == null) {
			errors.add(FieldError.of("name", "projects.name.required"));
		}
		else if (name.strip().length() > 200) {
			errors.add(FieldError.of("name", "projects.name.long", 200));
		}
		if (command.kind() == null) {
			errors.add(FieldError.of("kind", "projects.kind.required"));
		}
		String industry = Text.blankToNull(command.industryCode()) == null ? null : command.industryCode().trim();
		if (industry == null || this.industries.findIndustry(industry).isEmpty()) {
			errors.add(FieldError.of("industryCode", "projects.industry.unknown", industry == null ? "" : industry));
		}
		String activity = Text.blankToNull(command.activityCode()) == null ? null : command.activityCode().trim();
		if (activity != null && industry != null) {
			boolean fits = this.classifier.activityQuestion(industry)
				.map(g -> g.activities().stream().anyMatch(a -> a.code().equals(activity)))
				.orElse(false);
			if (!fits) {
				errors.add(FieldError.of("activityCode", "projects.activity.unknown", activity));
			}
		}
		Set<String> codes = new LinkedHashSet<>();
		for (String code : command.hazardFactors()) {
			String c = code == null ? "" : code.trim();
			if (this.factors.findFactor(c).isEmpty()) {
				errors.add(FieldError.of("hazardFactors", "projects.factor.unknown", c));
			}
			codes.add(c);
		}
		if (codes.isEmpty()) {
			errors.add(FieldError.of("hazardFactors", "projects.factor.required"));
		}
		LocalDate registered = command.registeredOn() == null ? today : command.registeredOn();
		if (registered.isAfter(today) || registered.isBefore(today.minusYears(10))) {
			errors.add(FieldError.of("registeredOn", "projects.registeredOn.range"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		ProjectClassifier.Classified classified = this.classifier.classify(industry, activity, List.copyOf(codes), registered);
		long id = this.jdbc.sql("""
				insert into projects.project (employer_id, employer_credit_code, employer_name, region_code, name, kind,
				    industry_code, activity_code, hazard_factors, hazard_class, class_pending, class_basis, stage,
				    registered_on, created_by)
				values (:e, :code, :ename, :region, :name, :kind, :industry, :activity, :factors, :class, :pending, :basis,
				    'PRE_EVALUATION', :registered, :by)
				returning id""")
			.param("e", employer.id())
			.param("code", employer.creditCode())
			.param("ename", employer.name())
			.param("region", employer.regionCode())
			.param("name", Text.printable(name.strip()))
			.param("kind", command.kind().name())
			.param("industry", industry)
			.param("activity", activity)
			.param("factors", codes.toArray(String[]::new))
			.param("class", classified.severity() == null ? null : classified.severity().name())
			.param("pending", classified.pending())
			.param("basis", classified.basis())
			.param("registered", registered)
			.param("by", actor.username())
			.query(Long.class)
			.single();
		startStage(id, Stage.first(), registered);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("employer", employer.creditCode());
		after.put("name", name.strip());
		after.put("industry", industry);
		after.put("hazardFactors", String.join(",", codes));
		after.put("hazardClass", classified.severity() == null ? "" : classified.severity().name());
		after.put("registeredOn", registered.toString());
		this.audit.record(actor, "projects.project.registered", AuditTarget.of("project", id, employer.regionCode()), null, after);
		this.events.publishEvent(new ProjectRegistered(id, employer.id(), employer.regionCode(), classified.severity(),
				registered));
		return find(actor, id);
	}

	private void startStage(long id, Stage stage, LocalDate on) {
		SupervisionRules.Edition rules = this.rules.inForce(on);
		this.jdbc.sql("""
				insert into projects.project_stage (project_id, stage, started_on, due_on) values (:id, :stage, :on, :due)""")
			.param("id", id)
			.param("stage", stage.name())
			.param("on", on)
			.param("due", on.plusDays(rules.daysOf(stage)))
			.update();
	}

	@Override
	@Transactional
	public ProjectView record(Actor actor, long id, StageRecord record) {
		Head head = own(actor, id);
		if (record.stage() == null) {
			throw InvalidInputException.of("stage", "projects.stage.required");
		}
		if (!record.stage().completableWhen(head.current())) {
			throw InvalidInputException.of("stage", head.current() == null ? "projects.stage.done" : "projects.stage.order");
		}
		Stage stage = record.stage();
		LocalDate started = this.jdbc.sql("select started_on from projects.project_stage where project_id = :id and stage = :s")
			.param("id", id)
			.param("s", stage.name())
			.query(LocalDate.class)
			.single();
		List<FieldError> errors = new ArrayList<>();
		LocalDate on = record.completedOn();
		if (on == null) {
			errors.add(FieldError.of("completedOn", "projects.completedOn.required"));
		}
		else if (on.isAfter(today()) || on.isBefore(started)) {
			errors.add(FieldError.of("completedOn", "projects.completedOn.range", started.toString()));
		}
		String number = Text.blankToNull(record.reportNumber()) == null ? null : Text.printable(record.reportNumber().strip());
		if (number == null) {
			errors.add(FieldError.of("reportNumber", "projects.reportNumber.required"));
		}
		else if (number.length() > 60) {
			errors.add(FieldError.of("reportNumber", "projects.reportNumber.long", 60));
		}
		String conclusion = Text.blankToNull(record.conclusion()) == null ? null : Text.printable(record.conclusion().strip());
		if (conclusion != null && conclusion.length() > 2000) {
			errors.add(FieldError.of("conclusion", "projects.conclusion.long", 2000));
		}
		AgencyRef agency = null;
		if (stage.needsAgencyReport()) {
			if (record.agencyId() == null) {
				errors.add(FieldError.of("agencyId", "projects.agency.required"));
			}
			else if (on != null) {
				Optional<String> refused = refusal(record.agencyId(), stage.agencyJob().orElseThrow(), head.categories(), on);
				if (refused.isPresent()) {
					errors.add(FieldError.of("agencyId", refused.get()));
				}
				else {
					agency = this.agencies.reference(record.agencyId()).orElseThrow();
				}
			}
		}
		boolean documented = this.reads.documents(id).stream().anyMatch(d -> d.stage() == stage);
		if (!documented) {
			errors.add(FieldError.of("file", "projects.document.missing"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.jdbc.sql("""
				update projects.project_stage set completed_on = :on, agency_id = :agency, agency_name = :aname,
				    agency_credit_code = :acode, report_number = :number, conclusion = :conclusion, recorded_by = :by,
				    recorded_at = now()
				where project_id = :id and stage = :stage""")
			.param("on", on)
			.param("agency", agency == null ? null : agency.id())
			.param("aname", agency == null ? null : agency.name())
			.param("acode", agency == null ? null : agency.creditCode())
			.param("number", number)
			.param("conclusion", conclusion)
			.param("by", actor.displayName())
			.param("id", id)
			.param("stage", stage.name())
			.update();
		Optional<Stage> next = stage.next();
		next.ifPresent(n -> startStage(id, n, on));
		this.jdbc.sql("""
				update projects.project set stage = :next, completed_on = :completed, version = version + 1 where id = :id""")
			.param("next", next.map(Stage::name).orElse("DONE"))
			.param("completed", next.isPresent() ? null : on)
			.param("id", id)
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("stage", stage.name());
		after.put("completedOn", on.toString());
		after.put("reportNumber", number);
		after.put("agency", agency == null ? "" : agency.creditCode());
		after.put("next", next.map(Stage::name).orElse("DONE"));
		this.audit.record(actor, "projects.stage.completed", AuditTarget.of("project", id, head.regionCode()),
				Map.of("stage", stage.name()), after);
		this.events.publishEvent(new ProjectStageCompleted(id, head.employerId(), head.regionCode(), stage, on));
		if (next.isEmpty()) {
			this.events.publishEvent(new ProjectCompleted(id, head.employerId(), head.creditCode(), head.regionCode(), on,
					head.name()));
		}
		return find(actor, id);
	}

	/** Why the agency may not issue the report, as the message code of its {@link Qualification.Reason}; empty when it may. */
	private Optional<String> refusal(long agencyId, JobType job, Set<String> categories, LocalDate on) {
		Optional<AgencyRef> agency = this.agencies.reference(agencyId);
		if (agency.isEmpty() || agency.get().kind() != AgencyKind.SERVICE_AGENCY) {
			return Optional.of(refusalCode(Qualification.Reason.UNKNOWN_AGENCY));
		}
		for (String category : categories) {
			Qualification q = this.agencies.qualifiedFor(agencyId, job, category, on);
			if (!q.qualified()) {
				return Optional.of(refusalCode(q.reason()));
			}
		}
		return Optional.empty();
	}

	static String refusalCode(Qualification.Reason reason) {
		return switch (reason) {
			case UNKNOWN_AGENCY, QUALIFIED -> "projects.agency.UNKNOWN_AGENCY";
			case WRONG_KIND -> "projects.agency.WRONG_KIND";
			case NOT_ACTIVE -> "projects.agency.NOT_ACTIVE";
			case NOT_YET_VALID -> "projects.agency.NOT_YET_VALID";
			case EXPIRED -> "projects.agency.EXPIRED";
			case JOB_TYPE_OUTSIDE_SCOPE -> "projects.agency.JOB_TYPE_OUTSIDE_SCOPE";
			case EXAM_TYPE_OUTSIDE_SCOPE -> "projects.agency.EXAM_TYPE_OUTSIDE_SCOPE";
			case HAZARD_OUTSIDE_SCOPE -> "projects.agency.HAZARD_OUTSIDE_SCOPE";
		};
	}

	@Override
	@Transactional
	public ProjectDocument attach(Actor actor, long id, String fileName, byte[] content) {
		Head head = own(actor, id);
		if (head.current() == null) {
			throw InvalidInputException.of("file", "projects.stage.done");
		}
		if (content == null || content.length == 0) {
			throw InvalidInputException.of("file", "projects.document.empty");
		}
		if (content.length > this.files.maxBytes()) {
			throw InvalidInputException.of("file", "projects.document.tooLarge", this.files.maxBytes() / (1024 * 1024));
		}
		String type = ProjectFiles.sniff(content).orElseThrow(() -> InvalidInputException.of("file", "projects.document.type"));
		String name = Text.blankToNull(fileName) == null ? "document" : Text.printable(fileName.strip());
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		String sha = this.files.store(content);
		long documentId = this.jdbc.sql("""
				insert into projects.project_document (project_id, stage, file_name, content_type, size_bytes, sha256, uploaded_by)
				values (:id, :stage, :name, :type, :size, :sha, :by) returning id""")
			.param("id", id)
			.param("stage", head.current().name())
			.param("name", name)
			.param("type", type)
			.param("size", (long) content.length)
			.param("sha", sha)
			.param("by", actor.username())
			.query(Long.class)
			.single();
		this.audit.record(actor, "projects.document.attached", AuditTarget.of("project", id, head.regionCode()), null,
				Map.of("stage", head.current().name(), "file", name, "sha256", sha, "type", type));
		return this.reads.documents(id).stream().filter(d -> d.id() == documentId).findFirst().orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public DocumentDownload document(Actor actor, long id, long documentId) {
		this.reads.find(actor, id, today());
		String[] file = this.jdbc.sql("""
				select sha256, file_name, content_type from projects.project_document where id = :d and project_id = :id""")
			.param("d", documentId)
			.param("id", id)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.optional()
			.orElseThrow(() -> new NotFoundException("project-document", documentId));
		return new DocumentDownload(file[1], file[2], this.files.read(file[0]));
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgencyChoice> agenciesFor(Actor actor, long id) {
		ProjectView project = this.reads.find(actor, id, today());
		if (project.current() == null || !project.current().needsAgencyReport()) {
			return List.of();
		}
		Set<String> categories = categories(project.hazardFactors());
		JobType job = project.current().agencyJob().orElseThrow();
		LocalDate today = today();
		return this.agencies.directory(AgencyKind.SERVICE_AGENCY)
			.stream()
			.filter(a -> categories.stream().allMatch(c -> this.agencies.qualifiedFor(a.id(), job, c, today).qualified()))
			.map(a -> new AgencyChoice(a.id(), a.name(), a.creditCode()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public ProjectView find(Actor actor, long id) {
		return this.reads.find(actor, id, today());
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ProjectSummary> search(Actor actor, ProjectFilter filter, PageQuery page) {
		return this.reads.search(actor, filter, page, today());
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, ProjectFilter filter, Consumer<ProjectSummary> consumer) {
		this.reads.forEach(actor, filter, today(), consumer);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProjectSummary> ofEmployer(Actor actor, long employerId) {
		return ofEmployers(actor, List.of(employerId)).getOrDefault(employerId, List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<ProjectSummary>> ofEmployers(Actor actor, java.util.Collection<Long> employerIds) {
		return this.reads.ofEmployers(actor, employerIds, today());
	}

	@Override
	@Transactional(readOnly = true)
	public long count(Actor actor, ProjectFilter filter) {
		return this.reads.count(actor, filter, today());
	}

	/** The hazard categories (level 1 of the factor catalogue) an evaluating agency must be qualified for. */
	private Set<String> categories(List<String> codes) {
		Set<String> categories = new LinkedHashSet<>();
		codes.forEach(c -> this.factors.findFactor(c).map(HazardFactor::categoryCode).ifPresent(categories::add));
		return categories;
	}

	/** The actor's own employer's project, locked: writing is the employer's own act. */
	private Head own(Actor actor, long id) {
		actor.require(ProjectPermissions.WRITE);
		Head head = this.jdbc.sql("""
				select id, employer_id, employer_credit_code, region_code, name, stage, hazard_factors
				from projects.project where id = :id for update""")
			.param("id", id)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
					"DONE".equals(rs.getString(6)) ? null : Stage.valueOf(rs.getString(6)),
					categories(java.util.Arrays.asList((String[]) rs.getArray(7).getArray()))))
			.optional()
			.orElseThrow(() -> new NotFoundException("project", id));
		if (actor.scope().kind() != Scope.Kind.EMPLOYER || !actor.scope().value().equals(head.creditCode())) {
			throw new NotFoundException("project", id);
		}
		return head;
	}

	record Head(long id, long employerId, String creditCode, String regionCode, String name, Stage current,
			Set<String> categories) {
	}

}
