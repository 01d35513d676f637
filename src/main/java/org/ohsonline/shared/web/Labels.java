package org.ohsonline.shared.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts stored as a message key and arguments (inbox notices, timeline entries), rendered in the
 * reader's language. An argument written {@code #{key}} is itself a label — a kind of alert, who
 * applied — and is resolved in the same language, so stored texts carry no codes and no language.
 * Templates use it as {@code ${@labels.message(key, arguments)}}.
 */
@Component("labels")
public class Labels {

	private final MessageSource messages;

	Labels(MessageSource messages) {
		this.messages = messages;
	}

	public String message(String key, List<String> arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		Object[] resolved = arguments == null ? new Object[0] : arguments.stream().map(a -> label(a, locale)).toArray();
		return this.messages.getMessage(key, resolved, key, locale);
	}

	/** A label argument for {@link #message}: {@code #{key}}. */
	public static String of(String key) {
		return "#{" + key + "}";
	}

	private String label(String argument, Locale locale) {
		if (argument != null && argument.startsWith("#{") && argument.endsWith("}")) {
			String key = argument.substring(2, argument.length() - 1);
			return this.messages.getMessage(key, null, key, locale);
		}
		return argument;
	}

}
