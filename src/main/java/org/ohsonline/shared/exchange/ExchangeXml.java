package org.ohsonline.shared.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.ohsonline.shared.InvalidInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import org.springframework.core.io.ClassPathResource;

/**
 * The exchange's XML, read safely: DTDs are refused outright, external entities and schemas are not
 * loaded, XInclude is off (OWASP XXE prevention); schemas come from the classpath only.
 */
public final class ExchangeXml {

	private ExchangeXml() {
	}

	/** A schema bundled under {@code exchange/}, with external access off. */
	public static Schema schema(String resource) {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			return factory.newSchema(new StreamSource(new ClassPathResource(resource).getInputStream()));
		}
		catch (SAXException | IOException ex) {
			throw new IllegalStateException("The exchange schema " + resource + " cannot be loaded", ex);
		}
	}

	/** The first violation of the schema by an element (a record), or {@code null}. */
	public static String problem(Schema schema, Element element) {
		return problem(schema, new DOMSource(element));
	}

	/**
	 * The first violation of the schema by a whole document the platform wrote, or {@code null}: streamed (no
	 * tree of a large export in memory), with external DTDs and schemas off as for received documents.
	 */
	public static String problem(Schema schema, byte[] document) {
		return problem(schema, new StreamSource(new ByteArrayInputStream(document)));
	}

	private static String problem(Schema schema, Source source) {
		try {
			Validator validator = schema.newValidator();
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.validate(source);
			return null;
		}
		catch (SAXException ex) {
			return ex.getMessage();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static DocumentBuilder secureBuilder() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			factory.setNamespaceAware(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("XML parser cannot be hardened", ex);
		}
	}

	/**
	 * Parses a document.
	 * @throws InvalidInputException ({@code exchange.empty}, {@code exchange.doctype}, {@code exchange.malformed})
	 */
	public static Document parse(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw InvalidInputException.of("document", "exchange.empty");
		}
		try {
			return secureBuilder().parse(new ByteArrayInputStream(bytes));
		}
		catch (SAXParseException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("DOCTYPE")) {
				throw InvalidInputException.of("document", "exchange.doctype");
			}
			throw InvalidInputException.of("document", "exchange.malformed", ex.getLineNumber(), ex.getMessage());
		}
		catch (SAXException | IOException ex) {
			throw InvalidInputException.of("document", "exchange.malformed", 0, ex.getMessage());
		}
	}

	public static Element child(Element parent, String name) {
		if (parent == null) {
			return null;
		}
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && name.equals(e.getTagName())) {
				return e;
			}
		}
		return null;
	}

	public static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		if (parent == null) {
			return found;
		}
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && name.equals(e.getTagName())) {
				found.add(e);
			}
		}
		return found;
	}

	/** The element's trimmed text, or {@code null} when absent or empty. */
	public static String text(Element element) {
		if (element == null) {
			return null;
		}
		String text = element.getTextContent();
		return text == null || text.isBlank() ? null : text.trim();
	}

	/** The record's {@code ID} attribute (the samples also write {@code id}), or {@code null}. */
	public static String recordId(Element record) {
		String id = record.getAttribute("ID");
		if (id.isEmpty()) {
			id = record.getAttribute("id");
		}
		return id.isEmpty() ? null : id;
	}

}
