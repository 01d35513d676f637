package org.ohsonline.grid.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.grid.GridCommand;
import org.ohsonline.grid.GridFilter;
import org.ohsonline.grid.GridRole;
import org.ohsonline.grid.GridSummary;
import org.ohsonline.grid.GridView;
import org.ohsonline.grid.Grids;
import org.ohsonline.grid.MembershipChange;
import org.ohsonline.iam.StaffMember;
import org.ohsonline.iam.UserDirectory;
import org.ohsonline.reference.Divisions;
import org.ohsonline.registry.EmployerRef;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.RegionCode;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drawing grids and assigning them. Every refusal names what was wrong and changes nothing: a township or employer of
 * another county, an employer another grid of the county holds (named), a person whose scope does not cover the grid.
 */
@Service
class GridService implements Grids {

	private static final int NAME_MAX = 100;

	private final GridStore store;

	private final GridAccess access;

	private final Employers employers;

	private final Divisions divisions;

	private final UserDirectory users;

	private final AuditTrail audit;

	GridService(GridStore store, GridAccess access, Employers employers, Divisions divisions, UserDirectory users,
			AuditTrail audit) {
		this.store = store;
		this.access = access;
		this.employers = employers;
		this.divisions = divisions;
		this.users = users;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<GridSummary> search(Actor actor, GridFilter filter, PageQuery page) {
		GridStore.Reader reader = this.access.reader(actor);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		GridFilter f = new GridFilter(Text.blankToNull(filter.q()), filter.region(), filter.sort());
		return Page.of(this.store.search(reader, f, region.get(), page), this.store.count(reader, f, region.get()), page);
	}

	@Override
	@Transactional(readOnly = true)
	public GridView find(Actor actor, long id) {
		GridStore.GridRow row = this.store.find(this.access.reader(actor), id)
			.orElseThrow(() -> new NotFoundException("grid", id));
		return view(row);
	}

	private GridView view(GridStore.GridRow row) {
		return new GridView(row.id(), row.name(), row.countyCode(), row.note(), row.synthetic(),
				this.store.townships(row.id()), this.store.members(row.id()), this.store.assignments(row.id()));
	}

	@Override
	@Transactional
	public MembershipChange create(Actor actor, GridCommand command) {
		actor.require(GridPermissions.WRITE);
		List<FieldError> errors = new ArrayList<>();
		String name = Text.blankToNull(command.name());
		String county = Text.blankToNull(command.countyCode());
		if (name == null || name.length() > NAME_MAX) {
			errors.add(FieldError.of("name", "grid.name.required", NAME_MAX));
		}
		if (county == null || !RegionCode.isValid(county) || RegionCode.of(county).level() != RegionCode.Level.COUNTY
				|| this.divisions.find(county).isEmpty()) {
			errors.add(FieldError.of("countyCode", "grid.county.invalid", county == null ? "" : county));
			throw new InvalidInputException(errors);
		}
		if (!actor.scope().coversRegion(county)) {
			errors.add(FieldError.of("countyCode", "grid.county.outside", county));
		}
		if (name != null && this.store.nameTaken(county, name)) {
			errors.add(FieldError.of("name", "grid.name.taken", name));
		}
		if (command.townships().isEmpty() && command.creditCodes().isEmpty()) {
			errors.add(FieldError.of("townships", "grid.drawnFrom.required"));
		}
		LocalDate from = command.from() == null ? this.access.today() : command.from();
		Set<String> townships = new LinkedHashSet<>();
		for (String t : command.townships()) {
			checkTownship(county, t.trim(), errors).ifPresent(townships::add);
		}
		Map<String, EmployerRef> named = new LinkedHashMap<>();
		for (String code : command.creditCodes()) {
			checkEmployer(actor, county, code.trim(), from, errors).ifPresent(e -> named.put(e.creditCode(), e));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		long id = this.store.insert(county, name, Text.blankToNull(command.note()), actor.username(), Instant.now(),
				actor.channel() == Actor.Channel.SYSTEM && name.endsWith("（演示）"));
		int added = 0;
		for (EmployerRef e : named.values()) {
			this.store.insertMember(id, county, e.id(), e.creditCode(), e.name(), e.regionCode(), "LIST", from);
			added++;
		}
		List<MembershipChange.Refusal> refused = new ArrayList<>();
		for (String t : townships) {
			added += drawTownship(actor, id, county, t, from, refused);
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("name", name);
		after.put("county", county);
		after.put("townships", List.copyOf(townships));
		after.put("employers", List.copyOf(named.keySet()));
		after.put("from", from.toString());
		after.put("members", added);
		this.audit.record(actor, "grid.grid.created", AuditTarget.of("grid", id, county), null, after);
		return new MembershipChange(id, added, refused);
	}

	@Override
	@Transactional
	public MembershipChange addTownship(Actor actor, long gridId, String townshipCode, LocalDate from) {
		GridStore.GridRow grid = writable(actor, gridId);
		List<FieldError> errors = new ArrayList<>();
		String township = checkTownship(grid.countyCode(), townshipCode == null ? "" : townshipCode.trim(), errors)
			.orElse(null);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		LocalDate day = from == null ? this.access.today() : from;
		List<MembershipChange.Refusal> refused = new ArrayList<>();
		int added = drawTownship(actor, gridId, grid.countyCode(), township, day, refused);
		this.audit.record(actor, "grid.township.added", AuditTarget.of("grid", gridId, grid.countyCode()), null,
				Map.of("township", township, "from", day.toString(), "members", added, "leftOut", refused.size()));
		return new MembershipChange(gridId, added, refused);
	}

	@Override
	@Transactional
	public MembershipChange addEmployer(Actor actor, long gridId, String creditCode, LocalDate from) {
		GridStore.GridRow grid = writable(actor, gridId);
		List<FieldError> errors = new ArrayList<>();
		LocalDate day = from == null ? this.access.today() : from;
		EmployerRef e = checkEmployer(actor, grid.countyCode(), creditCode == null ? "" : creditCode.trim(), day, errors)
			.orElse(null);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		long member = this.store.insertMember(gridId, grid.countyCode(), e.id(), e.creditCode(), e.name(), e.regionCode(),
				"LIST", day);
		this.audit.record(actor, "grid.member.added", AuditTarget.of("grid", gridId, grid.countyCode()), null,
				Map.of("member", member, "employer", e.creditCode(), "from", day.toString()));
		return new MembershipChange(gridId, 1, List.of());
	}

	@Override
	@Transactional
	public GridView removeMember(Actor actor, long gridId, long memberId, LocalDate on) {
		GridStore.GridRow grid = writable(actor, gridId);
		LocalDate day = on == null ? this.access.today() : on;
		GridView.Member member = this.store.members(gridId)
			.stream()
			.filter(m -> m.id() == memberId && m.current())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("grid member", memberId));
		if (!day.isAfter(member.from())) {
			throw InvalidInputException.of("on", "grid.member.endBeforeStart", member.from().toString());
		}
		this.store.endMember(gridId, memberId, day);
		this.audit.record(actor, "grid.member.ended", AuditTarget.of("grid", gridId, grid.countyCode()),
				Map.of("member", memberId, "employer", member.creditCode(), "to", ""),
				Map.of("member", memberId, "employer", member.creditCode(), "to", day.toString()));
		return view(grid);
	}

	@Override
	@Transactional
	public GridView assign(Actor actor, long gridId, long userId, GridRole role, LocalDate from) {
		GridStore.GridRow grid = writable(actor, gridId);
		if (role == null) {
			throw InvalidInputException.of("role", "grid.assignment.role");
		}
		StaffMember person = assignable(actor, grid, role).stream()
			.filter(s -> s.userId() == userId)
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("userId", "grid.assignment.notCovered", userId, role.userRole()));
		if (this.store.assigned(gridId, userId, role)) {
			throw InvalidInputException.of("userId", "grid.assignment.already", person.displayName());
		}
		LocalDate day = from == null ? this.access.today() : from;
		long id = this.store.insertAssignment(gridId, userId, person.displayName(), role, day, actor.username(),
				Instant.now());
		this.audit.record(actor, "grid.assignment.created", AuditTarget.of("grid", gridId, grid.countyCode()), null,
				Map.of("assignment", id, "user", userId, "role", role.name(), "from", day.toString()));
		return view(grid);
	}

	@Override
	@Transactional
	public GridView endAssignment(Actor actor, long gridId, long assignmentId, LocalDate on) {
		GridStore.GridRow grid = writable(actor, gridId);
		LocalDate day = on == null ? this.access.today() : on;
		GridView.Assignment a = this.store.assignments(gridId)
			.stream()
			.filter(x -> x.id() == assignmentId && x.current())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("grid assignment", assignmentId));
		if (!day.isAfter(a.from())) {
			throw InvalidInputException.of("on", "grid.assignment.endBeforeStart", a.from().toString());
		}
		this.store.endAssignment(gridId, assignmentId, day);
		this.audit.record(actor, "grid.assignment.ended", AuditTarget.of("grid", gridId, grid.countyCode()),
				Map.of("assignment", assignmentId, "to", ""), Map.of("assignment", assignmentId, "to", day.toString()));
		return view(grid);
	}

