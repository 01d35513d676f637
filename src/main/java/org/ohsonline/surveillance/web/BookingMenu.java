package org.ohsonline.surveillance.web;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.OwnOrganisations;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Bookings and the calendar; of the institutions' staff, only exam institutions' book exams. */
@Configuration(proxyBeanMethods = false)
class BookingMenu {

	private final OwnOrganisations organisations;

	BookingMenu(OwnOrganisations organisations) {
		this.organisations = organisations;
	}

	@Bean
	MenuItem bookingsMenuItem() {
		return new MenuItem(50, "nav.bookings", "/surveillance/bookings", "surveillance:booking:read")
			.when(actor -> this.organisations.actsAs(actor, AgencyKind.EXAM_INSTITUTION));
	}

	@Bean
	MenuItem bookingCalendarMenuItem() {
		return new MenuItem(51, "nav.bookingCalendar", "/surveillance/calendar", "surveillance:booking:confirm",
				Scope.Kind.INSTITUTION)
			.when(actor -> this.organisations.actsAs(actor, AgencyKind.EXAM_INSTITUTION));
	}

}
