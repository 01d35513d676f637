package org.ohsonline.shared.exchange;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a document of one business type, streamed (StAX): the header of 第一章 五 from the settings, then
 * records one at a time. Values the platform does not hold are written as empty elements, so the
 * structure stays complete and nothing is invented.
 */
public final class ExchangeWriter implements AutoCloseable {

	/** D8 dates (yyyyMMdd). */
	public static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

	private final XMLStreamWriter xml;

	private int depth;

	public ExchangeWriter(OutputStream out, BusinessType type, String documentId, ExchangeSettings settings) {
		try {
			this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			this.xml.writeStartDocument("UTF-8", "1.0");
			open("DataExchange");
			open("Header");
			leaf("DocumentId", documentId);
			leaf("OperateType", "Add");
			// 业务活动类型: 职业病 NEWOMAR, the only activity of the specification.
			leaf("BusinessActivityIdentification", "NEWOMAR");
			leaf("ReportOrgCode", settings.reportOrgCode());
			leaf("License", settings.license());
			leaf("ReportZoneCode", settings.reportZoneCode());
			end();
			open("EventBody");
			open(type.list());
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Opens a record with its {@code ID} attribute (数据唯一标识). */
	public void record(String name, String id) {
		try {
			newline();
			this.xml.writeStartElement(name);
			if (id != null) {
				this.xml.writeAttribute("ID", id);
			}
			this.depth++;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void open(String name) {
		try {
			newline();
			this.xml.writeStartElement(name);
			this.depth++;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void end() {
		try {
			this.depth--;
			newline();
			this.xml.writeEndElement();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An element with a value, or empty when the platform holds none. */
	public void leaf(String name, String value) {
		try {
			newline();
			if (value == null || value.isEmpty()) {
				this.xml.writeEmptyElement(name);
			}
			else {
				this.xml.writeStartElement(name);
				this.xml.writeCharacters(value);
				this.xml.writeEndElement();
			}
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void date(String name, LocalDate value) {
		leaf(name, value == null ? null : D8.format(value));
	}

	/** A text cut to the element's maximum length (AN..n). */
	public static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	/** A region code as the exchange's 9-digit area codes (a county 330105 is 330105000). */
	public static String nineDigits(String region) {
		if (region == null || region.isEmpty()) {
			return null;
		}
		String digits = region.length() > 9 ? region.substring(0, 9) : region;
		return digits + "0".repeat(9 - digits.length());
	}

	/** The platform's region code of a 9-digit area code: trailing zero groups dropped (330105000 is 330105). */
	public static String regionOf(String nineDigits) {
		if (nineDigits == null) {
			return null;
		}
		if (nineDigits.endsWith("000") && nineDigits.length() == 9) {
			String county = nineDigits.substring(0, 6);
			if (county.endsWith("0000")) {
				return county.substring(0, 2);
			}
			return county.endsWith("00") ? county.substring(0, 4) : county;
		}
		return nineDigits;
	}

	private void newline() throws XMLStreamException {
		this.xml.writeCharacters("\n" + "  ".repeat(this.depth));
	}

	@Override
	public void close() {
		try {
			end();
			end();
			end();
			this.xml.writeCharacters("\n");
			this.xml.writeEndDocument();
			this.xml.flush();
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
