package org.ohsonline.reference.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.ohsonline.reference.CatalogAdministration;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.reference.Catalogs.Catalog;
import org.ohsonline.reference.NewCatalogVersion;
import org.ohsonline.reference.internal.CatalogFileReader;
import org.ohsonline.reference.internal.CatalogFileReader.CatalogFile;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Loading a new catalog version from an uploaded file. Nothing is loaded unless every row is
 * valid; otherwise the form comes back with every problem at once and a downloadable report.
 */
@Controller
@PreAuthorize("hasAuthority('reference:catalog:write')")
class CatalogVersionController {

	static final String FORM_VIEW = "reference/version-form";

	/** Session key of the latest rejection reports, so the one just shown can be downloaded. */
	static final String REPORTS = CatalogVersionController.class.getName() + ".reports";

	private static final int KEPT_REPORTS = 5;

	private final Catalogs catalogs;

	private final CatalogAdministration administration;

	private final MessageSource messages;

	CatalogVersionController(Catalogs catalogs, CatalogAdministration administration, MessageSource messages) {
		this.catalogs = catalogs;
		this.administration = administration;
		this.messages = messages;
	}

	@InitBinder
	void refuseProvenance(WebDataBinder binder) {
		// Who loaded a version and when is the server's to say, never the form's.
		binder.setDisallowedFields("id", "loadedBy", "loadedAt", "entryCount");
	}

	@GetMapping("/catalogs/{code}/versions/new")
	String initLoadForm(Actor actor, @PathVariable String code, Model model) {
		model.addAttribute("catalog", catalog(code));
		model.addAttribute("form", VersionForm.empty());
		model.addAttribute("errors", Map.of());
		model.addAttribute("rejections", List.of());
		return FORM_VIEW;
	}

	@PostMapping("/catalogs/{code}/versions/new")
	String processLoadForm(Actor actor, @PathVariable String code, VersionForm form,
			@RequestParam(required = false) MultipartFile file, Locale locale, HttpSession session,
			HttpServletResponse response, Model model, RedirectAttributes redirect) throws IOException {
		Catalog catalog = catalog(code);
		List<FieldError> problems = new ArrayList<>();
		LocalDate effectiveFrom = date(form.effectiveFrom(), problems);
		CatalogFile content = read(file, problems);
		NewCatalogVersion version = new NewCatalogVersion(code, form.edition(), effectiveFrom, form.source(),
				blankToNull(form.notes()), content.entries(), content.rows());
		List<FieldError> errors = new ArrayList<>(problems);
		errors.addAll(content.problems());
		if (errors.isEmpty()) {
			try {
				CatalogVersion loaded = this.administration.load(actor, version);
				redirect.addFlashAttribute("flash", this.messages.getMessage("reference.version.loaded",
						new Object[] { loaded.edition(), loaded.entryCount(), loaded.effectiveFrom().toString() },
						locale));
				return "redirect:/catalogs/" + code;
			}
			catch (InvalidInputException ex) {
				errors.addAll(ex.errors());
			}
		}
		else {
			// The file or date could not be read: still run every other rule, so one round trip
			// shows all that is wrong. Errors already reported for a field are not repeated.
			this.administration.check(actor, version)
				.stream()
				.filter(e -> !duplicates(e, problems, file))
				.forEach(errors::add);
		}
		LoadOutcome outcome = LoadOutcome.of(errors, content.entries(), content.rows(), this.messages, locale);
		model.addAttribute("catalog", catalog);
		model.addAttribute("form", form);
		model.addAttribute("errors", outcome.fieldErrors());
		model.addAttribute("rejections", outcome.rejections());
		if (!outcome.rejections().isEmpty()) {
			model.addAttribute("reportId", keep(session, report(outcome.rejections(), locale)));
		}
		response.setStatus(422);
		return FORM_VIEW;
	}

	@GetMapping("/catalogs/{code}/versions/rejections/{reportId}.csv")
	void rejectionReport(Actor actor, @PathVariable String code, @PathVariable String reportId, HttpSession session,
			HttpServletResponse response) throws IOException {
		Object kept = session.getAttribute(REPORTS);
		byte[] report = kept instanceof Map<?, ?> reports && reports.get(reportId) instanceof byte[] bytes ? bytes
				: null;
		if (report == null) {
			throw CatalogController.notFound();
		}
		CatalogController.attachment(response, "text/csv;charset=UTF-8", code + "-rejected-rows.csv");
		response.getOutputStream().write(report);
	}

	private Catalog catalog(String code) {
		return this.catalogs.catalog(code).orElseThrow(CatalogController::notFound);
	}

	private static LocalDate date(String text, List<FieldError> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
		}
		catch (DateTimeParseException ex) {
			problems.add(FieldError.of("effectiveFrom", "reference.version.effectiveInvalid", text.strip()));
			return null;
		}
	}

	private static CatalogFile read(MultipartFile file, List<FieldError> problems) throws IOException {
		if (file == null || file.isEmpty()) {
			problems.add(FieldError.of(LoadOutcome.FILE, "reference.file.required"));
			return new CatalogFile(List.of(), List.of(), List.of());
		}
		try (InputStream in = file.getInputStream()) {
			return CatalogFileReader.read(file.getOriginalFilename(), in);
		}
	}

	private static boolean duplicates(FieldError error, List<FieldError> problems, MultipartFile file) {
		boolean noFile = file == null || file.isEmpty();
		return ("effectiveFrom".equals(error.field()) && problems.stream().anyMatch(p -> "effectiveFrom".equals(p.field())))
				|| ("entries".equals(error.field()) && noFile);
	}

	private byte[] report(List<Rejection> rejections, Locale locale) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(message("reference.rejections.row", locale), message("reference.entry.code", locale),
				message("reference.entry.name", locale), message("reference.rejections.reason", locale)));
		rejections.forEach(r -> rows.add(List.of(String.valueOf(r.row()), r.code(), r.name(), r.reason())));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CatalogExport.csv(rows, out);
		return out.toByteArray();
	}

	@SuppressWarnings("unchecked")
	private static String keep(HttpSession session, byte[] report) {
		Object kept = session.getAttribute(REPORTS);
		LinkedHashMap<String, byte[]> reports = kept instanceof LinkedHashMap<?, ?> map
				? (LinkedHashMap<String, byte[]>) map : new LinkedHashMap<>();
		String id = UUID.randomUUID().toString();
		reports.put(id, report);
		while (reports.size() > KEPT_REPORTS) {
			reports.remove(reports.keySet().iterator().next());
		}
		// Set again so that a session stored outside the server notices the change.
		session.setAttribute(REPORTS, reports);
		return id;
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
