package org.ohsonline.authorization;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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

	/** Numeric character references, as XML writers (fastexcel among them) write anything beyond ASCII. */
	private static final Pattern REFERENCE = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

	static String text(byte[] body, String contentType) {
		return REFERENCE.matcher(raw(body, contentType)).replaceAll(m -> {
			String code = m.group(1);
			int point = code.startsWith("x") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
			return Matcher.quoteReplacement(new String(Character.toChars(point)));
		});
	}

	private static String raw(byte[] body, String contentType) {
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
			// An answer the detector cannot read is one it cannot clear: it fails, naming why.
			return MatrixWorld.MARKER + "? [unreadable " + contentType + ": " + ex.getMessage() + "]";
		}
		return new String(body, StandardCharsets.UTF_8);
	}

	/**
	 * The XML parts of a workbook. Read through the central directory of a file: the workbooks the
	 * application streams (fastexcel's opczip) record entry sizes only there, which {@code ZipInputStream} rejects.
	 */
	private static String zipText(byte[] body) throws IOException {
		Path file = Files.createTempFile("matrix-answer", ".zip");
		try {
			Files.write(file, body);
			StringBuilder text = new StringBuilder();
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : Collections.list(zip.entries())) {
					if (entry.getName().endsWith(".xml")) {
						try (InputStream part = zip.getInputStream(entry)) {
							text.append(new String(part.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
						}
					}
				}
			}
			return text.toString();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
