package org.ohsonline.agency;

/**
 * An uploaded document (an answer's attachment, a penalty decision) as received: PDF, PNG or JPEG by content,
 * at most the module's maximum size.
 */
public record QualityDocument(String fileName, byte[] content) {

	/** A stored document as served: always an attachment. */
	public record Stored(String fileName, String contentType, byte[] content) {
	}

}
