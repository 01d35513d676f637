package org.ohsonline.diagnosis.web;

import java.util.List;
import java.util.Locale;

import org.ohsonline.shared.Text;
import org.ohsonline.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/** Small helpers the diagnosis controllers share. */
final class Web {

	private Web() {
	}


	/** The query string of the non-empty parameters, in order (name, value, name, value …). */
	static String query(Object... pairs) {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		for (int i = 0; i < pairs.length; i += 2) {
			Object value = pairs[i + 1];
			builder.queryParam((String) pairs[i], value == null ? "" : value.toString());
		}
		return builder.encode().build().getQuery();
	}

	/** The errors of a refused step in the reader's language, for the flash above the forms. */
	static List<String> messages(InvalidInputException ex, MessageSource messages, Locale locale) {
		return ex.errors()
			.stream()
			.map(e -> messages.getMessage(e.code(), e.arguments().stream().map(String::valueOf).toArray(),
					e.code(), locale))
			.toList();
	}

	static String message(MessageSource messages, String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}

}
