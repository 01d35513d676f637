package org.ohsonline.agency.web;

import java.util.List;
import java.util.Locale;

import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyFilter;
import org.ohsonline.agency.AgencySummary;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;
import org.ohsonline.shared.web.Picks;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What the searchable agency picker offers: agencies and institutions of the caller's scope by name
 * or credit code, optionally of one kind ({@code SERVICE_AGENCY}, {@code EXAM_INSTITUTION},
 * {@code DIAGNOSIS_INSTITUTION}).
 */
@Controller
class AgencyPickerController {

	private final Agencies agencies;

	private final MessageSource messages;

	AgencyPickerController(Agencies agencies, MessageSource messages) {
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/pick/agencies")
	@PreAuthorize("hasAuthority('agency:agency:read')")
	@ResponseBody
	Picks agencies(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			Locale locale) {
		Page<AgencySummary> found = this.agencies.search(actor,
				new AgencyFilter(Text.blankToNull(q), null, Text.blankToNull(kind), null, null, null, "name"),
				PageQuery.of(1, Picks.LIMIT));
		List<Picks.Option> options = found.items()
			.stream()
			.map(a -> new Picks.Option(String.valueOf(a.id()), a.name(), a.creditCode() + " · "
					+ this.messages.getMessage("agency.kind." + a.kind(), null, a.kind().name(), locale)))
			.toList();
		return new Picks(options, found.total() > options.size());
	}

}
