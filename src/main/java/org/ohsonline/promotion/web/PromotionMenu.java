package org.ohsonline.promotion.web;

import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 健康促进 in the menu bar (orders 91–94, the promotion group): healthy enterprises, model enterprises and health champions. */
@Configuration(proxyBeanMethods = false)
class PromotionMenu {

	@Bean
	MenuItem promotionHealthyMenuItem() {
		return new MenuItem(91, "promotion.menu.healthy", "/promotion/healthy", "promotion:healthy:read");
	}

	@Bean
	MenuItem promotionChampionsMenuItem() {
		return new MenuItem(93, "promotion.menu.champions", "/promotion/champions", "promotion:champion:read");
	}

	@Bean
	MenuItem promotionModelsMenuItem() {
		return new MenuItem(92, "promotion.menu.models", "/promotion/models", "promotion:healthy:read");
	}

}
