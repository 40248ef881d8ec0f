package vn.thads.portal.proof;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.thads.portal.proof.AccessRule.Caller;
import vn.thads.portal.proof.AccessRule.Relation;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The access-control matrix ({@link AccessMatrix}) against the running portal: every
 * route the application maps × anonymous, an officer, a leader and an administrator ×
 * their own agency, a unit below, a predecessor (scope through the 2025 reorganisation),
 * another province's and an unknown code. Every GET is sent; writes are sent only where
 * they must be refused (what is allowed would change the demo data), and each refused
 * write must leave the database exactly as it was. The full sweep runs in
 * {@code ./mvnw verify}.
 */
@FullStack
class AccessMatrixTests {

	static final Caller OFFICER = new Caller("ag-kv01.canbo", "OFFICER");

	static final Caller LEADER = new Caller("ag.lanhdao", "LEADER");

	static final Caller ADMIN = new Caller("admin", "ADMIN");

	/** Each caller with the agencies tried, and their relation to the caller. */
	static final Map<Caller, Map<String, Relation>> CASES = Map.of(Caller.ANONYMOUS, Map.of("AG-KV01", Relation.OWN),
			OFFICER, Map.of("AG-KV01", Relation.OWN, "KG-RG", Relation.PREDECESSOR, "PT-KV01", Relation.OTHER), LEADER,
			Map.of("AG", Relation.OWN, "AG-KV01", Relation.CHILD, "KG", Relation.PREDECESSOR, "PT", Relation.OTHER),
			ADMIN,
			Map.of("AG", Relation.OWN, "KG", Relation.PREDECESSOR, "PT", Relation.OTHER, "ZZ-KHONG", Relation.UNKNOWN));

