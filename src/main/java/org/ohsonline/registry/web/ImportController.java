package org.ohsonline.registry.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.ohsonline.registry.imports.ImportJob;
import org.ohsonline.registry.imports.ImportJobs;
import org.ohsonline.registry.imports.ImportKind;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Imports: upload, watch the check, read the rejected rows, then apply all valid rows or discard.
 * The progress fragment is polled by htmx each second while a step runs.
 */
@Controller
@PreAuthorize("hasAuthority('registry:import:write')")
class ImportController {

	static final String LIST = "registry/imports";

	static final String DETAIL = "registry/import";

	private static final int SHOWN_REJECTIONS = 200;

	private final ImportJobs imports;

	private final MessageSource messages;

	ImportController(ImportJobs imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/imports")
	String list(Actor actor, Model model) {
		model.addAttribute("jobs", this.imports.recent(actor));
		model.addAttribute("kinds", ImportKind.values());
		return LIST;
	}

	@PostMapping("/imports")
	String upload(Actor actor, @RequestParam(required = false) String kind,
			@RequestParam(required = false) MultipartFile file, Locale locale, Model model,
			HttpServletResponse response) throws IOException {
		ImportKind chosen = kind(kind);
		if (chosen == null || file == null || file.isEmpty()) {
			model.addAttribute("uploadError", chosen == null ? "registry.import.kindRequired" : "registry.import.fileRequired");
			response.setStatus(422);
			return list(actor, model);
		}
		try (InputStream in = file.getInputStream()) {
			long id = this.imports.start(actor, chosen, file.getOriginalFilename(), in, locale);
			return "redirect:/imports/" + id;
		}
	}

	@GetMapping("/imports/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		ImportJob job = this.imports.job(actor, id);
		model.addAttribute("job", job);
		if (!job.running() && job.rejected() > 0) {
			model.addAttribute("rejections", this.imports.rejected(actor, id, 0, SHOWN_REJECTIONS));
		}
		return DETAIL;
	}

	/** Polled while a step runs; once it ends, htmx reloads the page to show the result. */
	@GetMapping("/imports/{id}/progress")
	String progress(Actor actor, @PathVariable long id, Model model, HttpServletResponse response) {
		ImportJob job = this.imports.job(actor, id);
		model.addAttribute("job", job);
		if (!job.running()) {
			response.setHeader("HX-Refresh", "true");
		}
		return DETAIL + " :: progress";
	}

	@PostMapping("/imports/{id}/apply")
	String apply(Actor actor, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
		this.imports.apply(actor, id, locale);
		redirect.addFlashAttribute("flashKey", "registry.import.applyStarted");
		return "redirect:/imports/" + id;
	}

	@PostMapping("/imports/{id}/discard")
	String discard(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		this.imports.discard(actor, id);
		redirect.addFlashAttribute("flashKey", "registry.import.discardedDone");
		return "redirect:/imports/" + id;
	}

	/** All rejected rows with their reasons, as CSV for a spreadsheet (UTF-8 with BOM). */
	@GetMapping("/imports/{id}/rejected.csv")
	void rejectedReport(Actor actor, @PathVariable long id, Locale locale, HttpServletResponse response)
			throws IOException {
		ImportJob job = this.imports.job(actor, id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-rejected.csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		List<String> header = new ArrayList<>();
		header.add(this.messages.getMessage("registry.import.row", null, locale));
		header.addAll(job.kind().header());
		header.add(this.messages.getMessage("registry.import.reasons", null, locale));
		line(writer, header);
		this.imports.forEachRejected(actor, id, row -> {
			List<String> cells = new ArrayList<>();
			cells.add(String.valueOf(row.rowNo()));
			for (int i = 0; i < job.kind().header().size(); i++) {
				cells.add(i < row.cells().size() ? row.cells().get(i) : "");
			}
			cells.add(String.join("; ", row.reasons()));
			try {
				line(writer, cells);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		writer.flush();
	}

	/** The template with the exact header the import expects. */
	@GetMapping("/imports/templates/{kind}.{format}")
	void template(@PathVariable String kind, @PathVariable String format, HttpServletResponse response)
			throws IOException {
		ImportKind chosen = kind(kind == null ? null : kind.toUpperCase(Locale.ROOT));
		if (chosen == null || !List.of("csv", "xlsx").contains(format)) {
			throw new NotFoundException("template", kind);
		}
		String filename = chosen.name().toLowerCase(Locale.ROOT) + "-template." + format;
		response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
		if ("csv".equals(format)) {
			response.setContentType("text/csv;charset=UTF-8");
			Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			line(writer, chosen.header());
			writer.flush();
			return;
		}
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		Workbook workbook = new Workbook(response.getOutputStream(), "OHS Online", "1.0");
		Worksheet sheet = workbook.newWorksheet(chosen.name().toLowerCase(Locale.ROOT));
		for (int c = 0; c < chosen.header().size(); c++) {
			sheet.value(0, c, chosen.header().get(c));
			sheet.style(0, c).bold().set();
			// Text format, so codes and identity numbers typed in keep their leading zeros and X.
			sheet.range(1, c, 1000, c).style().format("@").set();
		}
		workbook.finish();
	}

	private static void line(Writer writer, List<String> cells) throws IOException {
		writer.write(String.join(",", cells.stream().map(ImportController::quote).toList()));
		writer.write("\r\n");
	}

	private static String quote(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}
		return value;
	}

	private static ImportKind kind(String value) {
		for (ImportKind candidate : ImportKind.values()) {
			if (candidate.name().equals(value)) {
				return candidate;
			}
		}
		return null;
	}

}
