package org.ohsonline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure of ARCHITECTURE.md, checked by Spring Modulith: no cycles, no module
 * reaching into another's internals, only declared dependencies. The same model is written to
 * {@code docs/modules} so the diagrams in the repository never drift from the code.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(OhsOnlineApplication.class);

	private static final Path OUTPUT = Path.of("docs/modules");

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentationIntoDocsModules() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString())).writeDocumentation();
		// The Documenter lists relations in no fixed order; sort them so an unchanged structure
		// regenerates identical files and the repository shows only real changes.
		// The same holds for the bullet lists (beans, references, events) of the module pages.
		try (Stream<Path> files = Files.list(OUTPUT)) {
			for (Path file : files.toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				if (file.toString().endsWith(".puml")) {
					Files.write(file, withSortedRelations(lines), StandardCharsets.UTF_8);
				}
				else if (file.toString().endsWith(".adoc")) {
					Files.write(file, withSortedBullets(lines), StandardCharsets.UTF_8);
				}
			}
		}
	}

	/**
	 * Sorts each run of AsciiDoc bullet lines; a run may open a table cell ({@code |* …}), whose
	 * marker stays on the run's first line. A cell marker alone on its line before a run ({@code |},
	 * then {@code * …}: the Documenter writes an empty entry first) is joined to the run, and blank
	 * lines are collapsed to one (an empty entry last leaves one more), so either order reads the same.
	 */
	static List<String> withSortedBullets(List<String> lines) {
		List<String> result = new ArrayList<>();
		List<String> bullets = new ArrayList<>();
		boolean opensCell = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.equals("|") && bullets.isEmpty() && i + 1 < lines.size() && lines.get(i + 1).startsWith("* ")) {
				opensCell = true;
				bullets.add(lines.get(++i));
				continue;
			}
			if (line.startsWith("* ") || (bullets.isEmpty() && line.startsWith("|* "))) {
				if (bullets.isEmpty()) {
					opensCell = line.startsWith("|");
				}
				bullets.add(line.startsWith("|") ? line.substring(1) : line);
				continue;
			}
			flushBullets(bullets, opensCell, result);
			if (line.isBlank() && !result.isEmpty() && result.get(result.size() - 1).isBlank()) {
				continue;
			}
			result.add(line);
		}
		flushBullets(bullets, opensCell, result);
		return result;
	}

	private static void flushBullets(List<String> bullets, boolean opensCell, List<String> result) {
		if (bullets.isEmpty()) {
			return;
		}
		bullets.sort(null);
		if (opensCell) {
			bullets.set(0, "|" + bullets.get(0));
		}
		result.addAll(bullets);
		bullets.clear();
	}

	private static List<String> withSortedRelations(List<String> lines) {
		List<String> result = new ArrayList<>();
		List<String> relations = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("Rel(")) {
				relations.add(line);
				continue;
			}
			relations.sort(null);
			result.addAll(relations);
			relations.clear();
			result.add(line);
		}
		relations.sort(null);
		result.addAll(relations);
		return result;
	}

}
