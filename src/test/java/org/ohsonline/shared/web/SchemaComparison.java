package org.ohsonline.shared.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

import org.ohsonline.shared.web.WireShapes.Category;
import org.ohsonline.shared.web.WireShapes.Direction;
import org.ohsonline.shared.web.WireShapes.Shape;

/**
 * Walks a documented schema and a Java type side by side: the JSON category, enum values, the
 * properties of objects (by name, then each property's own schema), array items and map values.
 * Collects every difference, and for every named schema the Java types it was met with.
 */
final class SchemaComparison {

	private final WireShapes shapes;

	private final DocumentedSchemas documented;

	private final List<String> mismatches = new ArrayList<>();

	private final Map<String, Set<String>> typesBySchema = new TreeMap<>();

	private final Set<String> compared = new HashSet<>();

	SchemaComparison(WireShapes shapes, DocumentedSchemas documented) {
		this.shapes = shapes;
		this.documented = documented;
	}

	List<String> mismatches() {
		return this.mismatches;
	}

	/** Every schema name met, with the Java types (canonical names) it stood for. */
	Map<String, Set<String>> typesBySchema() {
		return this.typesBySchema;
	}

	/**
	 * Compares the schema documented at {@code where} with the Java type.
	 * @param where the operation and part, e.g. {@code POST /api/v1/x request body}
	 */
	void compare(String where, JavaType type, JsonNode schema, Direction direction) {
		walk(where, where, type, schema, direction);
	}

	private void walk(String where, String path, JavaType type, JsonNode schema, Direction direction) {
		JavaType value = type.isReferenceType() ? type.getReferencedType() : type;
		DocumentedSchemas.Resolved resolved = this.documented.resolve(schema);
		String at = path;
		if (resolved.name() != null) {
			this.typesBySchema.computeIfAbsent(resolved.name(), name -> new TreeSet<>()).add(value.toCanonical());
			if (!this.compared.add(resolved.name() + " " + value.toCanonical() + " " + direction)) {
				return;
			}
			at = where + " → " + resolved.name();
			if (resolved.schema().isMissingNode()) {
				this.mismatches.add(at + ": the reference names no schema of the document");
				return;
			}
		}
		JsonNode node = resolved.schema();
		Shape shape = this.shapes.of(value, direction);
		if (shape.category() == Category.ANY) {
			return;
		}
		Set<String> types = DocumentedSchemas.types(node);
		if (!types.contains(shape.category().json())) {
			this.mismatches.add(at + ": documented as " + (types.isEmpty() ? "any type" : String.join("|", types))
					+ ", but " + describe(value) + " is " + verb(direction) + " as " + shape.category().json());
			return;
		}
		compareEnums(at, value, shape, node);
		switch (shape.category()) {
			case ARRAY -> compareItems(where, at, shape.content(), DocumentedSchemas.items(node), direction);
			case OBJECT -> compareObject(where, at, value, shape, node, direction);
			default -> {
			}
		}
	}

	private void compareEnums(String at, JavaType type, Shape shape, JsonNode node) {
		Set<String> documentedValues = DocumentedSchemas.enumValues(node);
		if (shape.enumValues() == null && documentedValues == null) {
			return;
		}
		if (shape.enumValues() == null) {
			this.mismatches.add(at + ": documented with the values " + documentedValues + ", but " + describe(type)
					+ " is not an enum");
		}
		else if (documentedValues == null) {
			this.mismatches.add(at + ": documented without values, but " + describe(type) + " takes only "
					+ shape.enumValues());
		}
		else if (!new TreeSet<>(documentedValues).equals(new TreeSet<>(shape.enumValues()))) {
			this.mismatches.add(at + ": documented with the values " + documentedValues + ", but " + describe(type)
					+ " takes " + shape.enumValues());
		}
	}

	private void compareItems(String where, String at, JavaType content, JsonNode items, Direction direction) {
		if (items.isMissingNode()) {
			this.mismatches.add(at + ": an array documented without items (" + describe(content) + ")");
			return;
		}
		walk(where, at + "[]", content, items, direction);
	}

	private void compareObject(String where, String at, JavaType type, Shape shape, JsonNode node,
			Direction direction) {
		if (shape.properties() == null) {
			JsonNode values = DocumentedSchemas.additionalProperties(node);
			if (values.isMissingNode() || DocumentedSchemas.hasProperties(node)) {
				this.mismatches.add(at + ": documented as an object with fixed properties, but " + describe(type)
						+ " is a map of " + describe(shape.content()));
				return;
			}
			walk(where, at + "{}", shape.content(), values, direction);
			return;
		}
		Map<String, JsonNode> documentedProperties = this.documented.properties(node);
		Set<String> undocumented = new TreeSet<>(shape.properties().keySet());
		undocumented.removeAll(documentedProperties.keySet());
		Set<String> unknown = new TreeSet<>(documentedProperties.keySet());
		unknown.removeAll(shape.properties().keySet());
		if (!undocumented.isEmpty() || !unknown.isEmpty()) {
			this.mismatches.add(at + ": " + describe(type) + " " + verb(direction) + " " + shape.properties().keySet()
					+ (unknown.isEmpty() ? "" : "; documented but not " + verb(direction) + ": " + unknown)
					+ (undocumented.isEmpty() ? "" : "; " + verb(direction) + " but not documented: " + undocumented));
		}
		shape.properties().forEach((name, propertyType) -> {
			JsonNode property = documentedProperties.get(name);
			if (property != null) {
				walk(where, at + "." + name, propertyType, property, direction);
			}
		});
	}

	private static String verb(Direction direction) {
		return direction == Direction.READ ? "read" : "written";
	}

	private static String describe(JavaType type) {
		return type.toCanonical().replace("org.ohsonline.", "");
	}

}
