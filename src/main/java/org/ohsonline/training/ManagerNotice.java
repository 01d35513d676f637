package org.ohsonline.training;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A notice pushed to the certified managers of a region (and optionally an industry).
 *
 * @param body rich text as lessons have it (blank lines, {@code # } headings, {@code - } items), shown escaped
 * @param recipients how many certified managers it reached
 * @param read how many of them have opened it
 * @param readAt when the reader opened it, for a recipient; {@code null} otherwise
 * @param recipient whether the reader is one of the recipients
 */
public record ManagerNotice(long id, String regionCode, String industryCode, String title, String body,
		String senderName, Instant sentAt, List<Attachment> attachments, long recipients, long read, Instant readAt,
		boolean recipient) {

	public ManagerNotice {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** What a supervisor sends: the region (inside their scope; blank for their whole jurisdiction), an optional industry code. */
	@Schema(name = "ManagerNoticeCommand")
	public record Command(String regionCode, String industryCode, String title, String body) {
	}

	/** A file sent with the notice (PDF, PNG or JPEG, recognised by its content). */
	public record Upload(String fileName, byte[] content) {
	}

	@Schema(name = "ManagerNoticeAttachment")
	public record Attachment(long id, String fileName, String contentType, long size) {
	}

	public record File(String fileName, String contentType, byte[] content) {
	}

	/** A certified manager the notice reached. */
	public record Recipient(String name, String employerName, String regionCode, Instant readAt) {
	}

}
