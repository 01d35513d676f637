package org.ohsonline.iam.internal;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ohsonline.shared.ExpiringCache;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.support.AbstractMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names of custom roles wherever a page names a role by its message key ({@code role.<code>}): the
 * bundles hold the built-in roles; a role an administrator adds has its names in the role table, and
 * is looked up there through the application's message source (as its parent, so the bundles win).
 * Without it a custom role showed as {@code ??role.MX_MATRIX_en??}. Names are read again after at
 * most ten seconds, so a renamed role shows its new name on every instance soon.
 */
@Component
class RoleNames implements SmartInitializingSingleton {

	private static final String PREFIX = "role.";

	private final MessageSource messageSource;

	private final JdbcClient jdbc;

	private final ExpiringCache<String, Map<String, List<String>>> names = new ExpiringCache<>(Duration.ofSeconds(10), 1,
			Clock.systemUTC());

	RoleNames(MessageSource messageSource, JdbcClient jdbc) {
		this.messageSource = messageSource;
		this.jdbc = jdbc;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.messageSource instanceof HierarchicalMessageSource hierarchical
				&& hierarchical.getParentMessageSource() == null) {
			hierarchical.setParentMessageSource(new CustomRoleMessages());
		}
	}

	/** After a role was added or renamed: read the names again once the transaction ends. */
	void forget() {
		this.names.invalidateAll();
	}

	/** Role code → its names (Chinese, English), of the roles that are not built in. */
	private Map<String, List<String>> custom() {
		Optional<Map<String, List<String>>> cached = this.names.get("all");
		if (cached.isPresent()) {
			return cached.get();
		}
		long generation = this.names.generation();
		Map<String, List<String>> loaded = this.jdbc.sql("select code, name_zh, name_en from iam.role where not system_role")
			.query((rs, n) -> Map.entry(rs.getString(1), List.of(rs.getString(2), rs.getString(3))))
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
		this.names.put("all", loaded, generation);
		return loaded;
	}

	private final class CustomRoleMessages extends AbstractMessageSource {

		@Override
		protected String resolveCodeWithoutArguments(String code, Locale locale) {
			if (code == null || !code.startsWith(PREFIX)) {
				return null;
			}
			List<String> role = custom().get(code.substring(PREFIX.length()));
			if (role == null) {
				return null;
			}
			return "en".equals(locale.getLanguage()) ? role.get(1) : role.get(0);
		}

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			String name = resolveCodeWithoutArguments(code, locale);
			return name == null ? null : createMessageFormat(name.replace("'", "''"), locale);
		}

	}

}
