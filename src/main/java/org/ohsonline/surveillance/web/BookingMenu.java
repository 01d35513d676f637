package org.ohsonline.surveillance.web;

import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BookingMenu {

	@Bean
	MenuItem bookingsMenuItem() {
		return new MenuItem(50, "nav.bookings", "/surveillance/bookings", "surveillance:booking:read");
	}

	@Bean
	MenuItem bookingCalendarMenuItem() {
		return new MenuItem(51, "nav.bookingCalendar", "/surveillance/calendar", "surveillance:booking:confirm",
				Scope.Kind.INSTITUTION);
	}

}
