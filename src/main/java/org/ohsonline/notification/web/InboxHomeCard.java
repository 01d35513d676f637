package org.ohsonline.notification.web;

import org.ohsonline.notification.Inbox;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Everyone's unread notices: reminders, overdue reports and answers arrive there. */
@Configuration(proxyBeanMethods = false)
class InboxHomeCard {

	private final Inbox inbox;

	InboxHomeCard(Inbox inbox) {
		this.inbox = inbox;
	}

	@Bean
	HomeCard inboxCard() {
		return HomeCard.of("inbox", "notification.home.title", 100, "notification:inbox:read", java.util.Set.of(),
				actor -> View.of(Line.count("inbox-unread", "notification.home.unread", this.inbox.unreadCount(actor),
						"/inbox?unread=true", Urgency.TO_DO)));
	}

}
