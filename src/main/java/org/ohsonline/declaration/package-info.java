/**
 * Hazard declarations (职业病危害项目申报): an employer declares its hazard factors, the exposed
 * headcount per factor, the posts and the protective measures; the authority accepts (and a
 * receipt with a QR code is issued) or returns it with reasons. Deadline clocks (申报办法 Arts. 8–9)
 * start from registry events and from other modules through {@link org.ohsonline.declaration.DeclarationClocks};
 * reminders mark clocks due soon and overdue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hazard declarations")
package org.ohsonline.declaration;
