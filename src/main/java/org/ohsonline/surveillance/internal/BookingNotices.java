package org.ohsonline.surveillance.internal;

import java.util.List;

import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.Notice;
import org.ohsonline.shared.Scope;
import org.ohsonline.surveillance.BookingParty;

import org.springframework.stereotype.Component;

/**
 * Tells the other party what happened to a booking, through the inbox and in the same
 * transaction: the institution when an employer books, moves or cancels; the employer when the
 * institution confirms, moves or cancels.
 */
@Component
class BookingNotices {

	private final Inbox inbox;

	BookingNotices(Inbox inbox) {
		this.inbox = inbox;
	}

	/** A notice to the party that did not act, with the message key and its text arguments. */
	void tellOther(BookingStore.Row booking, BookingParty actedBy, String messageKey, String... arguments) {
		Scope audience = actedBy == BookingParty.EMPLOYER
				? new Scope(Scope.Kind.INSTITUTION, booking.institutionCreditCode())
				: new Scope(Scope.Kind.EMPLOYER, booking.employerCreditCode());
		this.inbox.deliver(new Notice(audience, BookingPermissions.READ, messageKey, List.of(arguments),
				"/surveillance/bookings/" + booking.id(), "surveillance:booking:" + booking.id()));
	}

}
