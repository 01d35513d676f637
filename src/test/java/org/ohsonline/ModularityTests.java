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
		try (Stream<Path> diagrams = Files.list(OUTPUT)) {
			for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, withSortedRelations(Files.readAllLines(diagram, StandardCharsets.UTF_8)),
						StandardCharsets.UTF_8);
			}
		}
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
