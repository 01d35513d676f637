package org.ohsonline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Migrates one PostgreSQL schema per module, each from its own folder {@code db/migration/<module>}
 * with its own history table, so modules number their migrations independently (see
 * docs/decisions/0002-one-schema-per-module.md).
 */
public class SchemaMigrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final Pattern MODULE_FOLDER = Pattern.compile(".*/db/migration/([a-z_]+)/[^/]+\\.sql$");

	private final DataSource dataSource;

	public SchemaMigrations(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() {
		List<String> modules = modules();
		List<String> migrated = new ArrayList<>();
		for (String module : modules) {
			var result = Flyway.configure()
				.dataSource(this.dataSource)
				.schemas(module)
				.createSchemas(true)
				.locations("classpath:db/migration/" + module)
				.table("flyway_schema_history")
				.load()
				.migrate();
			if (result.migrationsExecuted > 0) {
				migrated.add(module + " → " + result.targetSchemaVersion + " (" + result.migrationsExecuted + ")");
			}
		}
		// One line, not one per schema: what changed, or that nothing needed to.
		if (migrated.isEmpty()) {
			log.info("Database schemas: all {} up to date", modules.size());
		}
		else {
			log.info("Database schemas: {} of {} migrated: {}", migrated.size(), modules.size(), String.join(", ", migrated));
		}
	}

	static List<String> modules() {
		try {
			Resource[] scripts = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:db/migration/*/*.sql");
			return Arrays.stream(scripts)
				.map(SchemaMigrations::moduleOf)
				.filter(Objects::nonNull)
				.distinct()
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the migration folders", ex);
		}
	}

	private static String moduleOf(Resource script) {
		try {
			Matcher matcher = MODULE_FOLDER.matcher(script.getURL().toString());
			return matcher.matches() ? matcher.group(1) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
