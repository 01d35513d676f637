package org.ohsonline.surveillance.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.ohsonline.agency.ExamType;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.FormErrors;
import org.ohsonline.surveillance.BookingView;
import org.ohsonline.surveillance.Bookings;
import org.ohsonline.surveillance.CalendarMonth;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employer's booking form: an institution of the employer's city, the exam type, the day (with
 * the places left there, looked up as the day is picked) and the workers, each shown with the
 * hazards that the exam would cover, proposed from the post they hold.
 */
@Controller
@PreAuthorize("hasAuthority('surveillance:booking:write')")
class BookingFormController {

	static final String FORM = "surveillance/booking-form";

	private final Bookings bookings;

	private final Employers employers;

	BookingFormController(Bookings bookings, Employers employers) {
		this.bookings = bookings;
		this.employers = employers;
	}

	@InitBinder("bookingForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("institutionId", "examType", "day", "note", "workers");
	}

	@GetMapping("/surveillance/bookings/new")
	String initCreationForm(Actor actor, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("bookingForm", new BookingForm());
		return form(actor, q, model);
	}

	@PostMapping("/surveillance/bookings/new")
	String processCreationForm(Actor actor, @ModelAttribute("bookingForm") BookingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		EmployerSummary employer = ownEmployer(actor);
		if (result.hasErrors()) {
			return form(actor, null, model);
		}
		BookingView booked;
		try {
			booked = this.bookings.book(actor, form.toCommand(employer.id()));
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return form(actor, null, model);
		}
		redirect.addFlashAttribute("flashKey", "booking.bookedDone");
		return "redirect:/surveillance/bookings/" + booked.id();
	}

	/** The places left at the institution on the day for the exam type (htmx, beside the day field). */
	@GetMapping("/surveillance/bookings/new/places")
	String places(Actor actor, @RequestParam(required = false) Long institutionId,
			@RequestParam(required = false) ExamType examType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		if (institutionId != null && examType != null && day != null) {
			CalendarMonth month = this.bookings.calendar(actor, institutionId, YearMonth.from(day));
			java.util.Optional<CalendarMonth.Day> shown = month.days().stream().filter(d -> d.day().equals(day)).findFirst();
			CalendarMonth.Load load = shown.stream()
				.flatMap(d -> d.loads().stream())
				.filter(l -> l.examType() == examType)
				.findFirst()
				.orElse(new CalendarMonth.Load(examType, 0, 0));
			model.addAttribute("load", load);
			model.addAttribute("opening", shown.map(CalendarMonth.Day::opening).orElse(null));
		}
		return FORM + " :: places";
	}

	private String form(Actor actor, String q, Model model) {
		EmployerSummary employer = ownEmployer(actor);
		Page<Bookings.Candidate> candidates = this.bookings.candidates(actor, employer.id(), q,
				PageQuery.of(1, PageQuery.MAX_SIZE));
		model.addAttribute("employer", employer);
		model.addAttribute("candidates", candidates);
		model.addAttribute("q", q);
		model.addAttribute("institutions", this.bookings.institutions(actor, employer.id(), null));
		model.addAttribute("examTypes", ExamType.values());
		// Past days and today are never bookable: the picker starts tomorrow (China Standard Time).
		model.addAttribute("firstDay", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1));
		return FORM;
	}

	/** Bookings are made by an employer's manager for their own employer (their scope names it). */
	private EmployerSummary ownEmployer(Actor actor) {
		if (actor.scope().kind() != Scope.Kind.EMPLOYER) {
			throw new AccessDeniedException("booking exams needs an employer's own scope");
		}
		List<EmployerSummary> found = this.employers
			.search(actor, new EmployerFilter(actor.scope().value(), null, null, null, null, null, null),
					PageQuery.of(1, 2))
			.items();
		return found.stream()
			.filter(e -> e.creditCode().equals(actor.scope().value()))
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("no employer for this scope"));
	}

}
