package org.ohsonline.surveillance.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Scope;
import org.ohsonline.surveillance.Attendance;
import org.ohsonline.surveillance.BookingStatus;
import org.ohsonline.surveillance.BookingView;
import org.ohsonline.surveillance.Bookings;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A booking's page: the workers with the hazards to examine, the history, and the actions of the
 * party looking at it — the institution confirms, moves, cancels and records attendance; the
 * employer moves and cancels. A refused action shows why on the same page and changes nothing.
 */
@Controller
@PreAuthorize("hasAuthority('surveillance:booking:read')")
class BookingController {

	static final String DETAIL = "surveillance/booking";

	private final Bookings bookings;

	private final HazardFactors hazards;

	private final MessageSource messages;

	BookingController(Bookings bookings, HazardFactors hazards, MessageSource messages) {
		this.bookings = bookings;
		this.hazards = hazards;
		this.messages = messages;
	}

	@GetMapping("/surveillance/bookings/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		BookingView booking = this.bookings.find(actor, id);
		Map<String, String> names = new LinkedHashMap<>();
		booking.workers()
			.forEach(w -> w.hazardCodes()
				.forEach(code -> names.computeIfAbsent(code,
						c -> this.hazards.findFactor(c).map(HazardFactor::name).orElse(c))));
		boolean institution = actor.scope().kind() == Scope.Kind.INSTITUTION
				&& actor.can("surveillance:booking:confirm");
		boolean employer = actor.scope().kind() == Scope.Kind.EMPLOYER && actor.can("surveillance:booking:write");
		model.addAttribute("booking", booking);
		model.addAttribute("hazardNames", names);
		model.addAttribute("mayConfirm", institution && booking.status() == BookingStatus.REQUESTED);
		model.addAttribute("mayChange", (institution || employer) && booking.status().open());
		model.addAttribute("mayRecordAttendance", institution && booking.status() == BookingStatus.CONFIRMED);
		model.addAttribute("attendances", Attendance.values());
		return DETAIL;
	}

	@PostMapping("/surveillance/bookings/{id}/confirm")
	String confirm(Actor actor, @PathVariable long id, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			this.bookings.confirm(actor, id);
		}
		catch (InvalidInputException ex) {
			return refused(actor, id, ex, locale, model);
		}
		redirect.addFlashAttribute("flashKey", "booking.confirmedDone");
		return "redirect:/surveillance/bookings/" + id;
	}

	@PostMapping("/surveillance/bookings/{id}/reschedule")
	String reschedule(Actor actor, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) String note, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			this.bookings.reschedule(actor, id, day, note);
		}
		catch (InvalidInputException ex) {
			return refused(actor, id, ex, locale, model);
		}
		redirect.addFlashAttribute("flashKey", "booking.rescheduledDone");
		return "redirect:/surveillance/bookings/" + id;
	}

	@PostMapping("/surveillance/bookings/{id}/cancel")
	String cancel(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason, Locale locale,
			Model model, RedirectAttributes redirect) {
		try {
			this.bookings.cancel(actor, id, reason);
		}
		catch (InvalidInputException ex) {
			return refused(actor, id, ex, locale, model);
		}
		redirect.addFlashAttribute("flashKey", "booking.cancelledDone");
		return "redirect:/surveillance/bookings/" + id;
	}

	/** Attendance arrives as {@code attendance[<workerId>]=ATTENDED|NO_SHOW|PENDING}. */
	@PostMapping("/surveillance/bookings/{id}/attendance")
	String attendance(Actor actor, @PathVariable long id, HttpServletRequest request, Locale locale, Model model,
			RedirectAttributes redirect) {
		Map<Long, Attendance> attendance = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.startsWith("attendance[") && name.endsWith("]") && values.length > 0) {
				try {
					attendance.put(Long.valueOf(name.substring(11, name.length() - 1)), Attendance.valueOf(values[0]));
				}
				catch (IllegalArgumentException ex) {
					// An unreadable entry is no entry; the service says when nothing is left.
				}
			}
		});
		try {
			this.bookings.recordAttendance(actor, id, attendance);
		}
		catch (InvalidInputException ex) {
			return refused(actor, id, ex, locale, model);
		}
		redirect.addFlashAttribute("flashKey", "booking.attendanceDone");
		return "redirect:/surveillance/bookings/" + id;
	}

	private String refused(Actor actor, long id, InvalidInputException ex, Locale locale, Model model) {
		List<String> reasons = ex.errors()
			.stream()
			.map(e -> this.messages.getMessage(e.code(), e.arguments().toArray(), e.code(), locale))
			.toList();
		model.addAttribute("actionErrors", reasons);
		return show(actor, id, model);
	}

}
