package org.ohsonline.shared.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders PDF documents from Thymeleaf templates (HTML → PDF with openhtmltopdf). Chinese text
 * uses the WenQuanYi Micro Hei collection bundled under {@code resources/fonts} (see its README for
 * the licence), so a document renders the same on a machine without any CJK font. Templates
 * write well-formed XHTML (void elements closed) and use the font family {@value #FONT_FAMILY}.
 */
@Component
public class PdfDocuments {

	/** The CSS font family under which the bundled font is registered. */
	public static final String FONT_FAMILY = "WenQuanYi Micro Hei";

	private static final String FONT_RESOURCE = "fonts/wqy-microhei.ttc";

	/** The PostScript name of the proportional face inside the collection (the other is the mono face). */
	private static final String FONT_NAME = "WenQuanYiMicroHei";

	private final ITemplateEngine templates;

	private volatile byte[] fontCollection;

	public PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
		PdfLibraryLogging.install();
	}

	/**
	 * Renders a template to PDF.
	 * @param template the template name, as for a page ({@code declaration/receipt})
	 * @param variables the template's model
	 * @param locale the language of the document's labels (official documents are zh-CN)
	 */
	public byte[] render(String template, Map<String, ?> variables, Locale locale) {
		Context context = new Context(locale);
		variables.forEach(context::setVariable);
		return renderHtml(this.templates.process(template, context));
	}

	/** Renders well-formed XHTML to PDF. */
	public byte[] renderHtml(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Face face = borrowFace();
		boolean intact = false;
		try (PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(document);
			builder.useFont(new PDFontSupplier(PDType0Font.load(document, face.font(), true)), FONT_FAMILY);
			builder.withHtmlContent(xhtml, null);
			builder.withProducer("OHS Online");
			builder.toStream(out);
			builder.run();
			intact = true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render the PDF document", ex);
		}
		finally {
			returnFace(face, intact);
		}
		return out.toByteArray();
	}

	/**
	 * The bundled face, parsed. Parsing it (the collection's 5 MB copied twice, its character maps boxed into hash
	 * maps) cost about 30 MB of allocation and most of a certificate's rendering; a parsed face only reads its glyphs
	 * when a document embeds their subset, and is used by one rendering at a time.
	 */
	private record Face(TrueTypeCollection collection, TrueTypeFont font) {

		void close() {
			try {
				this.collection.close();
			}
			catch (IOException ex) {
				// a face in memory: nothing left to release
			}
		}

	}

	/** Parsed faces not in use: at most {@value #FACES_KEPT}, each about 30 MB; a rendering without one parses its own. */
	private final BlockingQueue<Face> faces = new ArrayBlockingQueue<>(FACES_KEPT);

	private static final int FACES_KEPT = 2;

	private Face borrowFace() {
		Face face = this.faces.poll();
		if (face != null) {
			return face;
		}
		// openhtmltopdf cannot open a .ttc itself: take the face out of the collection with PDFBox
		// and hand it over as an embedded (subset) font of each document being written.
		try {
			TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(fontCollection()));
			TrueTypeFont font = collection.getFontByName(FONT_NAME);
			if (font == null) {
				collection.close();
				throw new IllegalStateException(FONT_RESOURCE + " has no face named " + FONT_NAME);
			}
			return new Face(collection, font);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the bundled font " + FONT_RESOURCE, ex);
		}
	}

	/** Keeps a face for the next rendering, unless its rendering failed (it may be half-read) or enough are kept. */
	private void returnFace(Face face, boolean intact) {
		if (!intact || !this.faces.offer(face)) {
			face.close();
		}
	}

	private byte[] fontCollection() throws IOException {
		byte[] bytes = this.fontCollection;
		if (bytes == null) {
			try (InputStream in = new ClassPathResource(FONT_RESOURCE).getInputStream()) {
				bytes = in.readAllBytes();
			}
			this.fontCollection = bytes;
		}
		return bytes;
	}

}
