package org.ohsonline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads an issued PDF as a person holds it: its text with poppler's pdftotext, its QR code as a camera would. */
public final class PdfReading {

	private PdfReading() {
	}

	/** The PDF's text, laid out, through {@code pdftotext} (poppler-utils, installed by .ci/run). */
	public static String text(byte[] pdf, Path temp) throws IOException, InterruptedException {
		Path file = Files.createTempFile(temp, "document", ".pdf");
		Files.write(file, pdf);
		Process process = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "-")
			.redirectErrorStream(true)
			.start();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(text).isZero();
		return text;
	}

	/**
	 * What poppler's {@code pdfsig} (poppler-utils) reports about the PDF's signatures: an independent
	 * reader's view of them. A signature that holds reads "Signature is Valid".
	 */
	public static String signatures(byte[] pdf, Path temp) throws IOException, InterruptedException {
		Path file = Files.createTempFile(temp, "signed", ".pdf");
		Files.write(file, pdf);
		Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
		String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return report;
	}

	/**
	 * Renders the page ({@code -1}: the last) and decodes the QR code on it as a phone would, trying again closer when
	 * a look fails: at 200, then 300 and 150 dpi (at one resolution the page's other squares can pass for a finder
	 * pattern). Fails with the last look's exception when none reads.
	 */
	public static String qrCode(byte[] pdf, int page) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int index = page < 0 ? document.getNumberOfPages() - 1 : page;
			PDFRenderer renderer = new PDFRenderer(document);
			com.google.zxing.ReaderException last = null;
			for (int dpi : new int[] { 200, 300, 150 }) {
				BufferedImage image = renderer.renderImageWithDPI(index, dpi);
				try {
					return new QRCodeReader()
						.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
								Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
						.getText();
				}
				catch (com.google.zxing.ReaderException ex) {
					last = ex;
				}
			}
			throw last;
		}
	}

	/** A copy with one byte of the document information changed: still a PDF, no longer the one issued. */
	public static byte[] tampered(byte[] pdf) {
		byte[] copy = pdf.clone();
		int at = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("/Producer");
		copy[at + 12] ^= 0x01;
		return copy;
	}

}
