package org.ohsonline.console;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.iam.Actors;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.demo.DemoSeeding;
import org.ohsonline.shared.web.MenuItem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Puts the signed-in user, the menu they may see and how far the demo data has come (the banner
 * that says data is still arriving) into the model of every page about to be rendered. An interceptor rather than {@code @ModelAttribute} methods: those would also run for
 * every API call ({@code @RestController} is a {@code @Controller}) and for redirects, which render
 * nothing.
 */
@Component
class ConsoleModel implements HandlerInterceptor {

	/**
	 * The items, looked up on first use: an item's condition may need beans (a module's facade, the
	 * clock) that are themselves created after the web configuration this interceptor belongs to.
	 */
	private final ObjectProvider<MenuItem> items;

	private volatile List<MenuItem> menu;

	private final Actors actors;

	/** Looked up when a page renders: the seeding's steps reach beans that the console's configuration makes. */
	private final ObjectProvider<DemoSeeding> seeding;

	private final MenuMarkup markup;

	ConsoleModel(ObjectProvider<MenuItem> items, Actors actors, ObjectProvider<DemoSeeding> seeding, MenuMarkup markup) {
		this.items = items;
		this.actors = actors;
		this.seeding = seeding;
		this.markup = markup;
	}

	private List<MenuItem> menu() {
		List<MenuItem> sorted = this.menu;
		if (sorted == null) {
			sorted = this.items.orderedStream().sorted(Comparator.comparingInt(MenuItem::order)).toList();
			this.menu = sorted;
		}
		return sorted;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
			return;
		}
		addTo(page, request, response);
	}

	/**
	 * Adds the user and their menu to a page; also for the error pages of {@link ConsoleErrors},
	 * which the interceptor never sees (a handler that throws is not post-handled), so that an error
	 * keeps the navigation.
	 */
	void addTo(ModelAndView page, HttpServletRequest request, HttpServletResponse response) {
		Actor actor = this.actors.current(request);
		page.addObject("currentUser", actor);
		page.addObject("limits", Limits.byName());
		page.addObject("menuMarkup",
				this.markup.html(menuFor(actor), RequestContextUtils.getLocale(request), request, response));
		DemoSeeding demo = this.seeding.getIfAvailable();
		page.addObject("demoSeeding", demo == null ? DemoSeeding.Progress.off() : demo.progress());
	}

	/** The items in menu-bar groups, in order; see {@link MenuGroup}. */
	static List<MenuGroup> groups(List<MenuItem> items) {
		java.util.Map<String, List<MenuItem>> byGroup = new java.util.LinkedHashMap<>();
		items.forEach(item -> byGroup.computeIfAbsent(MenuGroup.labelKeyFor(item.order()), key -> new java.util.ArrayList<>())
			.add(item));
		return byGroup.entrySet().stream().map(e -> new MenuGroup(e.getKey(), e.getValue())).toList();
	}

	List<MenuItem> menuFor(Actor actor) {
		if (actor == null) {
			return List.of();
		}
		return menu().stream().filter(item -> item.visibleTo(actor)).toList();
	}

}
