package org.ohsonline.shared.web;

import java.time.LocalTime;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.StringSchema;
import org.ohsonline.shared.Actor;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The OpenAPI description at {@code /v3/api-docs}: schemas named by {@link SchemaNames}, so that no
 * two request or response types share (and overwrite) one schema.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static {
		// The caller comes from the bearer token (resolved by iam), never from a request parameter:
		// the description must not ask clients for an "actor".
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
		// A time of day travels as "08:30" or "08:30:00" (ISO 8601), never as an object of its parts.
		SpringDocUtils.getConfig()
			.replaceWithSchema(LocalTime.class, new StringSchema().format("partial-time").example("08:30:00"));
	}

	/**
	 * swagger-core's own resolver with our names. springdoc registers every {@code ModelConverter}
	 * bean with swagger-core and drops the registered converter of the same class, so this one
	 * replaces the default {@link ModelResolver}. Being first in order, it is registered first and
	 * so ends up last in the chain, behind springdoc's converters, where the default one was.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ModelResolver schemaNamingModelResolver(ObjectProvider<SpringDocConfigProperties> settings) {
		// Without the API description (production's default) springdoc has no settings; the resolver then serves nobody.
		SpringDocConfigProperties springDoc = settings.getIfAvailable();
		if (springDoc != null && springDoc.isOpenapi31()) {
			return new ModelResolver(Json31.mapper(), new SchemaNames()).openapi31(true);
		}
		return new ModelResolver(Json.mapper(), new SchemaNames());
	}

}