	@Override
	@Transactional(readOnly = true)
	public List<StaffMember> assignable(Actor actor, long gridId, GridRole role) {
		return assignable(actor, writable(actor, gridId, false), role);
	}

	private List<StaffMember> assignable(Actor actor, GridStore.GridRow grid, GridRole role) {
		List<String> footprint = new ArrayList<>();
		this.store.townships(grid.id()).stream().filter(t -> t.to() == null).forEach(t -> footprint.add(t.code()));
		this.store.members(grid.id()).stream().filter(GridView.Member::current).forEach(m -> footprint.add(m.regionCode()));
		return this.users.holdersOfRole(actor, role.userRole(), grid.countyCode())
			.stream()
			.filter(s -> covers(s.regionCode(), grid.countyCode(), footprint))
			.toList();
	}

	/**
	 * Whether a person of this region may be assigned: their jurisdiction is the county or wider, or a township that
	 * holds every township and employer of the grid (a grid with none is wider than any township).
	 */
	static boolean covers(String personRegion, String county, List<String> footprint) {
		if (personRegion == null || personRegion.isEmpty()) {
			return false;
		}
		if (county.startsWith(personRegion)) {
			return true;
		}
		return personRegion.startsWith(county) && !footprint.isEmpty()
				&& footprint.stream().allMatch(code -> code != null && code.startsWith(personRegion));
	}

