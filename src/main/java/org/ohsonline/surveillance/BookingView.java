package org.ohsonline.surveillance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ohsonline.agency.ExamType;

/** A booking as its page and the API show it: identity numbers masked. */
public record BookingView(long id, String number, long employerId, String employerName, String employerCreditCode,
		String regionCode, long institutionId, String institutionName, String institutionCreditCode,
		ExamType examType, LocalDate day, BookingStatus status, int headcount, String note, String cancelReason,
		BookingParty cancelledBy, boolean synthetic, Instant createdAt, Instant confirmedAt, List<Worker> workers,
		List<HistoryEntry> history) {

	@Schema(name = "BookingWorker")
	public record Worker(long workerId, String name, String idNumberMasked, String postName, List<String> hazardCodes,
			Attendance attendance) {
	}

	@Schema(name = "BookingHistoryEntry")
	public record HistoryEntry(Instant at, String action, String actorName, String note) {
	}

}
