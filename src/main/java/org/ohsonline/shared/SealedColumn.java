package org.ohsonline.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A column of personal data sealed with {@link PiiCipher}, declared by the module that owns its table
 * ({@link SealedData}) so that a rotation of the secret key (decision 0024) re-encrypts it.
 *
 * @param table the schema-qualified table ({@code registry.worker})
 * @param walk a {@code bigint} column the rotation walks the table by, in order (the primary key, or
 * the parent's id for a table without one: all rows of one value are taken together)
 * @param column the sealed column
 * @param index the column holding the blind index of the same value, recomputed with it; {@code null}
 * if none
 */
public record SealedColumn(String table, String walk, String column, String index) {

	private static final Pattern TABLE = Pattern.compile("[a-z_]+\\.[a-z_]+");

	private static final Pattern COLUMN = Pattern.compile("[a-z_]+");

	public SealedColumn {
		// Names go into SQL as identifiers: only plain lower-case names, fixed in code.
		if (!TABLE.matcher(Objects.requireNonNull(table)).matches() || !COLUMN.matcher(walk).matches()
				|| !COLUMN.matcher(column).matches() || (index != null && !COLUMN.matcher(index).matches())) {
			throw new IllegalArgumentException("Not a plain table or column name: " + table + "." + column);
		}
	}

	public static SealedColumn of(String table, String walk, String column) {
		return new SealedColumn(table, walk, column, null);
	}

	public static SealedColumn indexed(String table, String walk, String column, String index) {
		return new SealedColumn(table, walk, column, index);
	}

	/** {@code schema.table.column}: how progress and the audit trail name it. */
	public String name() {
		return this.table + "." + this.column;
	}

}
