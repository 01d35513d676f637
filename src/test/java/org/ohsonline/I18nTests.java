package org.ohsonline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UI.md: zh-CN first, English complete, every label in a message bundle. These checks read the
 * sources as text (no Spring, no browser) so a missing key or a hard-coded label fails the build
 * before anyone sees a {@code ??key_zh_CN??} on a page.
 */
class I18nTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA = Path.of("src/main/java");

	private static final Path ROLE_SEED = Path.of("src/main/resources/db/migration/iam/V2__seed_roles_and_permissions.sql");

	/** The scope kinds of {@code org.ohsonline.shared.Scope.Kind}, shown as badges on role and user pages. */
	private static final List<String> SCOPE_KINDS = List.of("REGION", "EMPLOYER", "AGENCY", "INSTITUTION", "PERSON");

	// --- (a) both languages carry the same keys -------------------------------------------------

	@Test
	void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path zh : bundleFiles()) {
			String name = zh.getFileName().toString().replace(".properties", "");
			Path en = MESSAGES.resolve(name + "_en.properties");
			if (!Files.exists(en)) {
				problems.add(name + ": no " + en.getFileName());
				continue;
			}
			Set<String> zhKeys = load(zh).stringPropertyNames();
			Set<String> enKeys = load(en).stringPropertyNames();
			Set<String> onlyZh = new TreeSet<>(zhKeys);
			onlyZh.removeAll(enKeys);
			Set<String> onlyEn = new TreeSet<>(enKeys);
			onlyEn.removeAll(zhKeys);
			if (!onlyZh.isEmpty()) {
				problems.add(name + ": missing in English " + onlyZh);
			}
			if (!onlyEn.isEmpty()) {
				problems.add(name + ": missing in Chinese " + onlyEn);
			}
		}
		try (Stream<Path> files = Files.list(MESSAGES)) {
			files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith("_en.properties"))
				.filter(n -> !Files.exists(MESSAGES.resolve(n.replace("_en.properties", ".properties"))))
				.forEach(n -> problems.add(n + ": no Chinese (default) bundle"));
		}
		assertThat(problems).as("bundle pairs with different keys").isEmpty();
	}

	// --- (b) keys used by templates exist ---------------------------------------------------------

	/** {@code #{key}} or {@code #{key(args)}}; {@code #{|...|}} and {@code #{${...}}} are dynamic and skipped. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{\\s*([A-Za-z][\\w.-]*)\\s*[}(]");

	/** {@code #messages.msg('key')} with a literal key (not {@code 'role.' + r}). */
	private static final Pattern TEMPLATE_MSG = Pattern.compile("#messages\\.msg\\w*\\(\\s*'([^']+)'\\s*[,)]");

	@Test
	void everyLiteralKeyInTemplatesExistsInBothLanguages() throws IOException {
		Map<String, Set<String>> used = new TreeMap<>();
		for (Path template : templates()) {
			String text = Files.readString(template);
			for (Pattern pattern : List.of(TEMPLATE_KEY, TEMPLATE_MSG)) {
				Matcher m = pattern.matcher(text);
				while (m.find()) {
					used.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(relative(template) + ":" + line(text, m.start()));
				}
			}
		}
		assertThat(used).as("template keys found (the scan must not be vacuous)").hasSizeGreaterThan(50);
		assertThat(missing(used)).as("keys used in templates but missing from the bundles").isEmpty();
	}

	/**
	 * Role names and scope badges are looked up with keys built at run time ({@code role.${code}},
	 * {@code scope.${kind}}); check that every seeded role and every scope kind has its key.
	 */
	@Test
	void everySeededRoleAndScopeKindHasALabel() throws IOException {
		Map<String, Set<String>> needed = new TreeMap<>();
		List<String> roles = seededRoleCodes();
		assertThat(roles).as("role codes read from " + ROLE_SEED).contains("PLATFORM_ADMIN", "WORKER");
		roles.forEach(code -> needed.put("role." + code, Set.of(ROLE_SEED.getFileName().toString())));
		SCOPE_KINDS.forEach(kind -> needed.put("scope." + kind, Set.of("Scope.Kind")));
		assertThat(missing(needed)).as("role and scope labels missing from the bundles").isEmpty();
	}

	private static List<String> seededRoleCodes() throws IOException {
		String sql = Files.readString(ROLE_SEED);
		Matcher block = Pattern.compile("insert into role \\(code[^)]*\\) values(.*?);", Pattern.DOTALL).matcher(sql);
		List<String> codes = new ArrayList<>();
		while (block.find()) {
			Matcher row = Pattern.compile("\\(\\s*'([A-Z_]+)'").matcher(block.group(1));
			while (row.find()) {
				codes.add(row.group(1));
			}
		}
		return codes;
	}

	// --- (c) codes used by Java code exist --------------------------------------------------------

	/**
	 * Message codes that Java code hands to the UI: field errors, rule violations, menu labels,
	 * flash messages after redirects, the audit chain's problem codes, and the texts of home cards.
	 */
	private static final List<Pattern> JAVA_CODES = List.of(
			Pattern.compile("FieldError\\.of\\(\\s*[^,()]+,\\s*\"([^\"]+)\""),
			Pattern.compile("InvalidInputException\\.of\\(\\s*[^,()]+,\\s*\"([^\"]+)\""),
			Pattern.compile("new MenuItem\\(\\s*[^,()]+,\\s*\"([^\"]+)\""),
			Pattern.compile("addFlashAttribute\\(\\s*\"flashKey\"\\s*,\\s*\"([^\"]+)\""),
			Pattern.compile("\"(audit\\.verify\\.[A-Za-z]+)\""),
			// Home cards name their titles, lines, notes and charts by keys with "home" in them.
			Pattern.compile("\"((?:[a-z]+\\.)?home\\.[A-Za-z0-9_.-]*[A-Za-z0-9])\""));

	@Test
	void everyMessageCodeInJavaCodeExistsInBothLanguages() throws IOException {
		Map<String, Set<String>> used = new TreeMap<>();
		List<Path> sources;
		try (Stream<Path> files = Files.walk(JAVA)) {
			sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
		}
		for (Path source : sources) {
			String text = Files.readString(source);
			for (Pattern pattern : JAVA_CODES) {
				Matcher m = pattern.matcher(text);
				while (m.find()) {
					used.computeIfAbsent(m.group(1), k -> new TreeSet<>())
						.add(JAVA.relativize(source) + ":" + line(text, m.start()));
				}
			}
		}
		assertThat(used).as("message codes found in Java (the scan must not be vacuous)").hasSizeGreaterThan(20);
		assertThat(missing(used)).as("message codes used in Java but missing from the bundles").isEmpty();
	}

	// --- (d) no hard-coded labels in templates ----------------------------------------------------

	/** Elements whose text the browser never shows as a label. */
	private static final Set<String> RAW_TEXT = Set.of("script", "style", "code");

	private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
			"meta", "param", "source", "track", "wbr");

	/** Attributes people read (placeholders, tooltips, screen readers, image text). */
	private static final Set<String> LABEL_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt");

	@Test
	void templatesCarryNoHardCodedLabels() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			problems.addAll(hardCodedLabels(relative(template), Files.readString(template)));
		}
		assertThat(problems).as("hard-coded labels (use th:text=\"#{...}\", th:placeholder, th:title, th:attr)")
			.isEmpty();
	}

	/** The scanner itself, on a snippet with one of each mistake and each allowed form. */
	@Test
	void labelScannerFindsTextAndAttributesOutsideThymeleafText() {
		String html = """
				<div th:text="#{a.b}">placeholder <b>inner</b></div>
				<p>保存</p>
				<span th:if="${x > 0}">Save</span>
				<input placeholder="Search">
				<input th:placeholder="#{c.d}">
				<!-- a comment with words -->
				<script>var words = 1;</script>
				<code>iam:user:read</code>
				<html th:replace="~{layout :: page(#{t}, ~{::main})}"><main><h1>Title</h1></main></html>
				<td>&nbsp;#</td>
				""";
		assertThat(hardCodedLabels("snippet", html)).containsExactly("snippet:2 text \"保存\"",
				"snippet:3 text \"Save\"", "snippet:4 placeholder=\"Search\"", "snippet:9 text \"Title\"");
	}

	/**
	 * A small HTML scan (no parser library is available): walks tags and text, keeping a stack of
	 * open elements. Text with letters (Latin or CJK) is a hard-coded label unless an enclosing
	 * element replaces its body ({@code th:text}, {@code th:utext}, {@code th:errors}, or
	 * {@code th:replace}/{@code th:insert} of another template's fragment) or is script, style or
	 * code. A {@code th:replace} that passes this template's own {@code ~{::main}} into the layout
	 * does not hide that content, so it does not count.
	 */
	static List<String> hardCodedLabels(String name, String html) {
		List<String> problems = new ArrayList<>();
		Deque<Element> open = new ArrayDeque<>();
		int i = 0;
		while (i < html.length()) {
			if (html.startsWith("<!--", i)) {
				int end = html.indexOf("-->", i);
				i = end < 0 ? html.length() : end + 3;
				continue;
			}
			if (html.charAt(i) == '<' && i + 1 < html.length()
					&& (Character.isLetter(html.charAt(i + 1)) || html.charAt(i + 1) == '/' || html.charAt(i + 1) == '!')) {
				int end = tagEnd(html, i);
				String tag = html.substring(i + 1, end);
				if (tag.startsWith("/")) {
					String closing = tag.substring(1).trim().toLowerCase(Locale.ROOT);
					while (!open.isEmpty() && !open.pop().name.equals(closing)) {
						// unclosed elements (e.g. <li> without </li>) end with their parent
					}
				}
				else if (!tag.startsWith("!")) {
					Element element = element(tag);
					for (Map.Entry<String, String> attribute : element.attributes.entrySet()) {
						if (LABEL_ATTRIBUTES.contains(attribute.getKey()) && hasLetters(attribute.getValue())) {
							problems.add(name + ":" + line(html, i) + " " + attribute.getKey() + "=\""
									+ attribute.getValue() + "\"");
						}
					}
					boolean selfClosing = tag.endsWith("/") || VOID.contains(element.name);
					if (!selfClosing) {
						element.hidden = element.hidesBody() || (!open.isEmpty() && open.peek().hidden);
						open.push(element);
						if (RAW_TEXT.contains(element.name)) {
							int close = html.toLowerCase(Locale.ROOT).indexOf("</" + element.name, end);
							end = (close < 0 ? html.length() : close) - 1;
						}
					}
				}
				i = end + 1;
				continue;
			}
			int next = html.indexOf('<', i + 1);
			next = next < 0 ? html.length() : next;
			String text = html.substring(i, next);
			boolean hidden = !open.isEmpty() && open.peek().hidden;
			if (!hidden && hasLetters(text)) {
				int lead = text.length() - text.stripLeading().length();
				problems.add(name + ":" + line(html, i + lead) + " text \"" + text.strip() + "\"");
			}
			i = next;
		}
		return problems;
	}

	/** Index of the {@code >} closing the tag that starts at {@code start}, skipping quoted values. */
	private static int tagEnd(String html, int start) {
		char quote = 0;
		for (int i = start + 1; i < html.length(); i++) {
			char c = html.charAt(i);
			if (quote != 0) {
				quote = c == quote ? 0 : quote;
			}
			else if (c == '"' || c == '\'') {
				quote = c;
			}
			else if (c == '>') {
				return i;
			}
		}
		return html.length() - 1;
	}

	private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/>]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");

	private static Element element(String tag) {
		Matcher m = ATTRIBUTE.matcher(tag);
		m.find();
		Element element = new Element(m.group(1).toLowerCase(Locale.ROOT));
		while (m.find()) {
			String value = m.group(2) == null ? "" : m.group(2);
			if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
				value = value.substring(1, value.length() - 1);
			}
			element.attributes.put(m.group(1).toLowerCase(Locale.ROOT), value);
		}
		return element;
	}

	private static final class Element {

		final String name;

		final Map<String, String> attributes = new TreeMap<>();

		boolean hidden;

		Element(String name) {
			this.name = name;
		}

		boolean hidesBody() {
			if (RAW_TEXT.contains(this.name) || this.attributes.containsKey("th:text")
					|| this.attributes.containsKey("th:utext") || this.attributes.containsKey("th:errors")) {
				return true;
			}
			for (String fragment : List.of("th:replace", "th:insert")) {
				String value = this.attributes.get(fragment);
				if (value != null && !value.contains("~{::")) {
					return true;
				}
			}
			String remove = this.attributes.get("th:remove");
			return "all".equals(remove) || "body".equals(remove);
		}

	}

	/** Letters after dropping entities ({@code &nbsp;}) and inlined expressions ({@code [[#{key}]]}). */
	private static boolean hasLetters(String text) {
		String visible = text.replaceAll("&#?\\w+;", " ").replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", " ");
		return visible.codePoints().anyMatch(Character::isLetter);
	}

	// --- helpers ------------------------------------------------------------------------------

	/**
	 * A key written twice (a merge of two branches can do that silently) means one text is never shown — the later
	 * in the file, or the bundle listed last, wins — and nobody can tell which from reading one of them.
	 */
	@Test
	void noKeyIsDefinedTwice() throws IOException {
		Map<String, String> firstDefinition = new java.util.HashMap<>();
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path bundle : files.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
				String language = bundle.getFileName().toString().endsWith("_en.properties") ? "en" : "zh";
				problems.addAll(definedTwice(bundle, language, firstDefinition));
			}
		}
		assertThat(problems).as("keys defined twice").isEmpty();
	}

	/**
	 * The same for the settings: a merge that adds a bundle to {@code spring.messages.basename} on two branches leaves
	 * two lines, and the later one silently drops the bundles only the first one names. A profile's file may override
	 * the default file, so each file is checked on its own.
	 */
	@Test
	void noSettingIsDefinedTwice() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			for (Path settings : files.filter(p -> p.getFileName().toString().matches("application.*\\.properties"))
				.sorted()
				.toList()) {
				problems.addAll(definedTwice(settings, "", new java.util.HashMap<>()));
			}
		}
		assertThat(problems).as("settings defined twice").isEmpty();
	}

	private static List<String> definedTwice(Path file, String prefix, Map<String, String> firstDefinition)
			throws IOException {
		List<String> problems = new ArrayList<>();
		boolean continued = false;
		int number = 0;
		for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
			number++;
			boolean continuation = continued;
			continued = line.endsWith("\\") && !line.endsWith("\\\\");
			String trimmed = line.strip();
			if (continuation || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")
					|| !trimmed.contains("=")) {
				continue;
			}
			String key = prefix + ":" + trimmed.substring(0, trimmed.indexOf('=')).strip();
			String here = file.getFileName() + ":" + number;
			String before = firstDefinition.putIfAbsent(key, here);
			if (before != null) {
				problems.add(key + " at " + before + " and " + here);
			}
		}
		return problems;
	}

	private static List<Path> bundleFiles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.filter(p -> p.toString().endsWith(".properties"))
				.filter(p -> !p.getFileName().toString().contains("_"))
				.sorted()
				.toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	/** Keys absent from the Chinese or the English bundles, with where they are used. */
	private static List<String> missing(Map<String, Set<String>> used) throws IOException {
		Set<String> zh = new LinkedHashSet<>();
		Set<String> en = new LinkedHashSet<>();
		for (Path bundle : bundleFiles()) {
			zh.addAll(load(bundle).stringPropertyNames());
			Path english = MESSAGES.resolve(bundle.getFileName().toString().replace(".properties", "_en.properties"));
			if (Files.exists(english)) {
				en.addAll(load(english).stringPropertyNames());
			}
		}
		List<String> problems = new ArrayList<>();
		used.forEach((key, where) -> {
			List<String> languages = new ArrayList<>();
			if (!zh.contains(key)) {
				languages.add("zh");
			}
			if (!en.contains(key)) {
				languages.add("en");
			}
			if (!languages.isEmpty()) {
				problems.add(key + " (missing " + String.join("+", languages) + ", used at " + where + ")");
			}
		});
		return problems;
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static String relative(Path template) {
		return TEMPLATES.relativize(template).toString();
	}

	private static int line(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
