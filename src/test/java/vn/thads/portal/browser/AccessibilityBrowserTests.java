package vn.thads.portal.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.thads.portal.support.Browser;
import vn.thads.portal.support.InBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, as each role sees it, passes axe-core's WCAG 2.0/2.1 A and AA rules with no
 * violation. axe-core is a test resource (npm {@code axe-core}, MPL-2.0, in
 * {@code src/test/resources/axe}), injected into each page by the browser itself, so no
 * page ever loads it from anywhere else. One sign-in per role; the pages of a role are
 * visited in one session.
 */
@InBrowser
class AccessibilityBrowserTests {

	private static final String RUN = """
			() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
			  .then(r => r.violations.map(v => v.id + ' (' + v.nodes.length + '): ' + v.help + ' — '
			    + [...new Map(v.nodes.map(n => [n.failureSummary, n.target.join(' ') + ' ' + n.failureSummary.replace(/\\s+/g, ' ')])).values()].join(' | ')))
			""";

	private static String axe;

	/** The browser contexts axe is injected into already (once each). */
	private final Set<Object> injected = Collections.newSetFromMap(new IdentityHashMap<>());

	@BeforeAll
	static void readAxe() throws IOException {
		try (InputStream in = AccessibilityBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
			axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void theSignInPage(Browser.Session session) {
		assertThat(visit(session, null, List.of("/login"))).isEmpty();
	}

	@Test
	void anOfficersPages(Browser.Session session) {
		assertThat(visit(session, "ag-kv01.canbo",
				List.of("/returns/AG-KV01", "/returns/AG-KV01/2026-10", "/returns/AG-KV01/2026-10/history",
						"/dashboard/AG-KV01", "/agencies/AG-KV01", "/reports", "/reports/AG-KV01/2026-09",
						"/account/password")))
			.isEmpty();
	}

	@Test
	void aProvincialLeadersPages(Browser.Session session) {
		assertThat(visit(session, "ag.lanhdao",
				List.of("/dashboard/AG", "/dashboard", "/returns/queue", "/returns/AG", "/returns/AG-KV01/2026-10",
						"/targets", "/targets?year=2026", "/reports", "/reports/AG/2026-09", "/agencies/AG",
						"/planner/AG?period=2026-10", "/meetings/AG/2026-10", "/meetings/AG/2026-10/decisions")))
			.isEmpty();
	}

	@Test
	void theNationalLeadersPages(Browser.Session session) {
		assertThat(visit(session, "tw.lanhdao", List.of("/dashboard/TW", "/targets", "/returns/queue", "/reports")))
			.isEmpty();
	}

	@Test
	void anAdministratorsPages(Browser.Session session) {
		List<String> found = visit(session, "admin",
				List.of("/admin/users", "/admin/users/new", "/admin/users/move", "/admin/users/audit",
						"/admin/users/import", "/admin/agencies", "/admin/agencies/new", "/admin/agencies/AG",
						"/admin/agencies/exchange", "/admin/users/locks", "/targets", "/account/password"));
		Page page = session.page();
		page.navigate("/admin/users");
		String user = page
			.locator("a[href^='/admin/users/']:not([href$='new']):not([href$='move'])"
					+ ":not([href$='audit']):not([href$='import'])")
			.first()
			.getAttribute("href");
		found.addAll(visit(session, null, List.of(user)));
		assertThat(found).isEmpty();
	}

	@Test
	void pagesInEnglish(Browser.Session session) {
		// the language is kept in the session once chosen: the first page switches it
		assertThat(visit(session, "ag-kv01.canbo", List.of("/returns/AG-KV01/2026-10?lang=en", "/returns/AG-KV01",
				"/dashboard/AG-KV01", "/reports/AG-KV01/2026-09", "/agencies/AG-KV01")))
			.isEmpty();
		assertThat(session.page().locator("html").getAttribute("lang")).isEqualTo("en");
	}

	@Test
	void errorPages(Browser.Session session) {
		List<String> found = new ArrayList<>();
		found.addAll(visit(session, "ag-kv01.canbo", 404, List.of("/no-such-page")));
		found.addAll(
				visit(session, null, 403, List.of("/admin/users", "/returns/PT-KV01/2026-10", "/returns/XX/2026-10")));
		found.addAll(visit(session, null, 422, List.of("/returns/AG-KV01/2024-13")));
		// a month not ended yet: the page says so
		found.addAll(visit(session, null, 200, List.of("/returns/AG-KV01/2027-10")));
		assertThat(found).isEmpty();
	}

	/** Visits the pages (signed in as {@code username} first, unless null). */
	private List<String> visit(Browser.Session session, String username, List<String> paths) {
		return visit(session, username, 200, paths);
	}

	/** Visits pages expected to answer {@code status}. */
	private List<String> visit(Browser.Session session, String username, int status, List<String> paths) {
		if (this.injected.add(session.context())) {
			session.context().addInitScript(axe);
		}
		if (username != null) {
			session.signIn(username, "demo");
		}
		List<String> found = new ArrayList<>();
		for (String path : paths) {
			Response response = session.page().navigate(path);
			assertThat(response.status()).as(path).isEqualTo(status);
			@SuppressWarnings("unchecked")
			List<String> violations = (List<String>) session.page().evaluate(RUN);
			violations.forEach((v) -> found.add(username + " " + path + ": " + v));
		}
		found.forEach(System.out::println);
		return found;
	}

}
