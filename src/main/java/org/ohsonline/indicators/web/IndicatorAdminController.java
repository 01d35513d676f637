package org.ohsonline.indicators.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.indicators.ImportResult;
import org.ohsonline.indicators.ImportRow;
import org.ohsonline.indicators.Indicators;
import org.ohsonline.indicators.TargetCommand;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The indicators' administration: targets of the caller's region (set or tightened, a looser one refused with the
 * reason beside the field), the import of figures the platform does not hold (a workbook with a named source, each
 * refused row reported), the rebuild of the read models with its report, and the boundary maps.
 */
@Controller
class IndicatorAdminController {

	static final String TARGETS = "indicators/targets";

	private final Indicators indicators;

	private final Divisions divisions;

	private final MessageSource messages;

	IndicatorAdminController(Indicators indicators, Divisions divisions, MessageSource messages) {
		this.indicators = indicators;
		this.divisions = divisions;
		this.messages = messages;
	}

	/** The target form's fields, as typed (kept on a refusal). */
	record TargetForm(String indicatorCode, String regionCode, Integer year, String value, String source) {
	}

	@GetMapping("/indicators/targets")
	@PreAuthorize("hasAuthority('indicators:target:write')")
	String targets(Actor actor, @RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now(IndicatorPageController.ZONE).getYear() : year;
		return targetsPage(actor, shown, new TargetForm(null, actor.scope().value(), shown, null, null), List.of(), model);
	}

