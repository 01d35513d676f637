package org.ohsonline.radiation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.radiation.DoseEntry;
import org.ohsonline.radiation.DoseRecords;
import org.ohsonline.radiation.DoseView;
import org.ohsonline.radiation.ImportResult;
import org.ohsonline.radiation.RadiationFilter;
import org.ohsonline.radiation.RadiationWorkers;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Dose records: the list (the person masked, a band instead of the values) with its export, one record in full
 * (audited), and the dosimetry service's entry in the console and upload from Excel with the result of every row.
 */
@Controller
@PreAuthorize("hasAuthority('radiation:dose:read')")
class DoseController {

	private final DoseRecords doses;

	private final RadiationWorkers workers;

	private final Divisions divisions;

	private final MessageSource messages;

	DoseController(DoseRecords doses, RadiationWorkers workers, Divisions divisions, MessageSource messages) {
		this.doses = doses;
		this.workers = workers;
		this.divisions = divisions;
		this.messages = messages;
	}

	@ModelAttribute("filter")
	RadiationFilter filter(@RequestParam(required = false) String region, @RequestParam(required = false) String q,
			@RequestParam(required = false) String period, @RequestParam(required = false) String status,
			@RequestParam(required = false) String category) {
		return new RadiationFilter(region, q, period, status, category);
	}

	@GetMapping("/radiation/doses")
	String list(Actor actor, @ModelAttribute("filter") RadiationFilter filter, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.doses.search(actor, filter, PageQuery.of(page, 20)));
		String query = ListLinks.query(filter);
		model.addAttribute("base", "/radiation/doses?" + query);
		model.addAttribute("exportUrl", "/radiation/doses/export.xlsx?" + query);
		model.addAttribute("canEnter", canEnter(actor));
		return htmx != null ? "radiation/doses :: results" : "radiation/doses";
	}

	private static boolean canEnter(Actor actor) {
		return actor.can("radiation:dose:write") && actor.scope().kind() == Scope.Kind.AGENCY;
	}

	@GetMapping("/radiation/doses/export.xlsx")
	void export(Actor actor, @ModelAttribute("filter") RadiationFilter filter, Locale locale, HttpServletResponse response) {
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "radiation-doses.xlsx", word("radiation.dose.title", locale),
				List.of(word("radiation.worker.name", locale), word("radiation.worker.idNumber", locale),
						word("radiation.employer", locale), word("radiation.region", locale), word("radiation.worker.agency", locale),
						word("radiation.period", locale), word("radiation.dose.band", locale)));
		this.doses.forEach(actor, filter, d -> sheet.row(d.nameMasked(), d.idNumberMasked(), d.employerName(),
				this.divisions.fullName(d.regionCode()), d.agencyName(), d.period(), word("radiation.band." + d.band(), locale)));
		sheet.finish();
	}

	@GetMapping("/radiation/doses/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("dose", this.doses.find(actor, id));
		return "radiation/dose";
	}

	@GetMapping("/radiation/doses/new")
	@PreAuthorize("hasAuthority('radiation:dose:write')")
	String form(Actor actor, @RequestParam(required = false) Long radiationWorkerId, Model model) {
		return form(actor, model, new DoseEntry(radiationWorkerId, null, null, null, null, null, null, null, null, null, null), List.of());
	}

	private String form(Actor actor, Model model, DoseEntry entry, List<InvalidInputException.FieldError> errors) {
		model.addAttribute("entry", entry);
		model.addAttribute("errors", errors);
		model.addAttribute("monitored", this.workers.search(actor, RadiationFilter.none(), new PageQuery(1, PageQuery.MAX_SIZE)).items());
		return "radiation/dose-form";
	}

	@PostMapping("/radiation/doses/new")
	@PreAuthorize("hasAuthority('radiation:dose:write')")
	String enter(Actor actor, @RequestParam(required = false) Long radiationWorkerId, @RequestParam(required = false) String period,
			@RequestParam(required = false) BigDecimal hp10, @RequestParam(required = false) Boolean hp10Below,
			@RequestParam(required = false) BigDecimal hp007, @RequestParam(required = false) Boolean hp007Below,
			@RequestParam(required = false) BigDecimal lens, @RequestParam(required = false) Boolean lensBelow,
			@RequestParam(required = false) BigDecimal mdl, Model model, RedirectAttributes redirect) {
		DoseEntry entry = new DoseEntry(radiationWorkerId, null, null, period, hp10, hp10Below, hp007, hp007Below, lens, lensBelow, mdl);
		try {
			DoseView view = this.doses.enter(actor, entry, "CONSOLE");
			redirect.addFlashAttribute("flashKey", "radiation.dose.saved");
			return "redirect:/radiation/doses/" + view.id();
		}
		catch (InvalidInputException ex) {
			return form(actor, model, entry, ex.errors());
		}
	}

	@GetMapping("/radiation/doses/upload")
	@PreAuthorize("hasAuthority('radiation:dose:write')")
	String upload() {
		return "radiation/upload";
	}

	@GetMapping("/radiation/doses/template.xlsx")
	@PreAuthorize("hasAuthority('radiation:dose:write')")
	void template(Locale locale, HttpServletResponse response) {
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "radiation-dose-template.xlsx",
				word("radiation.upload.sheet", locale), org.ohsonline.radiation.internal.UploadColumns.keys()
					.stream()
					.map(k -> word(k, locale))
					.toList());
		sheet.finish();
	}

	@PostMapping("/radiation/doses/upload")
	@PreAuthorize("hasAuthority('radiation:dose:write')")
	String receive(Actor actor, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("actionErrors", List.of(InvalidInputException.FieldError.of("file", "radiation.upload.missing")));
			return "redirect:/radiation/doses/upload";
		}
		Path temp = null;
		try {
			temp = Files.createTempFile("radiation-upload", ".xlsx");
			file.transferTo(temp);
			ImportResult result = this.doses.importWorkbook(actor, file.getOriginalFilename(), temp);
			return "redirect:/radiation/imports/" + result.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			return "redirect:/radiation/doses/upload";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ex) {
					// The temporary file is the system's to clean up then.
				}
			}
		}
	}

	@GetMapping("/radiation/imports/{id}")
	@PreAuthorize("hasAuthority('radiation:dose:write')")
	String result(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("result", this.doses.importResult(actor, id));
		return "radiation/import";
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
