package org.ohsonline.reference.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.ohsonline.reference.NewCatalogVersion;
import org.ohsonline.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the catalogs bundled under {@code src/main/resources/reference} (see its README for the
 * sources) as the first version of each empty catalog, in every mode: reference data is not demo
 * data.
 */
@Component
@Order(0)
class BundledCatalogs implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BundledCatalogs.class);

	private final CatalogLoader loader;

	private final JdbcClient jdbc;

	BundledCatalogs(CatalogLoader loader, JdbcClient jdbc) {
		this.loader = loader;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		loadIfEmpty(CatalogStore.DIVISIONS, "NBS-2023", LocalDate.of(2023, 6, 30),
				"国家统计局 统计用区划代码 2023 (浙江省), GB/T 2260 county codes", "reference/divisions-zhejiang-2023.csv");
		loadIfEmpty(CatalogStore.INDUSTRIES, "GB/T 4754-2017", LocalDate.of(2017, 10, 1),
				"GB/T 4754-2017 国民经济行业分类; 199 group names missing from the bundled source",
				"reference/industries-gbt4754-2017.csv");
	}

	private void loadIfEmpty(String catalog, String edition, LocalDate effective, String source, String resource) {
		long versions = this.jdbc.sql("select count(*) from reference.catalog_version where catalog_code = :c")
			.param("c", catalog)
			.query(Long.class)
			.single();
		if (versions > 0) {
			return;
		}
		CatalogFileReader.CatalogFile file = read(resource);
		this.loader.load(Actor.system("bundled-reference"), new NewCatalogVersion(catalog, edition, effective, source,
				"Bundled with the application", file.entries(), file.rows()));
		log.info("Loaded catalog {} edition {} ({} entries)", catalog, edition, file.entries().size());
	}

	/** Reads a bundled CSV with the same reader as uploads; a bundled file must be flawless. */
	static CatalogFileReader.CatalogFile read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			CatalogFileReader.CatalogFile file = CatalogFileReader.csv(in);
			if (!file.problems().isEmpty()) {
				throw new IllegalStateException("Bundled catalog " + resource + " is malformed: " + file.problems());
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read bundled catalog " + resource, ex);
		}
	}

}
