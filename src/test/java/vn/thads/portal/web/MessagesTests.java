package vn.thads.portal.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string comes from the message bundles: both languages have the same keys,
 * every key a template names exists, and no template carries literal text that would show
 * (text inside an element whose content Thymeleaf replaces is only a design-time sample).
 */
class MessagesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	/** Attributes that replace an element's body at render time. */
	private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors",
			"th:remove");

	@Test
	void englishCountsOneMonthInTheSingular() throws IOException {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(bundles().toArray(String[]::new));
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		for (String key : List.of("dashboard.period.short", "return.period.cumulative")) {
			assertThat(messages.getMessage(key, new Object[] { 1, 2027 }, Locale.ENGLISH)).as(key)
				.isEqualTo("1 month of 2027");
			assertThat(messages.getMessage(key, new Object[] { 12, 2027 }, Locale.ENGLISH)).as(key)
				.isEqualTo("12 months of 2027");
		}
	}

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		for (String bundle : bundles()) {
			Set<String> vi = load(bundle + ".properties").stringPropertyNames();
			Set<String> en = load(bundle + "_en.properties").stringPropertyNames();
			assertThat(new TreeSet<>(en)).as("keys missing in %s_en.properties", bundle).containsAll(new TreeSet<>(vi));
			assertThat(new TreeSet<>(vi)).as("keys missing in %s.properties", bundle).containsAll(new TreeSet<>(en));
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Set<String> seen = new TreeSet<>();
		List<String> twice = new ArrayList<>();
		for (String bundle : bundles()) {
			for (String key : load(bundle + ".properties").stringPropertyNames()) {
				if (!seen.add(key)) {
					twice.add(bundle + ": " + key);
				}
			}
		}
		assertThat(twice).as("keys defined in more than one bundle").isEmpty();
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String bundle : bundles()) {
			keys.addAll(load(bundle + ".properties").stringPropertyNames());
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					missing.add(RESOURCES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).as("message keys used in templates but not defined").isEmpty();
	}

	@Test
	void templatesCarryNoLiteralText() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
			for (Element element : document.getAllElements()) {
				if (replaced(element) || List.of("script", "style", "title").contains(element.normalName())) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					String value = text.text().strip();
					if (value.codePoints().anyMatch(Character::isLetter) && !value.matches("(VI|EN|THADS)")
							&& !isLanguageName(value)) {
						literal.add(RESOURCES.relativize(template) + ": \"" + value + "\"");
					}
				}
			}
		}
		assertThat(literal).as("literal text in templates (use a message key)").isEmpty();
	}

	/**
	 * Language names are written in their own language, whatever the interface language.
	 */
	private static boolean isLanguageName(String value) {
		return value.equals("Tiếng Việt") || value.equals("English");
	}

	private static boolean replaced(Element element) {
		// a page's <html th:replace="~{layout :: page(…)}"> puts the page's own elements
		// in
		// the layout: they show
		for (Element e = element; e != null && !e.normalName().equals("html"); e = e.parent()) {
			for (String attribute : REPLACING) {
				if (e.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The basenames configured in {@code spring.messages.basename}. */
	private static List<String> bundles() throws IOException {
		Properties application = load("application.properties");
		return List.of(application.getProperty("spring.messages.basename").split(","))
			.stream()
			.map(String::strip)
			.toList();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
			return files.filter((f) -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
