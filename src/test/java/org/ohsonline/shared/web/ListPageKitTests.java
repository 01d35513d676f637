package org.ohsonline.shared.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list-page kit holds (docs/ui-kit.md): every list page filters with the kit's filter bar and
 * offers the region picker of the user's scope — no free-text region code, no hand-made region select
 * left — pages with the kit's pager, and no template carries an inline script or event handler (the
 * console's CSP is {@code script-src 'self'}). Read from the templates as text, no Spring.
 */
class ListPageKitTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern REGION_FIELD = Pattern.compile("<(input|select)\\b[^>]*name=\"region\"[^>]*>");

	private static final Pattern INLINE_HANDLER = Pattern.compile("<[a-zA-Z][^>]*\\s(?:th:)?on[a-z]+\\s*=", Pattern.DOTALL);

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script\\b(?![^>]*\\bsrc=)(?![^>]*th:src=)[^>]*>");

	@Test
	void everyListPageFiltersWithTheKitAndPicksRegionsFromTheScope() throws IOException {
		Map<String, String> pages = templates();
		List<String> problems = new ArrayList<>();
		int filterBars = 0;
		for (Map.Entry<String, String> page : pages.entrySet()) {
			String text = page.getValue();
			if (page.getKey().equals("kit.html")) {
				continue;
			}
			Matcher field = REGION_FIELD.matcher(text);
			while (field.find()) {
				problems.add(page.getKey() + ": a region field of its own (" + field.group() + ")");
			}
			boolean filterBar = text.contains("kit :: filterBar(") || text.contains("kit :: filterForm(");
			if (filterBar) {
				filterBars++;
				if (!text.contains("kit :: regionPicker(")) {
					problems.add(page.getKey() + ": a filter bar without the region picker");
				}
			}
			else if (text.contains("method=\"get\"") && text.contains("${page.items}")) {
				problems.add(page.getKey() + ": a paged list filtered without the kit's filter bar");
			}
			if (text.contains("${page.items}") && !text.contains("kit :: pager(") && !text.contains("kit :: pagerPlain(")) {
				problems.add(page.getKey() + ": a paged list without the kit's pager");
			}
			if (text.contains("class=\"pagination")) {
				problems.add(page.getKey() + ": a pager of its own");
			}
		}
		assertThat(problems).isEmpty();
		assertThat(filterBars).as("list pages using the kit's filter bar").isGreaterThanOrEqualTo(19);
	}

	@Test
	void theRegionPickerIsTheKitsAndSendsTheRegionField() throws IOException {
		String kit = templates().get("kit.html");
		assertThat(kit).contains("th:fragment=\"regionPicker(value)\"", "data-region-picker",
				"<input type=\"hidden\" name=\"region\"", "@regionPickers.of(currentUser, value)");
	}

	@Test
	void noTemplateCarriesAnInlineScriptOrEventHandler() throws IOException {
		List<String> problems = new ArrayList<>();
		templates().forEach((name, text) -> {
			Matcher handler = INLINE_HANDLER.matcher(text);
			while (handler.find()) {
				problems.add(name + ": inline handler in " + handler.group().replaceAll("\\s+", " "));
			}
			Matcher script = INLINE_SCRIPT.matcher(text);
			while (script.find()) {
				problems.add(name + ": inline script " + script.group());
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void theScannersSeeWhatTheyLookFor() {
		assertThat(INLINE_HANDLER.matcher("<select id=\"x\" onchange=\"this.form.submit()\">").find()).isTrue();
		assertThat(INLINE_HANDLER.matcher("<a data-confirm=\"x\" href=\"/\">").find()).isFalse();
		assertThat(INLINE_SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
		assertThat(INLINE_SCRIPT.matcher("<script defer th:src=\"@{/js/kit.js}\"></script>").find()).isFalse();
		assertThat(REGION_FIELD.matcher("<input class=\"form-control\" id=\"region\" name=\"region\" maxlength=\"9\">").find())
			.isTrue();
	}

	private static Map<String, String> templates() throws IOException {
		Map<String, String> templates = new TreeMap<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				templates.put(TEMPLATES.relativize(file).toString(), Files.readString(file));
			}
		}
		return templates;
	}

}
