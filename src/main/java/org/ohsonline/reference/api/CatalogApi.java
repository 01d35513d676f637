package org.ohsonline.reference.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.reference.VersionStatus;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/catalogs")
@PreAuthorize("hasAuthority('reference:catalog:read')")
@Tag(name = "Catalogs", description = "Versioned reference catalogs: versions with their provenance and entries")
class CatalogApi {

	/** Longer filters cannot match a code or a name, and would only cost the database. */
	static final int MAX_FILTER = 100;

	private final Catalogs catalogs;

	private final Clock clock;

	CatalogApi(Catalogs catalogs, Clock clock) {
		this.catalogs = catalogs;
		this.clock = clock;
	}

	/** A catalog with the version in force today. */
	record CatalogSummary(String code, String nameZh, String nameEn, String description, VersionPayload inForce,
			int versions) {
	}

	/** A version, its provenance and where it stands today. */
	record VersionPayload(long id, String edition, LocalDate effectiveFrom, String source, String loadedBy,
			Instant loadedAt, int entryCount, String notes, VersionStatus status) {

		static VersionPayload of(CatalogVersion v, VersionStatus status) {
			return new VersionPayload(v.id(), v.edition(), v.effectiveFrom(), v.source(), v.loadedBy(), v.loadedAt(),
					v.entryCount(), v.notes(), status);
		}

	}

	@GetMapping
	@Operation(summary = "List the catalogs with the version in force today")
	List<CatalogSummary> catalogs(Actor actor) {
		LocalDate today = LocalDate.now(this.clock);
		return this.catalogs.catalogs().stream().map(c -> {
			Optional<CatalogVersion> inForce = this.catalogs.versionInForce(c.code(), today);
			return new CatalogSummary(c.code(), c.nameZh(), c.nameEn(), c.description(),
					inForce.map(v -> VersionPayload.of(v, VersionStatus.IN_FORCE)).orElse(null),
					this.catalogs.versions(c.code()).size());
		}).toList();
	}

	@GetMapping("/{code}/versions")
	@Operation(summary = "List a catalog's versions, newest effective date first, with their status today")
	List<VersionPayload> versions(Actor actor, @PathVariable String code) {
		known(code);
		LocalDate today = LocalDate.now(this.clock);
		Optional<CatalogVersion> inForce = this.catalogs.versionInForce(code, today);
		return this.catalogs.versions(code)
			.stream()
			.map(v -> VersionPayload.of(v, VersionStatus.of(v, inForce, today)))
			.toList();
	}

	@GetMapping("/{code}/entries")
	@Operation(summary = "Page through the entries of the version in force, or of the version given",
			description = "q matches the start of a code or any part of a name, ignoring case; pages count from 1, "
					+ "size is at most 200")
	Page<CatalogEntry> entries(Actor actor, @PathVariable String code,
			@Parameter(description = "code prefix or part of a name") @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@Parameter(description = "version id; the version in force when absent") @RequestParam(
					required = false) Long version) {
		known(code);
		if (q.length() > MAX_FILTER) {
			throw InvalidInputException.of("q", "reference.filter.tooLong", MAX_FILTER);
		}
		CatalogVersion shown = (version == null
				? this.catalogs.versionInForce(code, LocalDate.now(this.clock))
				: this.catalogs.version(version).filter(v -> v.catalogCode().equals(code)))
			.orElseThrow(() -> new NotFoundException("catalog version", version == null ? code : version));
		return this.catalogs.entries(shown.id(), q.strip(), PageQuery.of(page, size));
	}

	private void known(String code) {
		if (this.catalogs.catalog(code).isEmpty()) {
			throw new NotFoundException("catalog", code);
		}
	}

}
