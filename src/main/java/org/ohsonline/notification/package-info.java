/**
 * The inbox (站内消息): notices that modules address to an audience — everyone holding a
 * permission over a region or an employer — and that each user reads and marks as read.
 * Outbound channels (SMS, e-mail) are not built yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.ohsonline.notification;
