package org.ohsonline.grid.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.declaration.DeclarationFigures;
import org.ohsonline.enforcement.EnforcementFigures;
import org.ohsonline.grid.Appraisal;
import org.ohsonline.grid.AssignedPerson;
import org.ohsonline.grid.GridKpis;
import org.ohsonline.grid.GridView;
import org.ohsonline.grid.KpiEmployer;
import org.ohsonline.grid.KpiFigure;
import org.ohsonline.grid.KpiSheet;
import org.ohsonline.grid.Quarter;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.surveillance.ExamFigures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the KPIs: the employers of the grid(s) on the quarter's reference day, their figures from the quarter's
 * first day to that day through the enforcement, declaration and surveillance facades (with the caller's own actor,
 * so their jurisdiction applies there too), summed per KPI and scored with the {@code grid-kpis} version in force on
 * the quarter's last day.
 */
@Service
class KpiService implements GridKpis {

	static final String CATALOG = "grid-kpis";

	/** The order KPIs are shown in (the issue's); a KPI a later edition adds comes after them. */
	private static final List<String> ORDER = List.of("INSPECTION_COVERAGE", "DECLARATION_ON_TIME", "EXAMS", "NEW_EXAMS",
			"PENALTIES");

	private final GridStore store;

	private final GridAccess access;

	private final EnforcementFigures enforcement;

	private final DeclarationFigures declarations;

	private final ExamFigures exams;

	private final Catalogs catalogs;

	private final AppraisalWriter writer;

	KpiService(GridStore store, GridAccess access, EnforcementFigures enforcement, DeclarationFigures declarations,
			ExamFigures exams, Catalogs catalogs, AppraisalWriter writer) {
		this.store = store;
		this.access = access;
		this.enforcement = enforcement;
		this.declarations = declarations;
		this.exams = exams;
		this.catalogs = catalogs;
		this.writer = writer;
	}

	@Override
	@Transactional(readOnly = true)
	public KpiSheet ofGrid(Actor actor, long gridId, Quarter quarter) {
		GridStore.GridRow grid = visible(actor, gridId);
		LocalDate day = referenceDay(quarter);
		return sheet(grid.name(), quarter, day, employers(actor, List.of(grid.id()), quarter, day));
	}

	@Override
	@Transactional(readOnly = true)
	public List<KpiEmployer> employersOfGrid(Actor actor, long gridId, Quarter quarter) {
		GridStore.GridRow grid = visible(actor, gridId);
		LocalDate day = referenceDay(quarter);
		return employers(actor, List.of(grid.id()), quarter, day);
	}

	@Override
	@Transactional(readOnly = true)
	public List<KpiSheet> ofCounty(Actor actor, String countyCode, Quarter quarter) {
		GridStore.Reader reader = this.access.reader(actor);
		LocalDate day = referenceDay(quarter);
		List<KpiSheet> sheets = new ArrayList<>();
		for (GridStore.GridRow grid : this.store.ofCounty(reader, countyCode)) {
			sheets.add(sheet(grid.name(), quarter, day, employers(actor, List.of(grid.id()), quarter, day)));
		}
		return sheets;
	}

	@Override
	@Transactional(readOnly = true)
	public Appraisal appraisal(Actor actor, long userId, Quarter quarter) {
		LocalDate day = referenceDay(quarter);
		List<GridStore.AssignmentOn> posts = posts(actor, userId, day);
		List<Long> grids = posts.stream().map(GridStore.AssignmentOn::gridId).distinct().toList();
		KpiSheet sheet = sheet(posts.get(0).userName(), quarter, day, employers(actor, grids, quarter, day));
		return new Appraisal(userId, posts.get(0).userName(), posts.get(0).countyCode(),
				posts.stream().map(p -> new Appraisal.Post(p.gridId(), p.gridName(), p.role())).toList(), sheet);
	}

	@Override
	@Transactional(readOnly = true)
	public List<KpiEmployer> employersOfPerson(Actor actor, long userId, Quarter quarter) {
		LocalDate day = referenceDay(quarter);
		List<Long> grids = posts(actor, userId, day).stream().map(GridStore.AssignmentOn::gridId).distinct().toList();
		return employers(actor, grids, quarter, day);
	}

	@Override
	@Transactional(readOnly = true)
	public List<AssignedPerson> assignedPersons(Actor actor, Quarter quarter) {
		LocalDate day = referenceDay(quarter);
		if (actor.can(GridPermissions.APPRAISAL_READ)) {
			return this.store.assignmentsOn(ScopeFilter.of(actor), null, day).stream().map(KpiService::person).toList();
		}
		if (actor.can(GridPermissions.ASSIGNED_READ) || actor.can(GridPermissions.READ)) {
			return this.store.assignmentsOn(ScopeFilter.of(actor), actor.userId(), day).stream().map(KpiService::person).toList();
		}
		throw new AccessDeniedException(GridPermissions.APPRAISAL_READ);
	}

