package org.ohsonline.shared.web;

/**
 * An entry of the console's main menu, contributed by the module that owns the page as a bean.
 * The console shows it only to users holding the permission.
 *
 * @param order position in the menu (lower first)
 * @param labelKey message key of the label
 * @param path the page
 * @param permission the permission needed to see the entry
 */
public record MenuItem(int order, String labelKey, String path, String permission) {
}
