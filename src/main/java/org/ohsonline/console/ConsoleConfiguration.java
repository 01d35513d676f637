package org.ohsonline.console;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * zh-CN by default; {@code ?lang=en} switches to English and a cookie remembers the choice. Any
 * other language, in the parameter or the cookie, is zh-CN (see {@link SupportedLocales}).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleConfiguration implements WebMvcConfigurer {

	private final ConsoleModel model;

	ConsoleConfiguration(ConsoleModel model) {
		this.model = model;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver();
		resolver.setDefaultLocale(SupportedLocales.DEFAULT);
		// A cookie that is not a locale at all is ignored like a missing one, not answered with a 500.
		resolver.setRejectInvalidCookies(false);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {

			@Override
			protected Locale parseLocaleValue(String value) {
				return SupportedLocales.of(value);
			}

		};
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
		registry.addInterceptor(this.model).excludePathPatterns("/api/**");
	}

	/** The cookie resolver, narrowed to the supported locales whatever the cookie says. */
	static final class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super("ohs-lang");
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return SupportedLocales.of(super.resolveLocale(request));
		}

		/** Lazy like the cookie resolver's own, so that {@code ?lang=} read later in the request still counts. */
		@Override
		public LocaleContext resolveLocaleContext(HttpServletRequest request) {
			LocaleContext context = super.resolveLocaleContext(request);
			return () -> SupportedLocales.of(context.getLocale());
		}

		@Override
		public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
			super.setLocaleContext(request, response,
					new SimpleLocaleContext(SupportedLocales.of(context == null ? null : context.getLocale())));
		}

	}

}
