package org.ohsonline.iam.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

/**
 * How console session attributes are written to the database (Spring Session JDBC, decision 0023):
 * Java serialization, as Spring Session does by default, except that an attribute that no longer
 * reads — written by an older release whose classes changed — is dropped instead of failing every
 * request of that session: a principal that does not read leaves the session signed out.
 */
@Configuration(proxyBeanMethods = false)
class SessionSerialization {

	private static final Logger log = LoggerFactory.getLogger(SessionSerialization.class);

	@Bean("springSessionConversionService")
	ConversionService springSessionConversionService() {
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		DeserializingConverter deserializing = new DeserializingConverter(getClass().getClassLoader());
		conversions.addConverter(byte[].class, Object.class, bytes -> {
			try {
				return deserializing.convert(bytes);
			}
			catch (RuntimeException ex) {
				log.info("A session attribute written by another release could not be read and was dropped: {}",
						ex.getMessage());
				return null;
			}
		});
		return conversions;
	}

}
