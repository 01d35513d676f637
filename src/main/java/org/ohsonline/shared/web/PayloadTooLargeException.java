package org.ohsonline.shared.web;

/**
 * A request body over the limit for its kind (JSON, an XML document, an upload): answered 413 in
 * the platform's own format, a problem detail for the API and the error page for the console.
 */
public class PayloadTooLargeException extends RuntimeException {

	private final long limit;

	public PayloadTooLargeException(long limit) {
		super("The request body exceeds " + limit + " bytes");
		this.limit = limit;
	}

	/** The limit in bytes. */
	public long limit() {
		return this.limit;
	}

	/** The limit as people read it: {@code 4 MB}, {@code 512 KB}. */
	public String readableLimit() {
		return this.limit >= 1024 * 1024 && this.limit % (1024 * 1024) == 0 ? this.limit / (1024 * 1024) + " MB"
				: this.limit >= 1024 ? this.limit / 1024 + " KB" : this.limit + " B";
	}

}
