package org.ohsonline.promotion.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.promotion.ChampionView;
import org.ohsonline.promotion.Champions;
import org.ohsonline.promotion.NominationStatus;
import org.ohsonline.promotion.NomineeRole;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.Text;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Health champions (职业健康达人) in the console: nominations in scope with the employer's nomination form and the
 * export of results; a nomination with the reviewers' scores, the scoring form and the decision; quotas per region.
 */
@Controller
@PreAuthorize("hasAuthority('promotion:champion:read')")
class ChampionController {

	private final Champions champions;

	private final Divisions divisions;

	private final MessageSource messages;

	ChampionController(Champions champions, Divisions divisions, MessageSource messages) {
		this.champions = champions;
		this.divisions = divisions;
		this.messages = messages;
	}

	static int thisYear() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
	}

	@GetMapping("/promotion/champions")
	String list(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		NominationStatus chosen = status(status);
		model.addAttribute("page", this.champions.search(actor, region, year, chosen, PageQuery.of(page, 20)));
		model.addAttribute("region", region);
		model.addAttribute("year", year);
		model.addAttribute("status", chosen);
		model.addAttribute("statuses", NominationStatus.values());
		model.addAttribute("roles", NomineeRole.values());
		model.addAttribute("years", List.of(thisYear() + 1, thisYear(), thisYear() - 1, thisYear() - 2));
		model.addAttribute("nominateYears", List.of(thisYear(), thisYear() + 1));
		model.addAttribute("canNominate", actor.can("promotion:champion:nominate") && actor.scope().kind() == Scope.Kind.EMPLOYER);
		String query = UriComponentsBuilder.newInstance()
			.queryParam("region", region == null ? "" : region)
			.queryParam("year", year == null ? "" : year)
			.queryParam("status", chosen == null ? "" : chosen.name())
			.encode()
			.build()
			.getQuery();
		model.addAttribute("base", "/promotion/champions?" + query);
		model.addAttribute("exportUrl", "/promotion/champions/export.xlsx?" + query);
		return htmx != null ? "promotion/champions :: results" : "promotion/champions";
	}

	@GetMapping("/promotion/champions/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String status, Locale locale, HttpServletResponse response) {
		List<String> columns = Arrays.asList(word("promotion.healthy.year", locale), word("promotion.champion.nominee", locale),
				word("promotion.champion.role", locale), word("promotion.employer", locale), word("promotion.region", locale),
				word("promotion.champion.score", locale), word("promotion.champion.reviews", locale),
				word("promotion.healthy.status", locale));
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "health-champions.xlsx",
				word("promotion.champion.title", locale), columns);
		this.champions.forEach(actor, region, year, status(status), c -> sheet.row(c.year(), c.nomineeName(),
				word("promotion.role." + c.role(), locale), c.employerName(), this.divisions.fullName(c.regionCode()), c.score(),
				c.reviews(), word("promotion.nomination." + c.status(), locale)));
		sheet.finish();
	}

	@PostMapping("/promotion/champions")
	@PreAuthorize("hasAuthority('promotion:champion:nominate')")
	String nominate(Actor actor, @RequestParam(required = false) Long workerId, @RequestParam(required = false) String role,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			String name = Text.enumName(role, NomineeRole.class);
			ChampionView nomination = this.champions.nominate(actor, workerId == null ? 0 : workerId,
					name == null ? null : NomineeRole.valueOf(name), year == null ? 0 : year, reason);
			redirect.addFlashAttribute("flashKey", "promotion.champion.nominated");
			return "redirect:/promotion/champions/" + nomination.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			return "redirect:/promotion/champions";
		}
	}

	@GetMapping("/promotion/champions/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		ChampionView nomination = this.champions.find(actor, id);
		boolean open = nomination.status() == NominationStatus.NOMINATED && actor.scope().coversRegion(nomination.regionCode());
		model.addAttribute("nomination", nomination);
		model.addAttribute("canScore", open && actor.can("promotion:champion:review"));
		model.addAttribute("canDecide", open && actor.can("promotion:champion:decide"));
		return "promotion/champion";
	}

	@PostMapping("/promotion/champions/{id}/scores")
	@PreAuthorize("hasAuthority('promotion:champion:review')")
	String score(Actor actor, @PathVariable long id, @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
		return act(id, redirect, "promotion.champion.scored", () -> {
			Map<String, BigDecimal> points = new HashMap<>();
			List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
			fields.forEach((name, value) -> {
				if (name.startsWith("points.") && value != null && !value.isBlank()) {
					try {
						points.put(name.substring("points.".length()), new BigDecimal(value.trim()));
					}
					catch (NumberFormatException ex) {
						errors.add(InvalidInputException.FieldError.of(name, "promotion.healthy.points.number", name.substring(7)));
					}
				}
			});
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			return this.champions.score(actor, id, points);
		});
	}

	@PostMapping("/promotion/champions/{id}/decision")
	@PreAuthorize("hasAuthority('promotion:champion:decide')")
	String decide(Actor actor, @PathVariable long id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		boolean approve = "approve".equals(decision);
		return act(id, redirect, approve ? "promotion.champion.approved" : "promotion.champion.rejected",
				() -> this.champions.decide(actor, id, approve, note));
	}

	@GetMapping("/promotion/champions/quotas")
	String quotas(Actor actor, @RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? thisYear() : year;
		model.addAttribute("year", shown);
		model.addAttribute("years", List.of(thisYear() + 1, thisYear(), thisYear() - 1));
		model.addAttribute("quotas", this.champions.quotas(actor, shown));
		return "promotion/champion-quotas";
	}

	@PostMapping("/promotion/champions/quotas")
	@PreAuthorize("hasAuthority('promotion:champion:decide')")
	String setQuota(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quota, RedirectAttributes redirect) {
		int shown = year == null ? thisYear() : year;
		try {
			this.champions.setQuota(actor, region, shown, quota == null ? -1 : quota);
			redirect.addFlashAttribute("flashKey", "promotion.champion.quota.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/promotion/champions/quotas?year=" + shown;
	}

	private String act(long id, RedirectAttributes redirect, String flashKey, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("flashKey", flashKey);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/promotion/champions/" + id;
	}

	private static NominationStatus status(String status) {
		String name = Text.enumName(status, NominationStatus.class);
		return name == null ? null : NominationStatus.valueOf(name);
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
