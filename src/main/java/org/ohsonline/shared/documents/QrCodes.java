package org.ohsonline.shared.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes as PNG images, for documents that a reader verifies by scanning (UI.md: anything an
 * official would sign, file or hand over carries a QR code that opens a public page).
 */
public final class QrCodes {

	private QrCodes() {
	}

	/** The QR code of {@code text} as PNG bytes, {@code pixels} wide, with a one-module quiet zone. */
	public static byte[] png(String text, int pixels) {
		try {
			// Level M survives a smudge on a printed page and keeps the code small for a URL.
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels,
					Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", out);
			return out.toByteArray();
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The same image as a {@code data:} URI for an {@code <img src>} in a page or a PDF template. */
	public static String pngDataUri(String text, int pixels) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, pixels));
	}

}
