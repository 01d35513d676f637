package org.ohsonline.promotion.consultation;

import java.util.ArrayList;
import java.util.List;

import org.ohsonline.shared.InvalidInputException.FieldError;

/**
 * The files a request may carry: PDF, PNG or JPEG recognised by their first bytes, whatever name or type the
 * client sends, each within the size limit, at most a few.
 */
final class Attachments {

	private Attachments() {
	}

	/** The content type and extension of each file, in order; problems are added to {@code errors}. */
	static List<String[]> check(List<Consultation.Upload> files, long maxBytes, int maxFiles, List<FieldError> errors) {
		List<String[]> types = new ArrayList<>();
		if (files.size() > maxFiles) {
			errors.add(FieldError.of("attachments", "consultation.error.tooMany", maxFiles));
			return types;
		}
		for (Consultation.Upload file : files) {
			String[] type = sniff(file.content());
			if (type == null) {
				errors.add(FieldError.of("attachments", "consultation.error.type", String.valueOf(file.fileName())));
			}
			else if (file.content().length > maxBytes) {
				errors.add(FieldError.of("attachments", "consultation.error.size", String.valueOf(file.fileName()),
						maxBytes / (1024 * 1024)));
			}
			else {
				types.add(type);
			}
		}
		return types;
	}

	static String[] sniff(byte[] c) {
		if (c.length >= 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
			return new String[] { "application/pdf", "pdf" };
		}
		if (c.length >= 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G' && c[4] == 0x0d
				&& c[5] == 0x0a && c[6] == 0x1a && c[7] == 0x0a) {
			return new String[] { "image/png", "png" };
		}
		if (c.length >= 3 && (c[0] & 0xff) == 0xff && (c[1] & 0xff) == 0xd8 && (c[2] & 0xff) == 0xff) {
			return new String[] { "image/jpeg", "jpg" };
		}
		return null;
	}

	static String fileName(String given, String extension) {
		String name = given == null ? "" : given.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
		if (name.isEmpty()) {
			name = "attachment";
		}
		if (name.length() > 120) {
			name = name.substring(0, 120);
		}
		return name.toLowerCase().endsWith("." + extension) ? name : name + "." + extension;
	}

}
