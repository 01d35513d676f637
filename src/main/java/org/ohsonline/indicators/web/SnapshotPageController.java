package org.ohsonline.indicators.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.indicators.Figure;
import org.ohsonline.indicators.IndicatorDefinition;
import org.ohsonline.indicators.Indicators;
import org.ohsonline.indicators.Snapshot;
import org.ohsonline.indicators.SnapshotRow;
import org.ohsonline.indicators.SnapshotTable;
import org.ohsonline.indicators.Snapshots;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quarterly snapshots (跟踪问效): the frozen quarters with the region's score and trend, the freeze of a closed
 * quarter, a quarter's table with scores and ranks, its revisions and what each changed, the Excel export of the
 * quarter's figures and the bulletin (通报) issued as a verifiable PDF.
 */
@Controller
@PreAuthorize("hasAuthority('indicators:figure:read')")
class SnapshotPageController {

	private final Snapshots snapshots;

	private final Indicators indicators;

	private final Divisions divisions;

	private final MessageSource messages;

	SnapshotPageController(Snapshots snapshots, Indicators indicators, Divisions divisions, MessageSource messages) {
		this.snapshots = snapshots;
		this.indicators = indicators;
		this.divisions = divisions;
		this.messages = messages;
	}

	@GetMapping("/indicators/snapshots")
	String list(Actor actor, @RequestParam(required = false) String region, Model model) {
		List<Snapshot> all = this.snapshots.snapshots(actor);
		model.addAttribute("snapshots", all);
		model.addAttribute("trend", this.snapshots.trend(actor, region));
		model.addAttribute("region", region == null || region.isBlank() ? actor.scope().value() : region.trim());
		model.addAttribute("quarters", this.snapshots.closedQuarters());
		model.addAttribute("names", names());
		return "indicators/snapshots";
	}

	@PostMapping("/indicators/snapshots/freeze")
	@PreAuthorize("hasAuthority('indicators:snapshot:write')")
	String freeze(Actor actor, @RequestParam(required = false) String quarter, Locale locale,
			RedirectAttributes redirect) {
		try {
			Snapshot snapshot = this.snapshots.freeze(actor, quarter);
			redirect.addFlashAttribute("flash", this.messages.getMessage("indicators.snapshot.frozen",
					new Object[] { snapshot.quarter(), snapshot.revision(), snapshot.changes() }, locale));
			return "redirect:/indicators/snapshots/" + snapshot.quarter();
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("actionErrors", e.errors());
			return "redirect:/indicators/snapshots";
		}
	}

	@GetMapping("/indicators/snapshots/{quarter}")
	String quarter(Actor actor, @PathVariable String quarter, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer revision, Locale locale, Model model) {
		SnapshotTable table = this.snapshots.table(actor, quarter, region, revision);
		// The layout's title is a fragment argument, evaluated where bean calls are not allowed: composed here.
		model.addAttribute("pageTitle", this.messages.getMessage("indicators.snapshot.quarterTitle",
				new Object[] { table.snapshot().quarter(), this.divisions.fullName(table.region().regionCode()) }, locale));
		model.addAttribute("table", table);
		model.addAttribute("snapshot", table.snapshot());
		model.addAttribute("names", names());
		return "indicators/snapshot";
	}

	@GetMapping("/indicators/snapshots/{quarter}/export.xlsx")
	void export(Actor actor, @PathVariable String quarter, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer revision, Locale locale, HttpServletResponse response) {
		SnapshotTable table = this.snapshots.table(actor, quarter, region, revision);
		Map<String, IndicatorDefinition> names = names();
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response,
				"snapshot-" + table.snapshot().quarter() + "-R" + table.snapshot().revision() + "-"
						+ table.region().regionCode() + ".xlsx",
				table.snapshot().quarter(),
				List.of(word("indicators.region", locale), word("indicators.snapshot.regionName", locale),
						word("indicators.snapshot.score", locale), word("indicators.snapshot.rank", locale),
						word("indicators.indicator", locale), word("indicators.numerator", locale),
						word("indicators.denominator", locale), word("indicators.rate", locale),
						word("indicators.target", locale), word("indicators.snapshot.rating", locale)));
		rows(sheet, table.region(), table, names, locale);
		table.children().forEach(child -> rows(sheet, child, table, names, locale));
		sheet.row();
		sheet.row(word("indicators.snapshot.quarter", locale), table.snapshot().quarter(),
				word("indicators.snapshot.revision", locale), table.snapshot().revision());
		sheet.row(word("indicators.snapshot.definitionsEdition", locale), table.snapshot().definitionsEdition(),
				word("indicators.snapshot.scoringEdition", locale), table.snapshot().scoringEdition());
		sheet.finish();
	}

	private void rows(SpreadsheetExport sheet, SnapshotRow row, SnapshotTable table, Map<String, IndicatorDefinition> names,
			Locale locale) {
		String name = this.divisions.fullName(row.regionCode());
		for (String code : table.indicatorCodes()) {
			Figure f = row.figure(code);
			if (f == null) {
				continue;
			}
			sheet.row(row.regionCode(), name, row.score(), row.rank(),
					names.containsKey(code) ? names.get(code).name(locale) : code, f.numerator(), f.denominator(),
					f.percent(), f.target(), word("indicators.rating." + f.rating().name(), locale));
		}
	}

	@PostMapping("/indicators/snapshots/{quarter}/bulletin")
	@PreAuthorize("hasAuthority('indicators:bulletin:write')")
	ResponseEntity<byte[]> bulletin(Actor actor, @PathVariable String quarter, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer revision) {
		byte[] pdf = this.snapshots.issueBulletin(actor, quarter, region, revision);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("bulletin-" + quarter + ".pdf")
				.build()
				.toString())
			.body(pdf);
	}

	private Map<String, IndicatorDefinition> names() {
		Map<String, IndicatorDefinition> names = new java.util.LinkedHashMap<>();
		this.indicators.definitions().forEach(d -> names.put(d.code(), d));
		return names;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
