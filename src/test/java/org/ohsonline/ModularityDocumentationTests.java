package org.ohsonline;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The module pages regenerate identically whatever order the Documenter lists things in. */
class ModularityDocumentationTests {

	@Test
	void sortsEachBulletRunAndKeepsTheCellMarkerOnItsFirstLine() {
		List<String> page = List.of("|Events listened to", "|* `o.o.t.TestingOverdue` (async) ",
				"* `o.o.d.DeclarationAccepted` (async) ", "* `o.o.r.WorkerLeft` (async) ", "|===", "* `b`", "* `a`");

		assertThat(ModularityTests.withSortedBullets(page)).containsExactly("|Events listened to",
				"|* `o.o.d.DeclarationAccepted` (async) ", "* `o.o.r.WorkerLeft` (async) ",
				"* `o.o.t.TestingOverdue` (async) ", "|===", "* `a`", "* `b`");
	}

	@Test
	void readsAnEmptyEntryFirstOrLastTheSame() {
		List<String> emptyFirst = List.of("|Events listened to", "|", "* `o.o.a.AgencyRated` (async) ", "", "|===");
		List<String> emptyLast = List.of("|Events listened to", "|* `o.o.a.AgencyRated` (async) ", "", "", "|===");

		assertThat(ModularityTests.withSortedBullets(emptyFirst)).isEqualTo(ModularityTests.withSortedBullets(emptyLast))
			.containsExactly("|Events listened to", "|* `o.o.a.AgencyRated` (async) ", "", "|===");
	}

}
