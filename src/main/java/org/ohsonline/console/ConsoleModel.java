package org.ohsonline.console;

import java.util.Comparator;
import java.util.List;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.web.MenuItem;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user and the menu they may see into every page's model. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ConsoleModel {

	private final List<MenuItem> menu;

	ConsoleModel(List<MenuItem> menu) {
		this.menu = menu.stream().sorted(Comparator.comparingInt(MenuItem::order)).toList();
	}

	@ModelAttribute("currentUser")
	Actor currentUser(Actor actor) {
		return actor;
	}

	@ModelAttribute("menu")
	List<MenuItem> menu(Actor actor) {
		if (actor == null) {
			return List.of();
		}
		return this.menu.stream()
			.filter(item -> item.permission() == null || actor.can(item.permission()))
			.filter(item -> item.scopeKind() == null || item.scopeKind() == actor.scope().kind())
			.toList();
	}


}
