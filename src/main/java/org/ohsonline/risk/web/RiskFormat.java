package org.ohsonline.risk.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns the arguments of rule-path steps and facts into words for templates ({@code @riskFormat.args(…)}):
 * the names of classes, lights, levels, grades, natures and testing kinds stored as codes become the
 * reader's words (甲类（低风险）, 红灯, Ⅱ级…); any other argument stays as it is.
 */
@Component("riskFormat")
class RiskFormat {

	private final MessageSource messages;

	RiskFormat(MessageSource messages) {
		this.messages = messages;
	}

	public Object[] args(List<String> arguments) {
		return arguments.stream()
			.map(a -> this.messages.getMessage("risk.word." + a, null, a, LocaleContextHolder.getLocale()))
			.toArray();
	}

}