	/** The grid for a writer: {@code grid:grid:write} and the grid's county in their scope, else as missing. */
	private GridStore.GridRow writable(Actor actor, long gridId) {
		return writable(actor, gridId, true);
	}

	private GridStore.GridRow writable(Actor actor, long gridId, boolean lock) {
		actor.require(GridPermissions.WRITE);
		if (actor.scope().regionPrefix().isEmpty()) {
			throw new AccessDeniedException(GridPermissions.WRITE);
		}
		return this.store.findForWriter(ScopeFilter.of(actor), gridId, lock)
			.orElseThrow(() -> new NotFoundException("grid", gridId));
	}

	private Optional<String> checkTownship(String county, String township, List<FieldError> errors) {
		if (!RegionCode.isValid(township) || RegionCode.of(township).level() != RegionCode.Level.TOWNSHIP
				|| this.divisions.find(township).isEmpty()) {
			errors.add(FieldError.of("townships", "grid.township.invalid", township));
			return Optional.empty();
		}
		if (!township.startsWith(county)) {
			errors.add(FieldError.of("townships", "grid.township.otherCounty", township, this.divisions.fullName(township)));
			return Optional.empty();
		}
		Optional<String> holder = this.store.townshipHolder(township);
		if (holder.isPresent()) {
			errors.add(FieldError.of("townships", "grid.township.held", this.divisions.fullName(township), holder.get()));
			return Optional.empty();
		}
		return Optional.of(township);
	}