	@Override
	@Transactional
	public byte[] issueAppraisal(Actor actor, long userId, Quarter quarter) {
		Appraisal appraisal = appraisal(actor, userId, quarter);
		return this.writer.issue(actor, appraisal, employersOfPerson(actor, userId, quarter));
	}

	private static AssignedPerson person(GridStore.AssignmentOn a) {
		return new AssignedPerson(a.userId(), a.userName(), a.role(), a.gridId(), a.gridName(), a.countyCode());
	}

	/**
	 * The person's assignments on the day, for someone who may see them: a holder of {@code grid:appraisal:read}
	 * within their scope, anyone else only their own. None: answered as missing.
	 */
	private List<GridStore.AssignmentOn> posts(Actor actor, long userId, LocalDate day) {
		boolean self = actor.userId() == userId && actor.channel() != Actor.Channel.SYSTEM
				&& (actor.can(GridPermissions.ASSIGNED_READ) || actor.can(GridPermissions.READ));
		if (!self) {
			actor.require(GridPermissions.APPRAISAL_READ);
		}
		List<GridStore.AssignmentOn> posts = this.store.assignmentsOn(ScopeFilter.of(actor), userId, day);
		if (posts.isEmpty()) {
			throw new NotFoundException("appraisal", userId);
		}
		return posts;
	}

	private GridStore.GridRow visible(Actor actor, long gridId) {
		return this.store.find(this.access.reader(actor), gridId).orElseThrow(() -> new NotFoundException("grid", gridId));
	}

	/** The quarter's reference day; a quarter not begun yet has no figures. */
	private LocalDate referenceDay(Quarter quarter) {
		LocalDate today = this.access.today();
		if (quarter.start().isAfter(today)) {
			throw InvalidInputException.of("quarter", "grid.quarter.future", quarter.toString());
		}
		return quarter.referenceDay(today);
	}

	/** The grids' employers on the day with their figures from the quarter's first day to the day, by name. */
	private List<KpiEmployer> employers(Actor actor, List<Long> gridIds, Quarter quarter, LocalDate day) {
		Map<Long, GridView.Member> members = new LinkedHashMap<>();
		for (GridView.Member m : this.store.membersOn(gridIds, day)) {
			members.putIfAbsent(m.employerId(), m);
		}
		var ids = members.keySet();
		Map<Long, EnforcementFigures.OfEmployer> enf = this.enforcement.ofEmployers(actor, ids, quarter.start(), day);
		Map<Long, DeclarationFigures.OfEmployer> dec = this.declarations.ofEmployers(actor, ids, quarter.start(), day);
		Map<Long, ExamFigures.OfEmployer> exm = this.exams.ofEmployers(actor, ids, quarter.start(), day);
		List<KpiEmployer> rows = new ArrayList<>();
		for (GridView.Member m : members.values()) {
			var e = enf.getOrDefault(m.employerId(), new EnforcementFigures.OfEmployer(m.employerId(), 0, 0));
			var d = dec.getOrDefault(m.employerId(), new DeclarationFigures.OfEmployer(m.employerId(), 0, 0));
			var x = exm.getOrDefault(m.employerId(), new ExamFigures.OfEmployer(m.employerId(), 0, 0));
			rows.add(new KpiEmployer(m.employerId(), m.creditCode(), m.employerName(), m.regionCode(), e.inspections(),
					d.due(), d.onTime(), x.exams(), x.newlyExamined(), e.penalties()));
		}
		rows.sort(Comparator.comparing(KpiEmployer::name).thenComparing(KpiEmployer::employerId));
		return rows;
	}

	private KpiSheet sheet(String subject, Quarter quarter, LocalDate day, List<KpiEmployer> rows) {
		CatalogVersion version = this.catalogs.versionInForce(CATALOG, quarter.end())
			.or(() -> this.catalogs.versions(CATALOG).stream().min(Comparator.comparing(CatalogVersion::effectiveFrom)))
			.orElseThrow(() -> new IllegalStateException("no version of the grid-kpis catalog is loaded"));
		List<KpiFigure> figures = new ArrayList<>();
		for (CatalogEntry entry : this.catalogs.allEntries(version.id(), "")) {
			KpiScoring.Rule rule = KpiScoring.Rule.of(entry);
			long numerator = rows.stream().mapToLong(r -> r.numerator(rule.code())).sum();
			long denominator = rows.stream().mapToLong(r -> r.denominator(rule.code())).sum();
			figures.add(KpiScoring.score(rule, numerator, denominator));
		}
		figures.sort(Comparator.comparingInt((KpiFigure f) -> ORDER.contains(f.code()) ? ORDER.indexOf(f.code()) : ORDER.size())
			.thenComparing(KpiFigure::code));
		KpiScoring.Total total = KpiScoring.total(figures);
		return new KpiSheet(subject, quarter, day, rows.size(), figures, total.points(), total.possible(), total.score(),
				version.edition(), version.effectiveFrom(), version.source());
	}

}
