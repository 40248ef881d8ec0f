package vn.thads.portal.proof;

import java.util.LinkedHashMap;
import java.util.Map;

import static vn.thads.portal.proof.AccessRule.ADMIN;
import static vn.thads.portal.proof.AccessRule.EDIT_RETURNS;
import static vn.thads.portal.proof.AccessRule.EXPORT;
import static vn.thads.portal.proof.AccessRule.KEEP_KEY_CASES;
import static vn.thads.portal.proof.AccessRule.LEAD_KEY_CASES;
import static vn.thads.portal.proof.AccessRule.LEADER;
import static vn.thads.portal.proof.AccessRule.MEETING_CONCLUSIONS;
import static vn.thads.portal.proof.AccessRule.PROVINCE_OFFICER;
import static vn.thads.portal.proof.AccessRule.PROVINCE_OWN;
import static vn.thads.portal.proof.AccessRule.PUBLIC;
import static vn.thads.portal.proof.AccessRule.REOPEN;
import static vn.thads.portal.proof.AccessRule.REVIEW;
import static vn.thads.portal.proof.AccessRule.SET_TARGET;
import static vn.thads.portal.proof.AccessRule.SET_TARGETS_BELOW;
import static vn.thads.portal.proof.AccessRule.SIGNED_IN;
import static vn.thads.portal.proof.AccessRule.VIEW;

/**
 * The access-control matrix: every route of the portal (method and pattern exactly as the
 * application maps it) and who may call it (domain.md §1a, §6). A route the application
 * maps but this table does not name fails {@link AccessMatrixTests}: a new route needs
 * its rule written here. Routes whose agency is a query parameter say so with
 * {@code ?agency=}.
 */
final class AccessMatrix {

	static final Map<String, AccessRule> RULES = new LinkedHashMap<>();

