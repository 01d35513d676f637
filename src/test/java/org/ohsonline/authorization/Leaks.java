package org.ohsonline.authorization;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads an answer as its reader would — HTML, JSON, CSV and XML as text, Excel workbooks through
 * their XML parts, PDFs through their text — and says whether the foreign marker is in it. The
 * detector knows nothing of the expectations: any answer to any matrix user that shows the foreign
 * world fails the matrix.
 */
final class Leaks {

	private Leaks() {
	}

	/**
	 * Where the marker is, with some text around it, for the report; empty when it is not there (or
	 * only in what the route shows anyone by design).
	 */
	static String excerpt(byte[] body, String contentType, List<Pattern> allowed) {
		String text = text(body, contentType);
		for (Pattern fact : allowed) {
			text = fact.matcher(text).replaceAll("");
		}
		int at = text.indexOf(MatrixWorld.MARKER);
		if (at < 0) {
			return "";
		}
		String around = text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60));
		return around.replaceAll("\\s+", " ").trim();
	}

	static String text(byte[] body, String contentType) {
		if (body == null || body.length == 0) {
			return "";
		}
		try {
			if (body.length > 4 && body[0] == 'P' && body[1] == 'K') {
				return zipText(body);
			}
			if (body.length > 4 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F') {
				try (PDDocument document = Loader.loadPDF(body)) {
					return new PDFTextStripper().getText(document);
				}
			}
		}
		catch (IOException ex) {
			return "[unreadable " + contentType + ": " + ex.getMessage() + "]";
		}
		return new String(body, StandardCharsets.UTF_8);
	}

	private static String zipText(byte[] body) throws IOException {
		StringBuilder text = new StringBuilder();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (entry.getName().endsWith(".xml")) {
					ByteArrayOutputStream part = new ByteArrayOutputStream();
					zip.transferTo(part);
					text.append(part.toString(StandardCharsets.UTF_8)).append('\n');
				}
			}
		}
		return text.toString();
	}

}
