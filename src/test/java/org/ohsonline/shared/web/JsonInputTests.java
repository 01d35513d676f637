package org.ohsonline.shared.web;

import java.time.LocalDate;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What cannot be read from a JSON body is an error on the field where reading stopped. */
class JsonInputTests {

	private static final JsonMapper JSON = JsonInput.configure(JsonMapper.builder()).build();

	enum Kind {
		INITIAL, CHANGE
	}

	record Item(String hazardCode, Integer headcount) {
	}

	record Request(String note, List<String> reasons, LocalDate day, Kind kind, List<Item> items) {
	}

	private static FieldError problem(String json) {
		return JsonInput.problem(catchThrowableOfType(JacksonException.class, () -> JSON.readValue(json, Request.class)));
	}

	@Test
	void readsOrdinaryTextWithLineBreaks() {
		assertThat(JSON.readValue("{\"note\":\"第一行\\n第二行\",\"reasons\":[\"a\"]}", Request.class).note())
			.isEqualTo("第一行\n第二行");
	}

	@Test
	void refusesControlCharactersWhereverAStringIsRead() {
		assertThat(problem("{\"note\":\"a\\u0000b\"}")).isEqualTo(FieldError.of("note", "shared.text.control"));
		assertThat(problem("{\"reasons\":[\"ok\",\"\\u0007\"]}")).isEqualTo(FieldError.of("reasons[1]", "shared.text.control"));
		assertThat(problem("{\"items\":[{\"hazardCode\":\"\\u0000\"}]}"))
			.isEqualTo(FieldError.of("items[0].hazardCode", "shared.text.control"));
	}

	@Test
	void refusesAStringLongerThanAnyFieldTakes() {
		assertThat(problem("{\"note\":\"" + "x".repeat(Limits.ANY + 1) + "\"}"))
			.isEqualTo(FieldError.of("note", "shared.text.tooLong", Limits.ANY));
	}

	@Test
	void namesTheFieldOfAValueOfTheWrongType() {
		assertThat(problem("{\"day\":\"2026-02-30\"}")).isEqualTo(FieldError.of("day", "shared.input.date"));
		assertThat(problem("{\"kind\":\"NO_SUCH\"}"))
			.isEqualTo(FieldError.of("kind", "shared.input.unknownValue", "INITIAL, CHANGE"));
		assertThat(problem("{\"items\":[{\"headcount\":\"many\"}]}"))
			.isEqualTo(FieldError.of("items[0].headcount", "shared.input.number"));
		assertThat(problem("{\"note\":{\"a\":1}}")).isEqualTo(FieldError.of("note", "shared.input.wrongType"));
		assertThat(problem("{\"reasons\":{\"a\":1}}")).isEqualTo(FieldError.of("reasons", "shared.input.list"));
	}

	@Test
	void refusesANullInsideAList() {
		assertThat(problem("{\"reasons\":[\"a\",null]}")).isEqualTo(FieldError.of("reasons[1]", "shared.input.notNull"));
		assertThat(problem("{\"items\":[null]}")).isEqualTo(FieldError.of("items[0]", "shared.input.notNull"));
	}

	@Test
	void callsABodyThatIsNotJsonMalformed() {
		assertThat(problem("{\"note\": ")).isEqualTo(FieldError.of(null, "shared.input.malformed"));
	}

}
