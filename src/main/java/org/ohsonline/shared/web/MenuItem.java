package org.ohsonline.shared.web;

import java.util.function.Predicate;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/**
 * An entry of the console's main menu, contributed by the module that owns the page as a bean.
 * The console shows it only to users holding the permission.
 *
 * @param order position in the menu (lower first); its tens choose the menu-bar group (see the console's MenuGroup)
 * @param labelKey message key of the label
 * @param path the page
 * @param permission the permission needed to see the entry
 * @param scopeKind the kind of scope a user needs to see the entry (e.g. 本单位 only for an
 * employer's own staff), or {@code null} for any
 * @param condition a further condition for users the permission and scope kind do not tell apart
 * (an exam institution's staff from a diagnosis institution's, who hold the same role), or
 * {@code null} for none; it runs on every page, so it must be cheap (cached)
 */
public record MenuItem(int order, String labelKey, String path, String permission, Scope.Kind scopeKind,
		Predicate<Actor> condition) {

	public MenuItem(int order, String labelKey, String path, String permission) {
		this(order, labelKey, path, permission, null, null);
	}

	public MenuItem(int order, String labelKey, String path, String permission, Scope.Kind scopeKind) {
		this(order, labelKey, path, permission, scopeKind, null);
	}

	/** Whether the actor sees the entry: the permission, the scope kind and the condition. */
	public boolean visibleTo(Actor actor) {
		return actor != null && (this.permission == null || actor.can(this.permission))
				&& (this.scopeKind == null || this.scopeKind == actor.scope().kind())
				&& (this.condition == null || this.condition.test(actor));
	}

	/** The same entry, shown only to actors meeting the condition as well. */
	public MenuItem when(Predicate<Actor> condition) {
		return new MenuItem(this.order, this.labelKey, this.path, this.permission, this.scopeKind, condition);
	}

}