	static {
		// pages anyone may open
		rule("GET /login", PUBLIC);
		// called directly it has no error to show, and says 500 (Spring Boot's error
		// page): only its rule is checked, not its status
		rule("ANY /error", PUBLIC);
		// pages of every signed-in user
		rule("GET /", SIGNED_IN);
		rule("GET /account/password", SIGNED_IN);
		rule("POST /account/password", SIGNED_IN);
		rule("GET /returns", SIGNED_IN);
		rule("GET /returns/keepalive", SIGNED_IN);
		rule("GET /dashboard", SIGNED_IN);
		rule("GET /planner", SIGNED_IN);
		rule("GET /reports?agency=", VIEW);
		rule("GET /reports/open?agency=", VIEW);
		rule("GET /targets?agency=", SET_TARGETS_BELOW);
		rule("POST /targets?agency=", SET_TARGETS_BELOW);
		rule("GET /returns/queue", LEADER);
		rule("POST /returns/queue/approve", LEADER);
		// an agency's pages
		rule("GET /agencies/{code}", VIEW);
		rule("GET /dashboard/{agency}", VIEW);
		rule("GET /dashboard/{agency}/units.csv", VIEW);
		rule("GET /dashboard/{agency}/units.xlsx", VIEW);
		rule("GET /planner/{agency}", VIEW);
		rule("GET /planner/{agency}.pdf", VIEW);
		rule("GET /planner/{agency}.xlsx", VIEW);
		// the meeting pack (issue 15, domain.md §12): read by whoever sees the figures,
		// its
		// conclusions entered by the agency's own leaders
		rule("GET /meetings", SIGNED_IN);
		rule("GET /meetings/{agency}", VIEW);
		rule("GET /meetings/{agency}/{period}", VIEW);
		rule("GET /meetings/{agency}/{period}.pdf", VIEW);
		rule("GET /meetings/{agency}/{period}.xlsx", VIEW);
		rule("GET /meetings/{agency}/{period}/decisions", MEETING_CONCLUSIONS);
		rule("POST /meetings/{agency}/{period}/decisions", MEETING_CONCLUSIONS);
		rule("GET /reports/{agency}/{period}", VIEW);
		rule("GET /reports/{agency}/{period}.pdf", VIEW);
		rule("GET /reports/{agency}/{period}.xlsx", VIEW);
		rule("GET /returns/{agency}", VIEW);
		rule("GET /returns/{agency}/{period}", VIEW);
		rule("GET /returns/{agency}/{period}/history", VIEW);
		rule("POST /returns/{agency}/{period}", EDIT_RETURNS);
		rule("POST /returns/{agency}/{period}/preview", EDIT_RETURNS);
		rule("GET /returns/{agency}/{period}/workbook", VIEW);
		rule("POST /returns/{agency}/{period}/workbook", EDIT_RETURNS);
		rule("POST /returns/{agency}/{period}/workbook/confirm", EDIT_RETURNS);
		rule("POST /returns/{agency}/{period}/workbook/cancel", EDIT_RETURNS);
		rule("GET /returns/{agency}/{period}/province-workbook", PROVINCE_OWN);
		rule("GET /returns/{agency}/{period}/province-workbook/download", PROVINCE_OWN);
		rule("POST /returns/{agency}/{period}/province-workbook", PROVINCE_OFFICER);
		rule("POST /returns/{agency}/{period}/province-workbook/confirm", PROVINCE_OFFICER);
		rule("POST /returns/{agency}/{period}/approve", REVIEW);
		rule("POST /returns/{agency}/{period}/return", REVIEW);
		rule("POST /returns/{agency}/{period}/reopen", REOPEN);
		// administration
		rule("GET /admin/agencies", ADMIN);
		rule("GET /admin/agencies/new", ADMIN);
		rule("POST /admin/agencies/new", ADMIN);
		rule("GET /admin/agencies/{code}", ADMIN);
		rule("POST /admin/agencies/{code}", ADMIN);
		rule("POST /admin/agencies/{code}/rename", ADMIN);
		rule("POST /admin/agencies/{code}/deactivate", ADMIN);
		rule("GET /admin/agencies/exchange", ADMIN);
		rule("GET /admin/agencies/exchange/export", ADMIN);
		rule("POST /admin/agencies/exchange", ADMIN);
		rule("POST /admin/agencies/exchange/confirm", ADMIN);
		rule("GET /admin/users", ADMIN);
		rule("GET /admin/users/new", ADMIN);
		rule("POST /admin/users/new", ADMIN);
		rule("GET /admin/users/{id}", ADMIN);
		rule("POST /admin/users/{id}", ADMIN);
		rule("POST /admin/users/{id}/enabled", ADMIN);
		rule("POST /admin/users/{id}/password", ADMIN);
		rule("GET /admin/users/move", ADMIN);
		rule("POST /admin/users/move", ADMIN);
		rule("GET /admin/users/audit", ADMIN);
		rule("GET /admin/users/locks", ADMIN);
		rule("POST /admin/users/locks/lift", ADMIN);
		rule("GET /admin/users/import", ADMIN);
		rule("POST /admin/users/import", ADMIN);
		rule("POST /admin/users/import/confirm", ADMIN);
		rule("GET /admin/users/import/result", ADMIN);
		// returns as files (issue 13, machine exchange)
		rule("GET /exchange/returns", EXPORT);
		rule("GET /exchange/returns/file?agency=", EXPORT);
		rule("GET /api/v1/returns/export?agency=", EXPORT);
		rule("GET /admin/returns/import", ADMIN);
		rule("POST /admin/returns/import", ADMIN);
		rule("GET /admin/returns/import/{id}", ADMIN);
		rule("GET /admin/returns/import/{id}/progress", ADMIN);
		rule("POST /admin/returns/import/{id}/confirm", ADMIN);
		rule("POST /api/v1/returns/import", ADMIN);
		// the API
		rule("GET /api/v1/agencies", SIGNED_IN);
		rule("GET /api/v1/agencies/export", ADMIN);
		rule("POST /api/v1/agencies/import", ADMIN);
		rule("GET /api/v1/returns/{agency}/{period}", VIEW);
		rule("PUT /api/v1/returns/{agency}/{period}", EDIT_RETURNS);
		rule("POST /api/v1/returns/{agency}/{period}/submit", EDIT_RETURNS);
		rule("POST /api/v1/returns/{agency}/{period}/approve", REVIEW);
		rule("POST /api/v1/returns/{agency}/{period}/return", REVIEW);
		rule("POST /api/v1/returns/{agency}/{period}/reopen", REOPEN);
		rule("GET /api/v1/returns/{agency}/{period}/history", VIEW);
		rule("GET /api/v1/returns/{agency}/{period}/workbook", VIEW);
		rule("POST /api/v1/returns/{agency}/{period}/workbook", EDIT_RETURNS);
		rule("GET /api/v1/returns/{agency}/{period}/province-workbook", PROVINCE_OWN);
		rule("POST /api/v1/returns/{agency}/{period}/province-workbook", PROVINCE_OFFICER);
		rule("GET /api/v1/stats/{agency}/{period}", VIEW);
		rule("GET /api/v1/stats/{agency}/{period}/units", VIEW);
		rule("GET /api/v1/planner/{agency}/{period}", VIEW);
		rule("GET /api/v1/targets/{agency}/{statYear}", VIEW);
		rule("PUT /api/v1/targets/{agency}/{statYear}", SET_TARGET);
		// the key-case register (issue 15); {keyCase} is a case of AG-KV01
		rule("GET /key-cases?agency=", VIEW);
		rule("GET /key-cases/export.csv?agency=", VIEW);
		rule("GET /key-cases/new?agency=", KEEP_KEY_CASES);
		rule("POST /key-cases/new?agency=", KEEP_KEY_CASES);
		rule("GET /key-cases/{keyCase}", VIEW);
		rule("POST /key-cases/{keyCase}", KEEP_KEY_CASES);
		rule("POST /key-cases/{keyCase}/names", VIEW);
		rule("POST /key-cases/{keyCase}/flag", LEAD_KEY_CASES);
		rule("POST /key-cases/{keyCase}/instructions", LEAD_KEY_CASES);
		rule("POST /key-cases/{keyCase}/instructions/{instruction}", KEEP_KEY_CASES);
		rule("GET /api/v1/key-cases?agency=", VIEW);
	}

	private AccessMatrix() {
	}

	private static void rule(String route, AccessRule rule) {
		RULES.put(route, rule);
	}

	/** The route as the application maps it: the query-parameter marker removed. */
	static String mapped(String route) {
		int query = route.indexOf('?');
		return (query < 0) ? route : route.substring(0, query);
	}

	/** Whether the route names an agency (in its path or as {@code ?agency=}). */
	static boolean namesAgency(String route) {
		return route.contains("{agency}") || route.contains("{code}") || route.contains("?agency=");
	}

}
