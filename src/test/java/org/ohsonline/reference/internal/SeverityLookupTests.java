package org.ohsonline.reference.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.ohsonline.reference.Severity;

import static org.assertj.core.api.Assertions.assertThat;

class SeverityLookupTests {

	@Test
	void triesTheClassThenItsGroupDivisionAndSection() {
		assertThat(SeverityLookup.candidates("0810", Optional.of("B"))).containsExactly("0810", "081", "08", "B");
		assertThat(SeverityLookup.candidates("081", Optional.of("B"))).containsExactly("081", "08", "B");
		assertThat(SeverityLookup.candidates(" 08 ", Optional.empty())).containsExactly("08");
	}

	@Test
	void takesASectionCodeAsItIs() {
		assertThat(SeverityLookup.candidates("b", Optional.of("ignored"))).containsExactly("B");
		assertThat(SeverityLookup.candidates(" ", Optional.empty())).isEmpty();
		assertThat(SeverityLookup.candidates(null, Optional.empty())).isEmpty();
	}

	@Test
	void theMostSpecificListedEntryWins() {
		Map<String, Severity> listed = Map.of("08", Severity.SERIOUS, "0810", Severity.GENERAL, "B", Severity.GENERAL);

		assertThat(SeverityLookup.mostSpecific(List.of("0810", "081", "08", "B"), listed))
			.contains(Map.entry("0810", Severity.GENERAL));
		assertThat(SeverityLookup.mostSpecific(List.of("0890", "089", "08", "B"), listed))
			.contains(Map.entry("08", Severity.SERIOUS));
		assertThat(SeverityLookup.mostSpecific(List.of("0610", "061", "06", "B"), listed))
			.contains(Map.entry("B", Severity.GENERAL));
	}

	@Test
	void findsNothingWhenTheDirectoryDoesNotListTheIndustry() {
		assertThat(SeverityLookup.mostSpecific(List.of("0111", "011", "01", "A"), Map.of("08", Severity.SERIOUS)))
			.isEmpty();
	}

}