	/** The agencies closed at the switch among those tried: their period is before it. */
	static final Set<String> CLOSED = Set.of("KG-RG", "KG");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::(?:[^{}]|\\{[^}]*\\})*)?\\}");

	static final String RETURN_JSON = """
			{"cases": {"carriedOver": 1, "newlyAccepted": 1, "entrusted": 0, "withdrawn": 0, "withoutConditions": 0,
			 "completed": 2, "terminated": 0, "inProgress": 0, "postponed": 0, "suspended": 0, "other": 0},
			 "money": {"carriedOver": 1, "newlyAccepted": 1, "entrusted": 0, "withdrawn": 0, "withoutConditions": 0,
			 "completed": 2, "terminated": 0, "reduced": 0, "inProgress": 0, "postponed": 0, "suspended": 0,
			 "other": 0}}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** The database as the refused writes must leave it (GETs change nothing either). */
	private String baseline;

	/** Every route the application maps, as {@code METHOD /pattern} without regexes. */
	Set<String> mappedRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<?> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				String plain = VARIABLE.matcher(pattern).replaceAll("{$1}");
				if (methods.isEmpty()) {
					routes.add("ANY " + plain);
				}
				methods.forEach((m) -> routes.add(m + " " + plain));
			}
		}
		return routes;
	}

	@Test
	void everyMappedRouteHasARuleAndEveryRuleARoute() {
		Set<String> mapped = mappedRoutes();
		Set<String> ruled = new TreeSet<>();
		AccessMatrix.RULES.keySet().forEach((r) -> ruled.add(AccessMatrix.mapped(r)));
		assertThat(mapped).as("routes without a rule in AccessMatrix").isSubsetOf(ruled);
		assertThat(ruled).as("rules of routes the application no longer maps").isSubsetOf(mapped);
	}

	@Test
	void everyRouteAnswersEveryCallerAsItsRuleSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		Map<String, Integer> counts = new TreeMap<>();
		long started = System.nanoTime();
		for (Map.Entry<String, AccessRule> entry : AccessMatrix.RULES.entrySet()) {
			String route = entry.getKey();
			for (Map.Entry<Caller, Map<String, Relation>> byCaller : CASES.entrySet()) {
				Caller caller = byCaller.getKey();
				Map<String, Relation> agencies = AccessMatrix.namesAgency(route) ? byCaller.getValue()
						: Map.of(home(caller), Relation.OWN);
				for (Map.Entry<String, Relation> agency : agencies.entrySet()) {
					String outcome = check(route, entry.getValue(), caller, agency.getKey(), agency.getValue());
					counts.merge(outcome.substring(0, outcome.indexOf(' ')), 1, Integer::sum);
					if (outcome.startsWith("WRONG")) {
						wrong.add(outcome);
					}
				}
			}
		}
		System.out.printf("Access matrix: %d routes, %s, %d ms%n", AccessMatrix.RULES.size(), counts,
				(System.nanoTime() - started) / 1_000_000);
		assertThat(wrong).as("answers that break the access rules").isEmpty();
	}

	private static String home(Caller caller) {
		return (caller == LEADER || caller == ADMIN) ? "AG" : "AG-KV01";
	}

	/** One cell of the matrix: "ALLOWED …", "DENIED …", "SKIPPED …" or "WRONG …". */
	private String check(String route, AccessRule rule, Caller caller, String agency, Relation relation)
			throws Exception {
		boolean allowed = rule.allows(caller, relation);
		String verb = route.substring(0, route.indexOf(' '));
		HttpMethod method = HttpMethod.valueOf("ANY".equals(verb) ? "GET" : verb);
		boolean write = method != HttpMethod.GET;
		String cell = caller + " on " + agency + " (" + relation + "): " + route;
		if (write && allowed) {
			return "SKIPPED " + cell;
		}
		if (write && this.baseline == null) {
			this.baseline = fingerprint();
		}
		MockHttpServletResponse response = this.mvc.perform(request(route, method, caller, agency))
			.andReturn()
			.getResponse();
		int status = response.getStatus();
		boolean api = route.contains(" /api/");
		String location = response.getRedirectedUrl();
		boolean toLogin = location != null && location.contains("/login");
		boolean denied = status == 401 || status == 403 || (status == 302 && toLogin && !api);
		String answer = cell + " → " + status + ((location != null) ? " " + location : "");
		if (status >= 500 && !route.endsWith(" /error")) {
			return "WRONG server error " + answer;
		}
		if (relation == Relation.UNKNOWN && rule != AccessRule.ADMIN) {
			return (status == 404) ? "ALLOWED " + answer : "WRONG expected 404 " + answer;
		}
		if (allowed) {
			return denied ? "WRONG expected allowed " + answer : "ALLOWED " + answer;
		}
		if (!denied) {
			return "WRONG expected denied " + answer;
		}
		if (api && caller.role() == null && status != 401) {
			return "WRONG expected 401 " + answer;
		}
		if (write && !this.baseline.equals(fingerprint())) {
			this.baseline = fingerprint();
			return "WRONG a refused write changed the database " + answer;
		}
		return "DENIED " + answer;
	}

	private MockHttpServletRequestBuilder request(String route, HttpMethod method, Caller caller, String agency) {
		String path = route.substring(route.indexOf(' ') + 1);
		String query = "";
		if (path.contains("?agency=")) {
			query = path.substring(path.indexOf('?')) + agency;
			path = path.substring(0, path.indexOf('?'));
		}
		String url = fill(path, agency) + query;
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, url);
		if (caller.username() != null) {
			request.with(TestUsers.session(caller.username()));
		}
		if (method == HttpMethod.GET) {
			return request;
		}
		if (!path.startsWith("/api/")) {
			return request.with(csrf())
				.param("comment", "ma trận")
				.param("reason", "ma trận")
				.param("version", "0")
				.param("ids", submittedReturn());
		}
		if (path.endsWith("workbook")) {
			return request.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
				.content("PK\3\4 not really a workbook");
		}
		if (path.endsWith("/import")) {
			return request.contentType("text/csv").content("code,name\nZZ1,Thử\n");
		}
		String json = path.startsWith("/api/v1/targets") ? "{\"casesRate\": 80, \"moneyRate\": 40}"
				: (method == HttpMethod.PUT) ? RETURN_JSON : "{\"comment\": \"ma trận\", \"reason\": \"ma trận\"}";
		return request.contentType(MediaType.APPLICATION_JSON).content(json);
	}

	/** The pattern's variables filled from the agency under test. */
	private String fill(String path, String agency) {
		String period = CLOSED.contains(agency) ? "2025-03" : "2026-10";
		Matcher variables = VARIABLE.matcher(path);
		StringBuilder url = new StringBuilder();
		while (variables.find()) {
			String value = switch (variables.group(1)) {
				case "agency", "code" -> agency;
				case "period" -> period;
				case "statYear" -> "2026";
				case "id" -> String.valueOf(this.jdbc
					.queryForObject("select id from user_account where username = 'ag-kv01.canbo'", Long.class));
				case "keyCase" -> String.valueOf(this.jdbc.queryForObject(
						"select min(k.id) from key_case k join agency a on a.id = k.agency_id where a.code = 'AG-KV01'",
						Long.class));
				case "instruction" -> String.valueOf(
						this.jdbc.queryForObject("select coalesce(min(id), 0) from key_case_instruction", Long.class));
				default -> throw new IllegalStateException("No value for " + variables.group() + " in " + path);
			};
			variables.appendReplacement(url, Matcher.quoteReplacement(value));
		}
		variables.appendTail(url);
		return url.toString();
	}

	/** A return waiting for approval: what the approve-all form would send. */
	private String submittedReturn() {
		return String.valueOf(
				this.jdbc.queryForObject("select min(id) from monthly_return where status = 'SUBMITTED'", Long.class));
	}

	/**
	 * Everything a write could change: returns, their audit, targets, agencies, users.
	 */
	private String fingerprint() {
		return this.jdbc.queryForObject("""
				select md5(concat_ws('#',
				  (select string_agg(r::text, '|' order by r.id) from monthly_return r),
				  (select count(*) from return_event), (select count(*) from return_change),
				  (select string_agg(t::text, '|' order by t.id) from target t),
				  (select string_agg(a::text, '|' order by a.id) from agency a),
				  (select string_agg(n::text, '|' order by n::text) from agency_name n),
				  (select string_agg(u::text, '|' order by u.id) from user_account u)))""", String.class);
	}

}
