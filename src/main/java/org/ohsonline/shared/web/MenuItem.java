package org.ohsonline.shared.web;

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
 */
public record MenuItem(int order, String labelKey, String path, String permission, Scope.Kind scopeKind) {

	public MenuItem(int order, String labelKey, String path, String permission) {
		this(order, labelKey, path, permission, null);
	}

}
