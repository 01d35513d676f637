package org.ohsonline.shared.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** The schemas of an OpenAPI 3.0 or 3.1 document, read as JSON: references, types, properties, items. */
final class DocumentedSchemas {

	private static final String REF_PREFIX = "#/components/schemas/";

	private final JsonNode components;

	DocumentedSchemas(JsonNode document) {
		this.components = document.path("components").path("schemas");
	}

	Set<String> names() {
		return new LinkedHashSet<>(this.components.propertyNames());
	}

	/**
	 * A schema with its reference followed.
	 * @param name the component's name when the schema is a reference, else {@code null}
	 */
	record Resolved(String name, JsonNode schema) {
	}

	Resolved resolve(JsonNode schema) {
		JsonNode node = schema;
		// swagger-core wraps a reference that carries its own description in a one-element allOf.
		if (!node.has("$ref") && node.path("allOf").size() == 1 && !node.has("properties")) {
			node = node.path("allOf").get(0);
		}
		String ref = node.path("$ref").asString("");
		if (!ref.startsWith(REF_PREFIX)) {
			return new Resolved(null, node);
		}
		String name = ref.substring(REF_PREFIX.length());
		JsonNode target = this.components.path(name);
		return new Resolved(name, target.isMissingNode() ? MissingNode.getInstance() : target);
	}

	/** The JSON types a schema allows ({@code type} as a string or, in 3.1, a list), without {@code null}. */
	static Set<String> types(JsonNode schema) {
		Set<String> types = new LinkedHashSet<>();
		JsonNode type = schema.path("type");
		if (type.isString()) {
			types.add(type.stringValue());
		}
		if (type.isArray()) {
			type.values().forEach(each -> types.add(each.asString()));
		}
		types.remove("null");
		if (types.isEmpty() && (schema.has("properties") || schema.has("additionalProperties"))) {
			types.add("object");
		}
		if (types.isEmpty() && schema.has("items")) {
			types.add("array");
		}
		return types;
	}

	/** The enum values of a schema, or {@code null} when it has none. */
	static Set<String> enumValues(JsonNode schema) {
		if (!schema.has("enum")) {
			return null;
		}
		Set<String> values = new LinkedHashSet<>();
		for (JsonNode value : schema.path("enum").values()) {
			if (!value.isNull()) {
				values.add(value.asString());
			}
		}
		return values;
	}

	/** The properties of an object schema, including those of its {@code allOf} parts. */
	Map<String, JsonNode> properties(JsonNode schema) {
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		for (JsonNode part : schema.path("allOf").values()) {
			properties.putAll(properties(resolve(part).schema()));
		}
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			properties.put(property.getKey(), property.getValue());
		}
		return properties;
	}

	static boolean hasProperties(JsonNode schema) {
		return schema.has("properties") || schema.has("allOf");
	}

	static JsonNode items(JsonNode schema) {
		return schema.path("items");
	}

	/** The schema of a map's values, or a missing node when values are not described. */
	static JsonNode additionalProperties(JsonNode schema) {
		JsonNode values = schema.path("additionalProperties");
		return values.isObject() ? values : MissingNode.getInstance();
	}

}
