package org.ohsonline.audit.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tamper evidence rests on the hash covering every field of an entry and on no two different
 * entries hashing alike.
 */
class AuditChainTests {

	private static final AuditChain.Link LINK = new AuditChain.Link(42, Instant.parse("2026-11-02T03:04:05.123456789Z"),
			7, "county", "127.0.0.1", "UI", "iam.user.created", "user", "99", "330105", null,
			"{\"username\":\"new\"}", "ab".repeat(32));

	@Test
	void hashesDeterministicallyToSha256Hex() {
		assertThat(AuditChain.hash(LINK)).isEqualTo(AuditChain.hash(copy(LINK, -1, null))).matches("[0-9a-f]{64}");
	}

	/** Every component, including the nanoseconds of the time, is part of the hash. */
	@Test
	void changingAnyFieldChangesTheHash() throws Exception {
		String original = AuditChain.hash(LINK);
		RecordComponent[] components = AuditChain.Link.class.getRecordComponents();
		assertThat(components).hasSize(13);
		for (int i = 0; i < components.length; i++) {
			Object value = components[i].getAccessor().invoke(LINK);
			Object changed;
			if (value == null) {
				changed = "";
			}
			else if (value instanceof Long number) {
				changed = number + 1;
			}
			else if (value instanceof Instant time) {
				changed = time.plusNanos(1);
			}
			else {
				changed = value + "x";
			}
			assertThat(AuditChain.hash(copy(LINK, i, changed))).as(components[i].getName()).isNotEqualTo(original);
		}
	}

	/** A cleared "before" (null) and an empty one are different states. */
	@Test
	void distinguishesNullFromEmpty() {
		AuditChain.Link withNull = copy(LINK, 10, null);
		AuditChain.Link withEmpty = copy(LINK, 10, "");
		assertThat(AuditChain.hash(withNull)).isNotEqualTo(AuditChain.hash(withEmpty));
	}

	/** Length prefixes: moving a character from one field to the next changes the hash. */
	@Test
	void distinguishesFieldBoundaries() {
		AuditChain.Link left = copy(copy(LINK, 3, "countyA"), 4, "B");
		AuditChain.Link right = copy(copy(LINK, 3, "county"), 4, "AB");
		assertThat(AuditChain.hash(left)).isNotEqualTo(AuditChain.hash(right));
	}

	/** A copy of the link with component {@code index} replaced (none when index is -1). */
	private static AuditChain.Link copy(AuditChain.Link link, int index, Object value) {
		try {
			RecordComponent[] components = AuditChain.Link.class.getRecordComponents();
			Object[] values = new Object[components.length];
			for (int i = 0; i < components.length; i++) {
				values[i] = i == index ? value : components[i].getAccessor().invoke(link);
			}
			Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
			Constructor<AuditChain.Link> constructor = AuditChain.Link.class.getDeclaredConstructor(types);
			return constructor.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
