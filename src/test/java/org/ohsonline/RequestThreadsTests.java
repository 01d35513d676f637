package org.ohsonline;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request threads of application.properties (decision 0040): 8, about four a core of the two-core
 * machine the API is measured on, unless the operator sets {@code OHS_REQUEST_THREADS} for a larger one.
 */
class RequestThreadsTests {

	@Test
	void servesWithEightRequestThreadsUnlessTheOperatorSetsAnotherNumber() throws IOException {
		assertThat(maxThreads(Map.of())).isEqualTo(8);
		assertThat(maxThreads(Map.of("OHS_REQUEST_THREADS", "32"))).isEqualTo(32);
	}

	private static int maxThreads(Map<String, Object> environment) throws IOException {
		MutablePropertySources sources = new MutablePropertySources();
		sources.addFirst(new MapPropertySource("environment", environment));
		sources.addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
		return new PropertySourcesPropertyResolver(sources).getRequiredProperty("server.tomcat.threads.max",
				Integer.class);
	}

}
