package org.ohsonline.shared.web;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsonFormatVisitors.JsonAnyFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonArrayFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonBooleanFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonIntegerFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonMapFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonNullFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonNumberFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;
import tools.jackson.databind.jsonFormatVisitors.JsonStringFormatVisitor;

/**
 * What a Java type is on the wire, as the application's own Jackson mapper reads (request bodies)
 * or writes (responses) it: the JSON category Jackson's serializers report for it, the enum
 * constants as Jackson writes them, and the bean properties Jackson would read or write.
 */
final class WireShapes {

	enum Direction {

		READ, WRITE

	}

	enum Category {

		STRING, NUMBER, INTEGER, BOOLEAN, ARRAY, OBJECT, ANY;

		String json() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * One type's shape.
	 * @param enumValues the accepted values of an enum, else {@code null}
	 * @param content the element type of an array or the value type of a map
	 * @param properties the properties of a bean by JSON name; {@code null} for a map
	 */
	record Shape(Category category, Set<String> enumValues, JavaType content, Map<String, JavaType> properties) {
	}

	private final JsonMapper mapper;

	WireShapes(JsonMapper mapper) {
		this.mapper = mapper;
	}

	JavaType type(Type type) {
		return this.mapper.constructType(type);
	}

	Shape of(JavaType type, Direction direction) {
		if (type.isReferenceType()) {
			return of(type.getReferencedType(), direction);
		}
		if (type.hasRawClass(Object.class)) {
			return new Shape(Category.ANY, null, null, null);
		}
		if (type.hasRawClass(byte[].class)) {
			// Jackson reads and writes byte[] as a base64 string; a raw body is a string of bytes too.
			return new Shape(Category.STRING, null, null, null);
		}
		Visit visit = new Visit();
		this.mapper.acceptJsonFormatVisitor(type, visit);
		return switch (visit.category) {
			case ARRAY -> new Shape(Category.ARRAY, null, type.getContentType(), null);
			case OBJECT -> new Shape(Category.OBJECT, null, visit.map ? type.getContentType() : null,
					visit.map ? null : properties(type, direction));
			case STRING -> new Shape(Category.STRING, type.isEnumType() ? enumValues(type) : null, null, null);
			default -> new Shape(visit.category, null, null, null);
		};
	}

	private Map<String, JavaType> properties(JavaType type, Direction direction) {
		Map<String, JavaType> properties = new LinkedHashMap<>();
		var description = direction == Direction.READ
				? this.mapper._deserializationContext().introspectBeanDescription(type)
				: this.mapper._serializationContext().introspectBeanDescription(type);
		for (BeanPropertyDefinition property : description.findProperties()) {
			boolean used = direction == Direction.READ ? property.couldDeserialize() : property.couldSerialize();
			if (used) {
				properties.put(property.getName(), property.getPrimaryType());
			}
		}
		return properties;
	}

	/** The constants as Jackson writes them, and only those it reads back as the same constant. */
	private Set<String> enumValues(JavaType type) {
		Set<String> values = new LinkedHashSet<>();
		for (Object constant : type.getRawClass().getEnumConstants()) {
			String written = this.mapper.writeValueAsString(constant);
			try {
				if (constant.equals(this.mapper.readValue(written, type))) {
					values.add(this.mapper.readValue(written, String.class));
				}
			}
			catch (JacksonException ex) {
				// not readable as written: not a value the API accepts
			}
		}
		return values;
	}

	/** Records the JSON category Jackson's serializer announces, without visiting further. */
	private static final class Visit extends JsonFormatVisitorWrapper.Base {

		private Category category = Category.ANY;

		private boolean map;

		@Override
		public JsonObjectFormatVisitor expectObjectFormat(JavaType type) {
			this.category = Category.OBJECT;
			return null;
		}

		@Override
		public JsonMapFormatVisitor expectMapFormat(JavaType type) {
			this.category = Category.OBJECT;
			this.map = true;
			return null;
		}

		@Override
		public JsonArrayFormatVisitor expectArrayFormat(JavaType type) {
			this.category = Category.ARRAY;
			return null;
		}

		@Override
		public JsonStringFormatVisitor expectStringFormat(JavaType type) {
			this.category = Category.STRING;
			return null;
		}

		@Override
		public JsonNumberFormatVisitor expectNumberFormat(JavaType type) {
			this.category = Category.NUMBER;
			return null;
		}

		@Override
		public JsonIntegerFormatVisitor expectIntegerFormat(JavaType type) {
			this.category = Category.INTEGER;
			return null;
		}

		@Override
		public JsonBooleanFormatVisitor expectBooleanFormat(JavaType type) {
			this.category = Category.BOOLEAN;
			return null;
		}

		@Override
		public JsonNullFormatVisitor expectNullFormat(JavaType type) {
			this.category = Category.ANY;
			return null;
		}

		@Override
		public JsonAnyFormatVisitor expectAnyFormat(JavaType type) {
			this.category = Category.ANY;
			return null;
		}

	}

}
