package org.ohsonline.reference.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.RegionCode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasAuthority('reference:catalog:read')")
@Tag(name = "Divisions", description = "Administrative divisions of the version in force, for region pickers")
class DivisionApi {

	static final String ROOT = "root";

	private final Divisions divisions;

	DivisionApi(Divisions divisions) {
		this.divisions = divisions;
	}

	@GetMapping({ "/api/v1/divisions/{code}/children", "/api/v1/divisions/children" })
	@Operation(summary = "List the divisions directly under a division; 'root' (or no code) gives the provinces")
	List<Division> children(Actor actor,
			@Parameter(description = "2, 4, 6 or 9 digits, or 'root'") @PathVariable(required = false) String code) {
		if (code == null || code.isBlank() || ROOT.equals(code)) {
			return this.divisions.children("");
		}
		if (!RegionCode.isValid(code)) {
			throw InvalidInputException.of("code", "reference.division.codeInvalid", code);
		}
		if (this.divisions.find(code).isEmpty()) {
			throw new NotFoundException("division", code);
		}
		return this.divisions.children(code);
	}

}
