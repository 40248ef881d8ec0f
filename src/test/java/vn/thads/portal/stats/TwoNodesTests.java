package vn.thads.portal.stats;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thads.portal.PortalApplication;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.support.DemoPrincipals;
import vn.thads.portal.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the portal on one database (issue 12, docs/deployment.md): two Spring
 * application contexts, each with its own web server, on the test run's PostgreSQL,
 * spoken to over HTTP as nginx would. Nothing a node keeps in memory may make it answer
 * differently from the other: the session (Spring Session JDBC), the engine's kept
 * answers (keyed on {@code data_version}), the agency tree (read once per request), the
 * sign-in throttle (in PostgreSQL).
 */
class TwoNodesTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern COMPLETED = Pattern.compile("\"cases\":\\{[^}]*\"completed\":(-?\\d+)");

	static final Pattern NAME = Pattern.compile("\"agencyName\":\"([^\"]*)\"");

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startTwoNodes() {
		nodeA = node();
		nodeB = node();
	}

	@AfterAll
	static void stopThem() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	private static ConfigurableApplicationContext node() {
		// arguments: they come before application.properties' server.port; the nodes are
		// not
		// the test context whose demo principals other test classes load (DemoPrincipals)
		return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
				"--server.address=127.0.0.1", "--" + DemoPrincipals.OWN_DATABASE + "=true");
	}

	private static String url(ConfigurableApplicationContext node, String path) {
		return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port") + path;
	}

	private static String group(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String cookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("JSESSIONID="))
			.map((c) -> c.substring(0, c.indexOf(';')))
			.reduce((first, last) -> last)
			.orElseThrow();
	}

	private static String basic(String username) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + TestUsers.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private static String form(String... pairs) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			form.append((i == 0) ? "" : "&")
				.append(pairs[i])
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return form.toString();
	}

	/** Signs in through the form of a node; the answer to the form's POST. */
	private HttpResponse<String> signIn(ConfigurableApplicationContext node, String username, String password)
			throws Exception {
		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(url(node, "/login"))));
		return send(HttpRequest.newBuilder(URI.create(url(node, "/login")))
			.header("Cookie", cookie(page))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(form("username", username, "password", password, "_csrf", group(CSRF, page.body())))));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(url(node, path))).header("Cookie", cookie));
	}

	private String stats(ConfigurableApplicationContext node, String username, String agency) throws Exception {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create(url(node, "/api/v1/stats/" + agency + "/2020-09")))
					.header("Authorization", basic(username)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	private HttpResponse<String> api(ConfigurableApplicationContext node, String method, String path, String username,
			String json) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(url(node, path)))
			.header("Authorization", basic(username))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json)));
	}

	@Test
	void aSessionStartedOnOneNodeIsTheSameOnTheOther() throws Exception {
		HttpResponse<String> signedIn = signIn(nodeA, "ag.lanhdao", TestUsers.DEMO_PASSWORD);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
		String session = cookie(signedIn);
		assertThat(get(nodeB, "/dashboard/AG", "JSESSIONID=none").statusCode()).as("without a session").isEqualTo(302);
		HttpResponse<String> dashboard = get(nodeB, "/dashboard/AG", session);
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains("ag.lanhdao");
		// signed out on node B: node A no longer knows the session either
		HttpResponse<String> signedOut = send(HttpRequest.newBuilder(URI.create(url(nodeB, "/logout")))
			.header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form("_csrf", group(CSRF, dashboard.body())))));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		HttpResponse<String> afterwards = get(nodeA, "/dashboard/AG", session);
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).contains("/login"));
	}

	@Test
	void aReturnSavedOnOneNodeIsInTheOthersFiguresAtOnce() throws Exception {
		TestUnits units = TestUnits.create(nodeA.getBean(AgencyAdministration.class),
				nodeA.getBean(UserAdministration.class));
		StatsCache keptOnB = nodeB.getBean(StatsCache.class);
		String before = stats(nodeB, units.leader(), units.province());
		long kept = keptOnB.size();
		assertThat(stats(nodeB, units.leader(), units.province())).as("the kept answer").isEqualTo(before);
		assertThat(keptOnB.size()).as("asked again, node B answers from what it keeps").isEqualTo(kept);
		assertThat(group(COMPLETED, before)).isEqualTo("0");

		String path = "/api/v1/returns/" + units.province() + "/2020-09";
		String figures = "{\"cases\": " + """
				{"carriedOver": 7776, "newlyAccepted": 12576, "entrusted": 0, "withdrawn": 0,
				 "withoutConditions": 5705, "completed": 12056, "terminated": 174, "inProgress": 2417,
				 "postponed": 0, "suspended": 0, "other": 0}""" + ", \"money\": " + """
				{"carriedOver": 1000000000, "newlyAccepted": 2478152572, "entrusted": 73086304, "withdrawn": 0,
				 "withoutConditions": 1389178709, "completed": 1165081049, "terminated": 0, "reduced": 0,
				 "inProgress": 850806510, "postponed": 0, "suspended": 0, "other": 0}""" + "}";
		assertThat(api(nodeA, "PUT", path, units.officer(), figures).statusCode()).isEqualTo(200);
		assertThat(api(nodeA, "POST", path + "/submit", units.officer(), "{\"version\": 0}").statusCode())
			.isEqualTo(200);

		assertThat(group(COMPLETED, stats(nodeB, units.leader(), units.province()))).isEqualTo("12056");
	}

	@Test
	void anAgencyRenamedOnOneNodeIsNamedSoOnTheOther() throws Exception {
		TestUnits units = TestUnits.create(nodeA.getBean(AgencyAdministration.class),
				nodeA.getBean(UserAdministration.class));
		assertThat(group(NAME, stats(nodeB, units.leader(), units.district())))
			.isEqualTo("Đơn vị thử " + units.district());
		nodeA.getBean(AgencyAdministration.class)
			.nameFrom(units.district(), LocalDate.of(2019, 10, 1), "Đổi tên " + units.district(), units.district());
		assertThat(group(NAME, stats(nodeB, units.leader(), units.district())))
			.isEqualTo("Đổi tên " + units.district());
	}

	@Test
	void failedSignInsOnOneNodeLockTheAccountOnTheOther() throws Exception {
		TestUnits units = TestUnits.create(nodeA.getBean(AgencyAdministration.class),
				nodeA.getBean(UserAdministration.class));
		for (String wrong : List.of("sai-1", "sai-2", "sai-3", "sai-4")) {
			assertThat(signIn(nodeA, units.officer(), wrong).headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error"));
		}
		assertThat(signIn(nodeB, units.officer(), "sai-5").headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?locked"));
		assertThat(signIn(nodeA, units.officer(), TestUsers.DEMO_PASSWORD).headers().firstValue("Location"))
			.as("the right password, on the node that did not lock")
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?locked"));
	}

}
