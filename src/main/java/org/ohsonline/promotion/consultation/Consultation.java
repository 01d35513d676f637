package org.ohsonline.promotion.consultation;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A consultation request as the reader may see it.
 *
 * @param askerName who asked; {@code null} to readers without the right to the asker's personal data
 * @param contactPhone the asker's phone, in full to the assigned expert and supervisors, masked to the asker
 * @param dueAt the end of the service time (asked + the field's service hours)
 * @param overdue whether the answer is late now
 * @param escalatedAt when the supervisors were told the request is late
 * @param mayAnswer whether the reader is the assigned expert of an unanswered request
 * @param mayRate whether the reader is the asker of an answered, unrated request
 */
public record Consultation(long id, String fieldCode, String fieldName, String regionCode, String employerName,
		String askerName, String contactPhone, String title, String body, ConsultationStatus status, String expertName,
		Instant askedAt, Instant dueAt, boolean overdue, Instant escalatedAt, Instant answeredAt, String answer,
		Integer rating, String ratingComment, List<Attachment> attachments, boolean mayAnswer, boolean mayRate) {

	public Consultation {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** What an employer's manager or a worker asks. */
	@Schema(name = "ConsultationCommand")
	public record Command(String fieldCode, String title, String body, String contactPhone) {
	}

	/** A file sent with the request (PDF, PNG or JPEG, recognised by its content). */
	public record Upload(String fileName, byte[] content) {
	}

	@Schema(name = "ConsultationAttachment")
	public record Attachment(long id, String fileName, String contentType, long size) {
	}

	public record File(String fileName, String contentType, byte[] content) {
	}

	/** The list's filter: a status and a region inside the scope. */
	public record Filter(ConsultationStatus status, String region) {
	}

	/** A field of the expert team from the catalog in force, with its service time. */
	@Schema(name = "ConsultationField")
	public record Field(String code, String name, int serviceHours) {
	}

	/** An expert of the team. */
	public record Expert(long userId, String name, String regionCode, List<String> fields, boolean active,
			long openRequests) {

		public Expert {
			fields = List.copyOf(fields);
		}

	}

	/** A user holding the expert role who may be put on the team. */
	public record Candidate(long userId, String name, String regionCode) {
	}

}
