package org.ohsonline.diagnosis.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.diagnosis.PesticidePoisonings;
import org.ohsonline.diagnosis.PesticidePoisonings.Filter;
import org.ohsonline.diagnosis.PesticidePoisonings.PoisoningCommand;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Acute pesticide poisoning reports (农药中毒报告): the list with filters (a hospital's own reports; a region's for
 * supervisors and the CDC) and the hospital's report form with its code tables (交换规范 2021 六(六), 附录 1 表6, 表8,
 * 表12, 附录 2), each refused field named with its reason.
 */
@Controller
class PesticidePoisoningController {

	static final String LIST = "diagnosis/pesticide-poisonings";

	static final String FORM = "diagnosis/pesticide-poisoning-new";

	/** 附录 1 表12 in the table's order (it has no 24). */
	static final List<String> POISONS = java.util.stream.IntStream.rangeClosed(1, 32)
		.filter(i -> i != 24)
		.mapToObj(Integer::toString)
		.toList();

	static final List<String> CAUSES = List.of("01", "02", "03", "04");

	static final List<String> OUTCOMES = List.of("01", "02", "03", "04", "05", "99");

	static final List<String> ID_TYPES = List.of("01", "02", "03", "04", "05", "06", "07", "88");

	static final List<String> GENDERS = List.of("1", "2", "0", "9");

	private final PesticidePoisonings poisonings;

	private final DiagnosisRegions regions;

	private final MessageSource messages;

	PesticidePoisoningController(PesticidePoisonings poisonings, DiagnosisRegions regions, MessageSource messages) {
		this.poisonings = poisonings;
		this.regions = regions;
		this.messages = messages;
	}

	@ModelAttribute
	void tables(Model model) {
		model.addAttribute("poisons", POISONS);
		model.addAttribute("causes", CAUSES);
		model.addAttribute("outcomes", OUTCOMES);
		model.addAttribute("idTypes", ID_TYPES);
		model.addAttribute("genders", GENDERS);
	}

	@GetMapping("/diagnosis/pesticide-poisonings")
	@PreAuthorize("hasAnyAuthority('diagnosis:pesticide:read', 'diagnosis:pesticide:report')")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String poison, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
		Filter filter = new Filter(q, region, poison, outcome, from, to, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.poisonings.search(actor, filter, PageQuery.of(page, size)));
		model.addAttribute("scopeName", this.regions.scopeName(actor));
		model.addAttribute("base", "/diagnosis/pesticide-poisonings?" + Web.query("q", q, "region", region, "poison",
				poison, "outcome", outcome, "from", from, "to", to, "sort", sort));
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return htmx ? LIST + " :: results" : LIST;
	}

	@GetMapping("/diagnosis/pesticide-poisonings/new")
	@PreAuthorize("hasAuthority('diagnosis:pesticide:report')")
	String initCreationForm(Model model) {
		model.addAttribute("form", new PoisoningCommand(null, "01", null, null, null, null, null, null, null, null, null,
				null, null, LocalDate.now(), null, null, null));
		return FORM;
	}

	@PostMapping("/diagnosis/pesticide-poisonings")
	@PreAuthorize("hasAuthority('diagnosis:pesticide:report')")
	String processCreationForm(Actor actor, @RequestParam(required = false) String patientName,
			@RequestParam(required = false) String idType, @RequestParam(required = false) String idNumber,
			@RequestParam(required = false) String gender,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) String village, @RequestParam(required = false) String poisonCode,
			@RequestParam(required = false) String poisonOther, @RequestParam(required = false) String causeCode,
			@RequestParam(required = false) String outcomeCode, @RequestParam(required = false) String outcomeOther,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate diagnosedOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate diedOn,
			@RequestParam(required = false) String unitHead, @RequestParam(required = false) String remark,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		PoisoningCommand command = new PoisoningCommand(patientName, idType, idNumber, gender, birthDate, phone,
				regionCode, village, poisonCode, poisonOther, causeCode, outcomeCode, outcomeOther, diagnosedOn, diedOn,
				unitHead, remark);
		try {
			PesticidePoisonings.PoisoningView created = this.poisonings.report(actor, command);
			redirect.addFlashAttribute("flashKey", "diagnosis.pesticide.reportedDone");
			return "redirect:/diagnosis/pesticide-poisonings?q=" + created.number();
		}
		catch (InvalidInputException ex) {
			response.setStatus(422);
			// The identity number is not sent back into the page: it is entered again.
			model.addAttribute("form", new PoisoningCommand(patientName, idType, null, gender, birthDate, null,
					regionCode, village, poisonCode, poisonOther, causeCode, outcomeCode, outcomeOther, diagnosedOn,
					diedOn, unitHead, remark));
			model.addAttribute("errors", ex.errors()
				.stream()
				.map(e -> Web.message(this.messages, "diagnosis.pesticide.field." + e.field(), locale) + "："
						+ this.messages.getMessage(e.code(), e.arguments().stream().map(String::valueOf).toArray(),
								e.code(), locale))
				.toList());
			return FORM;
		}
	}

}