	@PostMapping("/indicators/targets")
	@PreAuthorize("hasAuthority('indicators:target:write')")
	String setTarget(Actor actor, TargetForm form, Model model, RedirectAttributes redirect) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		BigDecimal value = null;
		if (form.value() != null && !form.value().isBlank()) {
			try {
				value = new BigDecimal(form.value().trim());
			}
			catch (NumberFormatException ex) {
				errors.add(InvalidInputException.FieldError.of("value", "indicators.target.valueInvalid"));
			}
		}
		if (errors.isEmpty()) {
			try {
				this.indicators.setTarget(actor,
						new TargetCommand(form.indicatorCode(), form.regionCode(), form.year(), value, form.source()));
				redirect.addFlashAttribute("flashKey", "indicators.target.saved");
				return "redirect:/indicators/targets?year=" + form.year();
			}
			catch (InvalidInputException ex) {
				errors.addAll(ex.errors());
			}
		}
		int year = form.year() == null ? LocalDate.now(IndicatorPageController.ZONE).getYear() : form.year();
		return targetsPage(actor, year, form, errors, model);
	}

	private String targetsPage(Actor actor, int year, TargetForm form, List<InvalidInputException.FieldError> errors,
			Model model) {
		model.addAttribute("year", year);
		model.addAttribute("targets", this.indicators.targets(actor, year));
		model.addAttribute("definitions", this.indicators.definitions());
		model.addAttribute("regions", this.divisions.pickerOptions(actor.scope())
			.stream()
			.filter(d -> d.code().length() <= 6)
			.toList());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return TARGETS;
	}

	@GetMapping("/indicators/imports")
	@PreAuthorize("hasAuthority('indicators:import:write')")
	String imports(Actor actor, Model model) {
		model.addAttribute("definitions", this.indicators.definitions().stream().filter(d -> d.imported()).toList());
		return "indicators/imports";
	}

	@GetMapping("/indicators/imports/template.xlsx")
	@PreAuthorize("hasAuthority('indicators:import:write')")
	void template(Locale locale, HttpServletResponse response) {
		SpreadsheetExport.attachment(response, "indicator-import-template.xlsx", word("indicators.import.sheet", locale),
				List.of(word("indicators.import.col.indicator", locale), word("indicators.import.col.region", locale),
						word("indicators.import.col.year", locale), word("indicators.import.col.numerator", locale),
						word("indicators.import.col.denominator", locale)))
			.finish();
	}

	@PostMapping("/indicators/imports")
	@PreAuthorize("hasAuthority('indicators:import:write')")
	String receive(Actor actor, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String source, Model model) {
		model.addAttribute("definitions", this.indicators.definitions().stream().filter(d -> d.imported()).toList());
		model.addAttribute("source", source);
		if (file == null || file.isEmpty()) {
			model.addAttribute("errors", List.of(InvalidInputException.FieldError.of("file", "indicators.import.fileMissing")));
			return "indicators/imports";
		}
		try {
			List<ImportRow> rows = read(file);
			ImportResult result = this.indicators.importFigures(actor, rows, source);
			model.addAttribute("result", result);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.errors());
		}
		return "indicators/imports";
	}

	/**
	 * The workbook's rows after the header: indicator code, county code, year, numerator, denominator. A cell that is
	 * not a whole number where one is expected leaves the field empty, so the row is refused with its reason.
	 */
	private static List<ImportRow> read(MultipartFile file) {
		List<ImportRow> rows = new ArrayList<>();
		for (IndicatorWorkbook.SheetRow row : IndicatorWorkbook.rows(file, 5, "indicators.import.notWorkbook")) {
			List<String> cells = row.cells();
			Long year = IndicatorWorkbook.whole(cells.get(2));
			rows.add(new ImportRow(cells.get(0), cells.get(1), year == null || Math.abs(year) > 99_999 ? null
					: year.intValue(), IndicatorWorkbook.whole(cells.get(3)), IndicatorWorkbook.whole(cells.get(4))));
		}
		return rows;
	}

	/** A refused row of a target workbook as the page lists it: the sheet's row (none for the file) and the reason. */
	record RowError(Integer row, InvalidInputException.FieldError error) {
	}

	static RowError rowError(InvalidInputException.FieldError e) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("rows\\[(\\d+)]\\.?(.*)")
			.matcher(e.field() == null ? "" : e.field());
		if (m.matches()) {
			return new RowError(Integer.valueOf(m.group(1)),
					new InvalidInputException.FieldError(m.group(2).isEmpty() ? null : m.group(2), e.code(), e.arguments()));
		}
		return new RowError(null, e);
	}

	@GetMapping("/indicators/targets/template.xlsx")
	@PreAuthorize("hasAuthority('indicators:target:write')")
	void targetTemplate(Actor actor, @RequestParam(required = false) Integer year, Locale locale,
			HttpServletResponse response) {
		int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(IndicatorPageController.ZONE).getYear()
				: year;
		String own = actor.scope().value();
		// The targets of the caller's region and the regions below it (those above are not theirs to change).
		List<org.ohsonline.indicators.TargetView> current = this.indicators.targets(actor, shown)
			.stream()
			.filter(t -> t.regionCode().startsWith(own))
			.sorted(java.util.Comparator.comparing(org.ohsonline.indicators.TargetView::regionCode)
				.thenComparing(org.ohsonline.indicators.TargetView::indicatorCode))
			.toList();
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "indicator-targets-" + shown + ".xlsx",
				word("indicators.targets.import.sheet", locale),
				List.of(word("indicators.targets.import.col.region", locale),
						word("indicators.targets.import.col.year", locale),
						word("indicators.targets.import.col.indicator", locale),
						word("indicators.targets.import.col.value", locale),
						word("indicators.targets.import.col.source", locale)));
		for (org.ohsonline.indicators.TargetView t : current) {
			sheet.row(t.regionCode(), t.year(), t.indicatorCode(), t.value().stripTrailingZeros(), t.source());
		}
		sheet.nextSheet(word("indicators.targets.import.codesSheet", locale),
				List.of(word("indicators.targets.import.col.indicator", locale),
						word("indicators.targets.import.col.name", locale),
						word("indicators.targets.import.col.unit", locale),
						word("indicators.targets.import.col.planTarget", locale)));
		for (org.ohsonline.indicators.IndicatorDefinition d : this.indicators.definitions()) {
			sheet.row(d.code(), d.name(locale), word("indicators.unit." + d.unit(), locale),
					d.planTarget() == null ? "" : d.planTarget().stripTrailingZeros().toPlainString() + " %"
							+ (d.plan() == null ? "" : " (" + d.plan() + ")"));
		}
		sheet.finish();
	}

	@PostMapping("/indicators/targets/import")
	@PreAuthorize("hasAuthority('indicators:target:write')")
	String importTargets(Actor actor, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String source, Model model,
			RedirectAttributes redirect) {
		int shown = year == null || year < 2000 || year > 2100 ? LocalDate.now(IndicatorPageController.ZONE).getYear()
				: year;
		List<InvalidInputException.FieldError> errors;
		try {
			if (file == null || file.isEmpty()) {
				throw InvalidInputException.of("file", "indicators.import.fileMissing");
			}
			List<org.ohsonline.indicators.TargetRow> rows = new ArrayList<>();
			for (IndicatorWorkbook.SheetRow row : IndicatorWorkbook.rows(file, 5, "indicators.import.notWorkbook")) {
				List<String> cells = row.cells();
				Long rowYear = IndicatorWorkbook.whole(cells.get(1));
				rows.add(new org.ohsonline.indicators.TargetRow(row.number(), cells.get(0),
						rowYear == null || Math.abs(rowYear) > 99_999 ? null : rowYear.intValue(), cells.get(2),
						IndicatorWorkbook.decimal(cells.get(3)), cells.get(4)));
			}
			int stored = this.indicators.importTargets(actor, rows, source).size();
			redirect.addFlashAttribute("flash", this.messages.getMessage("indicators.targets.import.stored",
					new Object[] { stored }, LocaleContextHolder.getLocale()));
			return "redirect:/indicators/targets?year=" + shown;
		}
		catch (InvalidInputException ex) {
			errors = ex.errors();
		}
		model.addAttribute("importErrors", errors.stream().map(IndicatorAdminController::rowError).toList());
		model.addAttribute("importSource", source);
		return targetsPage(actor, shown, new TargetForm(null, actor.scope().value(), shown, null, null), List.of(), model);
	}

	@GetMapping("/indicators/rebuild")
	@PreAuthorize("hasAuthority('indicators:readmodel:write')")
	String rebuildPage(Actor actor, Model model) {
		model.addAttribute("report", this.indicators.lastRebuild(actor).orElse(null));
		return "indicators/rebuild";
	}

	@PostMapping("/indicators/rebuild")
	@PreAuthorize("hasAuthority('indicators:readmodel:write')")
	String rebuild(Actor actor, RedirectAttributes redirect) {
		this.indicators.rebuild(actor);
		redirect.addFlashAttribute("flashKey", "indicators.rebuild.done");
		return "redirect:/indicators/rebuild";
	}

	@PostMapping("/indicators/maps")
	@PreAuthorize("hasAuthority('indicators:readmodel:write')")
	String loadMap(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String source,
			Model model, RedirectAttributes redirect) {
		try {
			String geojson = file == null || file.isEmpty() ? null : new String(file.getBytes(), StandardCharsets.UTF_8);
			this.indicators.loadRegionMap(actor, region, geojson, source);
			redirect.addFlashAttribute("flashKey", "indicators.map.loaded");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:/indicators/rebuild";
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