	private Optional<EmployerRef> checkEmployer(Actor actor, String county, String creditCode, LocalDate from,
			List<FieldError> errors) {
		Optional<EmployerRef> found = creditCode.isEmpty() ? Optional.empty() : this.employers.byCreditCode(creditCode);
		if (found.isEmpty()) {
			errors.add(FieldError.of("creditCodes", "grid.employer.unknown", creditCode));
			return Optional.empty();
		}
		EmployerRef e = found.get();
		if (!e.regionCode().startsWith(county)) {
			errors.add(FieldError.of("creditCodes", "grid.employer.otherCounty", e.name(), this.divisions.fullName(county)));
			return Optional.empty();
		}
		Optional<String> holder = this.store.memberHolder(county, e.id());
		if (holder.isPresent()) {
			errors.add(FieldError.of("creditCodes", "grid.employer.held", e.name(), holder.get()));
			return Optional.empty();
		}
		Optional<LocalDate> lastEnd = this.store.lastEnd(county, e.id());
		if (lastEnd.isPresent() && from.isBefore(lastEnd.get())) {
			errors.add(FieldError.of("from", "grid.employer.overlap", e.name(), lastEnd.get().toString()));
			return Optional.empty();
		}
		return Optional.of(e);
	}

	/** Takes in the township's employers not held by another grid of the county; lists the others. */
	private int drawTownship(Actor actor, long gridId, String county, String township, LocalDate from,
			List<MembershipChange.Refusal> refused) {
		this.store.insertTownship(gridId, township, county, from);
		int added = 0;
		for (EmployerRef e : this.employers.inTownships(actor, List.of(township))) {
			Optional<String> holder = this.store.memberHolder(county, e.id());
			Optional<LocalDate> lastEnd = this.store.lastEnd(county, e.id());
			if (holder.isPresent()) {
				refused.add(new MembershipChange.Refusal(e.creditCode(), e.name(), holder.get()));
				continue;
			}
			LocalDate day = lastEnd.isPresent() && from.isBefore(lastEnd.get()) ? lastEnd.get() : from;
			this.store.insertMember(gridId, county, e.id(), e.creditCode(), e.name(), e.regionCode(), "TOWNSHIP", day);
			added++;
		}
		return added;
	}

	/** An employer registered in a township a grid is drawn from joins that grid from the day it is told. */
	@Transactional
	void joinByTownship(Actor system, long employerId, String regionCode) {
		if (regionCode == null || regionCode.length() != 9) {
			return;
		}
		Optional<Long> grid = this.store.gridOfTownship(regionCode);
		if (grid.isEmpty()) {
			return;
		}
		String county = regionCode.substring(0, 6);
		// Only an employer new to the county's grids: one moved in or out by hand is left where it was put.
		if (this.store.anyMembership(county, employerId)) {
			return;
		}
		Optional<EmployerRef> e = this.employers.refOf(employerId);
		if (e.isEmpty()) {
			return;
		}
		LocalDate day = this.access.today();
		long member = this.store.insertMember(grid.get(), county, employerId, e.get().creditCode(), e.get().name(),
				regionCode, "TOWNSHIP", day);
		this.audit.record(system, "grid.member.added", AuditTarget.of("grid", grid.get(), county), null,
				Map.of("member", member, "employer", e.get().creditCode(), "from", day.toString(), "via", "registered"));
	}

}
