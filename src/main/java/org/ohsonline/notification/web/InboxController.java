package org.ohsonline.notification.web;

import org.ohsonline.notification.Inbox;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inbox: newest first, unread marked; opening a notice marks it read and follows its link. */
@Controller
@PreAuthorize("hasAuthority('notification:inbox:read')")
class InboxController {

	static final String INBOX = "notification/inbox";

	private final Inbox inbox;

	InboxController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/inbox")
	String list(Actor actor, @RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(required = false) Integer page,
			@org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		model.addAttribute("page", this.inbox.list(actor, unread, PageQuery.of(page, 20)));
		model.addAttribute("unread", unread);
		model.addAttribute("unreadCount", this.inbox.unreadCount(actor));
		model.addAttribute("base", "/inbox?unread=" + unread);
		return htmx != null ? INBOX + " :: results" : INBOX;
	}

	@PostMapping("/inbox/{id}/read")
	String read(Actor actor, @PathVariable long id, @RequestParam(required = false) String link) {
		this.inbox.markRead(actor, id);
		// Only links inside the console are followed.
		return "redirect:" + (link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/inbox");
	}

	@Configuration(proxyBeanMethods = false)
	static class InboxMenu {

		@Bean
		MenuItem inboxMenuItem() {
			return new MenuItem(100, "nav.inbox", "/inbox", "notification:inbox:read");
		}

	}

}
