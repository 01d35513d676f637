package org.ohsonline.surveillance.internal;

/** The permissions bookings check. */
final class BookingPermissions {

	static final String READ = "surveillance:booking:read";

	static final String WRITE = "surveillance:booking:write";

	static final String CONFIRM = "surveillance:booking:confirm";

	private BookingPermissions() {
	}

}
