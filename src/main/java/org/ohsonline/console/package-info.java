/**
 * The console shell: layout, role-aware navigation, language switch, the home page per role, and
 * error pages. Pages of other modules plug into the layout; this module only reads their facades.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package org.ohsonline.console;
