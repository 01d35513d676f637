package org.ohsonline.agency.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyCommand;
import org.ohsonline.agency.AgencyFilter;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.AgencyStatus;
import org.ohsonline.agency.AgencySummary;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.EngagementCommand;
import org.ohsonline.agency.EngagementStatus;
import org.ohsonline.agency.EngagementView;
import org.ohsonline.agency.Engagements;
import org.ohsonline.agency.QualificationScope;
import org.ohsonline.agency.StaffCommand;
import org.ohsonline.agency.StaffView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Agencies and institutions, their qualification scope, staff and engagements, within the token owner's scope. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Agencies", description = "Service agencies, exam and diagnosis institutions: qualification, scope, staff, engagements")
class AgencyApi {

	private final Agencies agencies;

	private final AgencyStaff staff;

	private final Engagements engagements;

	AgencyApi(Agencies agencies, AgencyStaff staff, Engagements engagements) {
		this.agencies = agencies;
		this.staff = staff;
		this.engagements = engagements;
	}

	@Schema(name = "AgencyStatusChange")
	record StatusChange(AgencyStatus status) {
	}

	@Schema(name = "StaffLeaveRequest")
	record LeaveRequest(LocalDate leftOn) {
	}

	record EndRequest(LocalDate endsOn) {
	}

	@GetMapping("/agencies")
	@Operation(summary = "Search agencies and institutions in scope: name, credit-code or certificate prefix, region "
			+ "prefix, kind, status, qualification state (VALID, EXPIRING, EXPIRED, NOT_YET_VALID), a job or exam type "
			+ "the scope covers; sort by name, region, kind or validTo (prefix - for descending)")
	Page<AgencySummary> search(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String status, @RequestParam(required = false) String qualification,
			@RequestParam(required = false) String service, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.agencies.search(actor, new AgencyFilter(q, region, kind, status, qualification, service, sort),
				PageQuery.of(page, size));
	}

	@GetMapping("/agencies/{id}")
	@Operation(summary = "One agency or institution in scope, with its qualification scope and clock")
	AgencyView find(Actor actor, @PathVariable long id) {
		return this.agencies.find(actor, id);
	}

	@PostMapping("/agencies")
	@Operation(summary = "Register an agency or institution (agency:agency:write, regional scope covering its region)")
	ResponseEntity<AgencyView> register(Actor actor, @RequestBody AgencyCommand command) {
		AgencyView created = this.agencies.register(actor, command);
		return ResponseEntity.created(URI.create("/api/v1/agencies/" + created.id())).body(created);
	}

	@PutMapping("/agencies/{id}")
	@Operation(summary = "Change an agency (kind and credit code cannot change; a null contactPhone keeps it)")
	AgencyView update(Actor actor, @PathVariable long id, @RequestBody AgencyCommand command) {
		return this.agencies.update(actor, id, command);
	}

	@PostMapping("/agencies/{id}/status")
	@Operation(summary = "Suspend, resume or revoke (revoked is final)")
	AgencyView changeStatus(Actor actor, @PathVariable long id, @RequestBody StatusChange change) {
		if (change == null || change.status() == null) {
			throw InvalidInputException.of("status", "agency.agency.statusRequired");
		}
		return this.agencies.changeStatus(actor, id, change.status());
	}

	@PutMapping("/agencies/{id}/scope")
	@Operation(summary = "Replace the qualification scope: hazard categories, factors (institutions), job types "
			+ "(service agencies), daily capacity per exam type (exam institutions)")
	AgencyView changeScope(Actor actor, @PathVariable long id, @RequestBody QualificationScope scope) {
		return this.agencies.changeScope(actor, id, scope);
	}

	@GetMapping("/agencies/{id}/staff")
	@Operation(summary = "Staff of the organisation; identity numbers masked")
	List<StaffView> staff(Actor actor, @PathVariable long id) {
		return this.staff.staff(actor, id);
	}

	@PostMapping("/agencies/{id}/staff")
	@Operation(summary = "Add a staff member (identity number in the body, stored encrypted, answered masked)")
	ResponseEntity<StaffView> addStaff(Actor actor, @PathVariable long id, @RequestBody StaffCommand command) {
		StaffView created = this.staff.add(actor, id, command);
		return ResponseEntity.created(URI.create("/api/v1/staff/" + created.id())).body(created);
	}

	@GetMapping("/staff/{id}")
	@Operation(summary = "One staff member of an organisation in scope")
	StaffView person(Actor actor, @PathVariable long id) {
		return this.staff.find(actor, id);
	}

	@PutMapping("/staff/{id}")
	@Operation(summary = "Change name, title, certificate and roles (the identity number cannot change)")
	StaffView changeStaff(Actor actor, @PathVariable long id, @RequestBody StaffCommand command) {
		return this.staff.change(actor, id, command);
	}

	@PostMapping("/staff/{id}/leave")
	@Operation(summary = "Record that a staff member left")
	StaffView leave(Actor actor, @PathVariable long id, @RequestBody LeaveRequest request) {
		return this.staff.leave(actor, id, request == null ? null : request.leftOn());
	}

	@GetMapping("/agencies/{id}/engagements")
	@Operation(summary = "Employers engaging the organisation, newest first")
	List<EngagementView> engagements(Actor actor, @PathVariable long id) {
		return this.engagements.ofAgency(actor, id);
	}

	@PostMapping("/agencies/{id}/engagements")
	@Operation(summary = "Record an engagement by an employer, named by its credit code")
	ResponseEntity<EngagementView> engage(Actor actor, @PathVariable long id, @RequestBody EngagementCommand command) {
		EngagementView created = this.engagements.add(actor, id, command);
		return ResponseEntity.created(URI.create("/api/v1/agencies/" + id + "/engagements")).body(created);
	}

	@GetMapping("/engagements")
	@Operation(summary = "Engagements in scope (an employer's own, its region's, an organisation's own), proposals first")
	List<EngagementView> engagementList(Actor actor, @RequestParam(required = false) EngagementStatus status) {
		return this.engagements.list(actor, status);
	}

	@PostMapping("/engagements/{id}/accept")
	@Operation(summary = "Accept a proposed engagement (the employer, or a supervisor of its region)")
	EngagementView accept(Actor actor, @PathVariable long id) {
		return this.engagements.accept(actor, id);
	}

	@PostMapping("/engagements/{id}/decline")
	@Operation(summary = "Decline a proposed engagement (the employer, or a supervisor of its region)")
	EngagementView decline(Actor actor, @PathVariable long id) {
		return this.engagements.decline(actor, id);
	}

	@PostMapping("/engagements/{id}/end")
	@Operation(summary = "End an engagement early")
	EngagementView end(Actor actor, @PathVariable long id, @RequestBody EndRequest request) {
		return this.engagements.end(actor, id, request == null ? null : request.endsOn());
	}

}
