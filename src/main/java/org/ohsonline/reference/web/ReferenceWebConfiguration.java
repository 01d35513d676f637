package org.ohsonline.reference.web;

import org.ohsonline.shared.web.MenuItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the catalogs into the console menu of those who may read them. */
@Configuration(proxyBeanMethods = false)
class ReferenceWebConfiguration {

	static final String READ = "reference:catalog:read";

	static final String WRITE = "reference:catalog:write";

	@Bean
	MenuItem catalogsMenuItem() {
		return new MenuItem(80, "nav.catalogs", "/catalogs", READ);
	}

}
