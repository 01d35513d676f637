package org.ohsonline.risk.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** Message lookups for exports (a cell is text in the reader's language). */
final class Words {

	private Words() {
	}

	static String of(MessageSource messages, String code, Locale locale) {
		return code == null ? "" : messages.getMessage(code, null, code, locale);
	}

}
