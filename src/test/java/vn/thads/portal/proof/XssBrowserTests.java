package vn.thads.portal.proof;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyCommand;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.security.Role;
import vn.thads.portal.support.Browser;
import vn.thads.portal.support.InBrowser;
import vn.thads.portal.support.TestAgencies;
import vn.thads.portal.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input in every free-text field that pages show: an XSS corpus
 * ({@code hostile/xss-payloads.txt}: script tags, event handlers, {@code javascript:}
 * URLs, SVG, attribute and element breakouts, htmx attributes, Thymeleaf expression and
 * preprocessing syntax) as agency names and short names, users' display names, and the
 * explanations and review comments of returns. The pages that show them are opened in
 * Chromium as an administrator and as the province's leader: no script may run (the
 * payloads set {@code window.__xss} or open a dialog), the console shows no error (a
 * Content-Security-Policy refusal would mean markup got through), and each payload is on
 * the page as the text it was typed.
 */
@InBrowser
class XssBrowserTests {

	static final String PERIOD = "2026-10";

	static final String FIGURES = AccessMatrixTests.RETURN_JSON;

	@Autowired
	TestAgencies testAgencies;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Value("${local.server.port}")
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	static List<String> payloads() throws IOException {
		try (InputStream in = XssBrowserTests.class.getResourceAsStream("/hostile/xss-payloads.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter((l) -> !l.isBlank()).toList();
		}
	}

	@Test
	void noPayloadRunsOnAnyPageThatShowsIt(Browser.Session session) throws Exception {
		List<String> payloads = payloads();
		AgencyRef province = this.testAgencies.province();
		String leader = this.testAgencies.leader(province);
		List<String> units = new ArrayList<>();
		for (int i = 0; i < payloads.size(); i++) {
			String payload = payloads.get(i);
			String code = province.code() + "-X" + i;
			this.agencies.create(new AgencyCommand(code, "Đơn vị " + payload, payload, AgencyLevel.LOCAL,
					province.code(), LocalDate.of(2010, 1, 1), null, List.of(), null));
			String officer = code.toLowerCase(Locale.ROOT) + ".canbo";
			this.users.provision(officer, payload, Role.OFFICER, code, TestUsers.DEMO_PASSWORD);
			String url = "/api/v1/returns/" + code + "/" + PERIOD;
			String version = versionOf(api("PUT", url, officer, FIGURES));
			version = versionOf(api("POST", url + "/submit", officer, json("explanation", payload, version)));
			if (i % 2 == 0) {
				api("POST", url + "/return", leader, json("comment", payload, version));
			}
			units.add(code);
		}

		List<String> problems = new ArrayList<>();
		Page page = session.page();
		page.onDialog((dialog) -> {
			problems.add("dialog opened: " + dialog.message() + " on " + page.url());
			dialog.dismiss();
		});
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				problems.add("console error on " + page.url() + ": " + message.text());
			}
		});
		page.onPageError((error) -> problems.add("page error on " + page.url() + ": " + error));

		session.signIn("admin", TestUsers.DEMO_PASSWORD);
		int opened = 0;
		List<String> pages = new ArrayList<>(List.of("/admin/agencies", "/admin/users?agency=" + province.code(),
				"/admin/users", "/agencies/" + province.code(), "/dashboard/" + province.code() + "?period=" + PERIOD,
				"/returns/" + province.code(), "/targets?agency=" + province.code()));
		for (String unit : units) {
			pages.add("/returns/" + unit + "/" + PERIOD);
			pages.add("/returns/" + unit + "/" + PERIOD + "/history");
		}
		pages.add("/admin/agencies/" + units.get(0));
		for (String path : pages) {
			opened += open(page, path, problems);
		}
		StringBuilder shown = new StringBuilder();
		for (String path : List.of("/admin/agencies", "/admin/users")) {
			page.navigate(path);
			shown.append(page.innerText("body"));
		}
		session.context().clearCookies();
		session.signIn(leader, TestUsers.DEMO_PASSWORD);
		for (String path : List.of("/returns/queue", "/dashboard/" + province.code() + "?period=" + PERIOD,
				"/targets?agency=" + province.code())) {
			opened += open(page, path, problems);
		}
		page.navigate("/returns/queue");
		shown.append(page.innerText("body"));

		System.out.printf("XSS: %d payloads × 4 fields, %d page views, %d problems%n", payloads.size(), opened,
				problems.size());
		assertThat(problems).as("scripts that ran or markup that got through").isEmpty();
		for (String payload : payloads) {
			assertThat(shown.toString()).as("shown as typed").contains(payload.strip());
		}
	}

	/** Opens a page, lets its scripts and focus events run, checks the marker. */
	private static int open(Page page, String path, List<String> problems) {
		page.navigate(path);
		page.waitForLoadState();
		page.waitForTimeout(50);
		Object marker = page.evaluate("() => typeof window.__xss === 'undefined' ? null : String(window.__xss)");
		if (marker != null) {
			problems.add("window.__xss set on " + path);
		}
		return 1;
	}

	private static String json(String field, String text, String version) {
		return "{\"" + field + "\": \"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\", \"version\": "
				+ version + "}";
	}

	private static String versionOf(String json) {
		Matcher version = Pattern.compile("\"version\"\\s*:\\s*(\\d+)").matcher(json);
		assertThat(version.find()).as("a version in " + json).isTrue();
		return version.group(1);
	}

	private String api(String method, String path, String username, String body) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + TestUsers.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Basic " + credentials)
				.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(300);
		return response.body();
	}

}
