package org.ohsonline.console;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.shared.ExpiringCache;
import org.ohsonline.shared.web.MenuItem;
import org.ohsonline.shared.web.TemplateFragments;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The menu bar's entries as rendered markup, reused for every page of every user who sees the same entries in the same
 * language. Rendering them (a link and a message per entry, some forty for a supervisor) was most of a console page's
 * rendering, while the markup depends on nothing but the entries visible, the language and the context path: no
 * user's data, no session (sessions are tracked by cookie only, never in links). The messages and entries do not
 * change while the application runs; the time to live only lets unused menus go.
 */
@Component
class MenuMarkup {

	private record Key(List<MenuItem> items, Locale locale, String contextPath) {
	}

	/** Looked up on first use: the renderer needs Spring MVC's beans, which need the console's configuration. */
	private final ObjectProvider<TemplateFragments> fragments;

	private final ExpiringCache<Key, String> rendered;

	MenuMarkup(ObjectProvider<TemplateFragments> fragments) {
		this.fragments = fragments;
		// The system clock, not the application's bean: this is made with the web configuration, before that bean.
		this.rendered = new ExpiringCache<>(Duration.ofHours(1), 1_000, Clock.systemUTC());
	}

	String html(List<MenuItem> items, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return this.rendered.get(new Key(items, locale, request.getContextPath()),
				() -> this.fragments.getObject().render("fragments", "menuEntries", Map.of("menu", ConsoleModel.groups(items)), locale,
						request, response));
	}

}
