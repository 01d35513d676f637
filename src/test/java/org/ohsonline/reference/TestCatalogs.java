package org.ohsonline.reference;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ohsonline.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fresh catalogs for integration tests, one per test, so that loading versions never changes the
 * bundled catalogs other tests count on. There is no facade for creating a catalog (catalogs come
 * with migrations), so the fixture writes the module's own table.
 */
public final class TestCatalogs {

	/** A small valid hierarchy in the upload format. */
	public static final String VALID_CSV = """
			code,name,parent_code,level,note
			T,测试门类,,1,顶层
			T1,测试大类,T,2,
			T11,测试中类,T1,3,
			T12,另一中类,T1,3,说明
			""";

	private TestCatalogs() {
	}

	/** Creates an empty catalog with a unique code and returns the code. */
	public static String create(JdbcClient jdbc) {
		String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("insert into reference.catalog (code, name_zh, name_en, description)"
				+ " values (:code, '测试目录', 'Test catalog', 'created by a test')")
			.param("code", code)
			.update();
		return code;
	}

	/** Creates a catalog whose first version (edition v1, effective 2020-01-01) is in force. */
	public static String createWithVersion(JdbcClient jdbc, CatalogAdministration administration) {
		String code = create(jdbc);
		administration.load(Actor.system("test"), new NewCatalogVersion(code, "v1", LocalDate.of(2020, 1, 1),
				"测试用目录", null, List.of(new CatalogEntry("T", "测试门类", null, 1, null),
						new CatalogEntry("T1", "测试大类", "T", 2, null))));
		return code;
	}

	public static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
