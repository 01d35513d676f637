package org.ohsonline.registry.api;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.EmployerStatus;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.PostCommand;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Page;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Employers, their sites, workshops and posts, within the token owner's scope. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Employers", description = "The employer register (一企一案): employers, sites, workshops, posts and hazards")
class EmployerApi {

	private final Employers employers;

	EmployerApi(Employers employers) {
		this.employers = employers;
	}

	@Schema(name = "EmployerStatusChange")
	record StatusChange(EmployerStatus status) {
	}

	record SiteRequest(String name, String address, String industryCode) {
	}

	record WorkshopRequest(String name) {
	}

	record PostRequest(String name, BigDecimal hoursPerDay, BigDecimal daysPerWeek, Integer exposedHeadcount,
			List<String> hazardCodes) {
	}

	@GetMapping("/employers")
	@Operation(summary = "Search employers in scope: name or credit-code prefix, region prefix, industry prefix, "
			+ "size class, severity, status; sort by name, region, industry, employees or updated (prefix - for descending)")
	Page<EmployerSummary> search(Actor actor, @ParameterObject EmployerQuery query) {
		return this.employers.search(actor, query.filter(), query.pageQuery());
	}

	@GetMapping("/employers/{id}")
	@Operation(summary = "One employer in scope")
	EmployerView find(Actor actor, @PathVariable long id) {
		return this.employers.find(actor, id);
	}

	@PostMapping("/employers")
	@Operation(summary = "Register an employer (registry:employer:write, regional scope)")
	ResponseEntity<EmployerView> register(Actor actor, @RequestBody EmployerCommand command) {
		EmployerView created = this.employers.register(actor, command);
		return ResponseEntity.created(URI.create("/api/v1/employers/" + created.id())).body(created);
	}

	@PutMapping("/employers/{id}")
	@Operation(summary = "Change an employer (the credit code cannot change)")
	EmployerView update(Actor actor, @PathVariable long id, @RequestBody EmployerCommand command) {
		return this.employers.update(actor, id, command);
	}

	@PostMapping("/employers/{id}/status")
	@Operation(summary = "Record that an employer suspended, resumed or closed production")
	EmployerView changeStatus(Actor actor, @PathVariable long id, @RequestBody StatusChange change) {
		if (change == null || change.status() == null) {
			throw InvalidInputException.of("status", "registry.employer.statusRequired");
		}
		return this.employers.changeStatus(actor, id, change.status());
	}

	@GetMapping("/employers/{id}/structure")
	@Operation(summary = "Sites, workshops, posts and hazard factors of an employer")
	List<StructureViews.Site> structure(Actor actor, @PathVariable long id) {
		return this.employers.structure(actor, id);
	}

	@PostMapping("/employers/{id}/sites")
	@Operation(summary = "Add a site (work place), optionally of another industry")
	StructureViews.Site addSite(Actor actor, @PathVariable long id, @RequestBody SiteRequest request) {
		return this.employers.addSite(actor, id, request.name(), request.address(), request.industryCode());
	}

	@PostMapping("/sites/{id}/workshops")
	@Operation(summary = "Add a workshop to a site")
	StructureViews.Workshop addWorkshop(Actor actor, @PathVariable long id, @RequestBody WorkshopRequest request) {
		return this.employers.addWorkshop(actor, id, request.name());
	}

	@PostMapping("/workshops/{id}/posts")
	@Operation(summary = "Add a post with its exposure pattern and hazard factor codes")
	StructureViews.Post addPost(Actor actor, @PathVariable long id, @RequestBody PostRequest request) {
		return this.employers.addPost(actor, id, new PostCommand(request.name(), request.hoursPerDay(),
				request.daysPerWeek(), request.exposedHeadcount(), request.hazardCodes()));
	}

}
