package org.ohsonline.reference.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogStatistics;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.reference.Catalogs.Catalog;
import org.ohsonline.reference.VersionStatus;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The administrator's view of the catalogs: what is in force, what is scheduled, and the entries. */
@Controller
@PreAuthorize("hasAuthority('reference:catalog:read')")
class CatalogController {

	static final String LIST_VIEW = "reference/catalogs";

	static final String DETAIL_VIEW = "reference/catalog";

	static final String RESULTS_FRAGMENT = "reference/catalog :: results";

	/** Times are shown in the platform's zone, whatever the server's (UI.md). */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Catalogs catalogs;

	private final Clock clock;

	CatalogController(Catalogs catalogs, Clock clock) {
		this.catalogs = catalogs;
		this.clock = clock;
	}

	/** One line of the catalog table. */
	record CatalogRow(Catalog catalog, VersionRow inForce, int versions, long scheduled,
			CatalogStatistics statistics) {
	}

	/** A version with its status on today's date and its load time in the platform's zone. */
	record VersionRow(CatalogVersion version, VersionStatus status, LocalDateTime loadedAt) {
	}

	@GetMapping("/catalogs")
	String list(Actor actor, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		List<CatalogRow> rows = this.catalogs.catalogs().stream().map(catalog -> {
			List<CatalogVersion> versions = this.catalogs.versions(catalog.code());
			Optional<CatalogVersion> inForce = this.catalogs.versionInForce(catalog.code(), today);
			long scheduled = versions.stream().filter(v -> v.effectiveFrom().isAfter(today)).count();
			return new CatalogRow(catalog, inForce.map(v -> row(v, inForce, today)).orElse(null), versions.size(),
					scheduled, inForce.map(v -> this.catalogs.statistics(v.id())).orElse(null));
		}).toList();
		model.addAttribute("rows", rows);
		return LIST_VIEW;
	}

	@GetMapping("/catalogs/{code}")
	String detail(Actor actor, @PathVariable String code, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Catalog catalog = this.catalogs.catalog(code).orElseThrow(CatalogController::notFound);
		LocalDate today = LocalDate.now(this.clock);
		Optional<CatalogVersion> inForce = this.catalogs.versionInForce(code, today);
		Optional<CatalogVersion> shown = selected(code, version, inForce);
		String filter = q.strip();
		model.addAttribute("catalog", catalog);
		model.addAttribute("versions",
				this.catalogs.versions(code).stream().map(v -> row(v, inForce, today)).toList());
		model.addAttribute("shown", shown.map(v -> row(v, inForce, today)).orElse(null));
		model.addAttribute("q", filter);
		shown.ifPresent(v -> {
			Page<CatalogEntry> entries = this.catalogs.entries(v.id(), filter, PageQuery.of(page, size));
			model.addAttribute("entries", entries);
			model.addAttribute("statistics", this.catalogs.statistics(v.id()));
			model.addAttribute("base", query("/catalogs/" + code, v.id(), filter, entries.size()));
			model.addAttribute("exportQuery", query("", v.id(), filter, null));
		});
		// htmx swaps only the results; a history restore or a plain request gets the whole page.
		response.addHeader("Vary", "HX-Request");
		boolean swap = request.getHeader("HX-Request") != null
				&& request.getHeader("HX-History-Restore-Request") == null;
		return swap ? RESULTS_FRAGMENT : DETAIL_VIEW;
	}

	@GetMapping("/catalogs/{code}/export.csv")
	void exportCsv(Actor actor, @PathVariable String code, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "") String q, HttpServletResponse response) throws IOException {
		List<CatalogEntry> entries = exported(code, version, q);
		attachment(response, "text/csv;charset=UTF-8", code + ".csv");
		CatalogExport.csv(CatalogExport.table(entries), response.getOutputStream());
	}

	@GetMapping("/catalogs/{code}/export.xlsx")
	void exportXlsx(Actor actor, @PathVariable String code, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "") String q, HttpServletResponse response) {
		List<List<String>> rows = CatalogExport.table(exported(code, version, q));
		// Text cells throughout: codes such as 01 must keep their leading zero.
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, code + ".xlsx", code, rows.get(0));
		rows.subList(1, rows.size()).forEach(sheet::row);
		sheet.finish();
	}

	/** Exactly the entries the page shows under the same filter, all pages of them. */
	private List<CatalogEntry> exported(String code, Long version, String q) {
		this.catalogs.catalog(code).orElseThrow(CatalogController::notFound);
		Optional<CatalogVersion> inForce = this.catalogs.versionInForce(code, LocalDate.now(this.clock));
		CatalogVersion shown = selected(code, version, inForce).orElseThrow(CatalogController::notFound);
		return this.catalogs.allEntries(shown.id(), q.strip());
	}

	private Optional<CatalogVersion> selected(String code, Long version, Optional<CatalogVersion> inForce) {
		if (version == null) {
			return inForce;
		}
		// A version of another catalog is as unknown here as a version that does not exist.
		return Optional.of(this.catalogs.version(version)
			.filter(v -> v.catalogCode().equals(code))
			.orElseThrow(CatalogController::notFound));
	}

	private VersionRow row(CatalogVersion version, Optional<CatalogVersion> inForce, LocalDate today) {
		return new VersionRow(version, VersionStatus.of(version, inForce, today),
				LocalDateTime.ofInstant(version.loadedAt(), ZONE));
	}

	private static String query(String path, long version, String q, Integer size) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("version", version);
		if (!q.isEmpty()) {
			uri.queryParam("q", q);
		}
		if (size != null) {
			uri.queryParam("size", size);
		}
		return uri.encode().build().toUriString();
	}

	static void attachment(HttpServletResponse response, String contentType, String filename) {
		response.setContentType(contentType);
		response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString());
	}

	static NotFoundException notFound() {
		return new NotFoundException("catalog page", "");
	}

}
