package org.ohsonline.shared.exchange;

import java.util.List;

import org.ohsonline.shared.InvalidInputException;
import org.w3c.dom.Element;

/**
 * A received document of one business type: its header and its records, read with {@link ExchangeXml}.
 * The whole document is refused (and nothing recorded) when it is not an exchange document, has no
 * DocumentId, asks for another operation than {@code Add}, is of another business type, has no
 * records or more than the limit.
 */
public record ExchangeDocument(String documentId, BusinessType type, List<Element> records) {

	public static ExchangeDocument read(byte[] bytes, BusinessType type, int maxRecords) {
		Element root = ExchangeXml.parse(bytes).getDocumentElement();
		if (!"DataExchange".equals(root.getTagName())) {
			throw InvalidInputException.of("document", "exchange.notExchange", root.getTagName());
		}
		Element header = ExchangeXml.child(root, "Header");
		String documentId = ExchangeXml.text(ExchangeXml.child(header, "DocumentId"));
		if (documentId == null) {
			throw InvalidInputException.of("Header/DocumentId", "exchange.documentIdRequired");
		}
		if (documentId.length() > 200) {
			throw InvalidInputException.of("Header/DocumentId", "exchange.tooLong", 200);
		}
		String operation = ExchangeXml.text(ExchangeXml.child(header, "OperateType"));
		if (operation != null && !"Add".equals(operation)) {
			throw InvalidInputException.of("Header/OperateType", "exchange.operationUnsupported", operation);
		}
		Element body = ExchangeXml.child(root, "EventBody");
		Element list = ExchangeXml.child(body, type.list());
		if (list == null && body != null) {
			for (BusinessType other : BusinessType.ALL) {
				if (!other.equals(type) && ExchangeXml.child(body, other.list()) != null) {
					throw InvalidInputException.of("EventBody", "exchange.otherType", other.name(), type.name());
				}
			}
		}
		List<Element> records = ExchangeXml.children(list, type.record());
		if (records.isEmpty()) {
			throw InvalidInputException.of("EventBody/" + type.list(), "exchange.noRecords");
		}
		if (records.size() > maxRecords) {
			throw InvalidInputException.of("EventBody/" + type.list(), "exchange.tooMany", maxRecords);
		}
		return new ExchangeDocument(documentId.trim(), type, List.copyOf(records));
	}

}
