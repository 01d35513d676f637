package org.ohsonline.console;

import java.util.List;

import org.ohsonline.shared.web.HomeCard;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The texts of home cards in the page's language, for the template as {@code ${@homeText.label(l)}}
 * and {@code ${@homeText.arguments(line.arguments)}}: a {@link HomeCard.Label} is a message, a value or
 * a region named from the division catalog; other arguments are shown as they are.
 */
@Component("homeText")
class HomeTexts {

	private final MessageSource messages;

	private final Formats formats;

	HomeTexts(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	public String label(HomeCard.Label label) {
		if (label == null) {
			return "";
		}
		if (label.key() != null) {
			return this.messages.getMessage(label.key(), null, label.text() != null ? label.text() : label.key(),
					LocaleContextHolder.getLocale());
		}
		return label.region() != null ? this.formats.region(label.region()) : label.text();
	}

	/** The arguments of a message, labels resolved. */
	public Object[] arguments(List<Object> arguments) {
		return arguments.stream().map(a -> a instanceof HomeCard.Label l ? label(l) : a).toArray();
	}

}
