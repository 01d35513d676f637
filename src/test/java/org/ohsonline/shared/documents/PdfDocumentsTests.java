package org.ohsonline.shared.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled font renders Chinese without any system font, and a QR code survives the round trip
 * through PNG. The PDF's text is read back with poppler's {@code pdftotext}, as a reader would.
 */
class PdfDocumentsTests {

	@TempDir
	Path temp;

	/** Documents from templates given as strings, in the bundled font. */
	private static PdfDocuments documents() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		return new PdfDocuments(engine);
	}

	/** A page in the bundled font with the given body. */
	private static String page(String body) {
		return """
				<html><head><meta charset="utf-8"/><style>body { font-family: 'WenQuanYi Micro Hei'; }</style></head>
				<body>%s</body></html>""".formatted(body);
	}

	@Test
	void rendersChineseTextWithTheBundledFont() throws Exception {
		String template = page("""
				<h1>职业病危害项目申报回执</h1><p th:text="${line}">x</p>
				<img th:src="${qr}" width="120" height="120"/>""");
		byte[] pdf = documents().render(template, Map.of("line", "接害人数 合计 42 人", "qr",
				QrCodes.pngDataUri("http://localhost:8080/verify/ABC", 240)), Locale.SIMPLIFIED_CHINESE);

		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String text = pdfToText(pdf);
		assertThat(text).contains("职业病危害项目申报回执").contains("接害人数 合计 42 人");
	}

	@Test
	void everyDocumentHasItsOwnTextWhenTheParsedFontIsReusedAcrossThreads() throws Exception {
		PdfDocuments documents = documents();
		String template = page("<p th:text=\"${line}\">x</p>");
		// each document needs glyphs the others do not: a reused face must embed each document's own subset
		List<String> lines = List.of("培训合格证书 第一号", "职业健康管理员 第二号", "粉尘噪声检测 第三号", "诊断鉴定机构 第四号",
				"危害因素申报 第五号", "整改复查意见 第六号");
		ExecutorService threads = Executors.newFixedThreadPool(3);
		try {
			List<Future<byte[]>> pdfs = new ArrayList<>();
			for (int round = 0; round < 2; round++) {
				for (String line : lines) {
					pdfs.add(threads.submit(() -> documents.render(template, Map.of("line", line), Locale.SIMPLIFIED_CHINESE)));
				}
			}
			for (int i = 0; i < pdfs.size(); i++) {
				assertThat(pdfToText(pdfs.get(i).get(60, TimeUnit.SECONDS))).contains(lines.get(i % lines.size()));
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void encodesATextThatAQrReaderDecodes() throws Exception {
		String url = "https://ohs.example.cn/verify/7K3M9Q2X";
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(url, 200)));
		String decoded = new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
		assertThat(decoded).isEqualTo(url);
		assertThat(QrCodes.pngDataUri(url, 200)).startsWith("data:image/png;base64,iVBOR");
	}

	private String pdfToText(byte[] pdf) throws IOException, InterruptedException {
		Path file = this.temp.resolve("document.pdf");
		Files.write(file, pdf);
		Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true)
			.start();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(text).isZero();
		return text;
	}

}
