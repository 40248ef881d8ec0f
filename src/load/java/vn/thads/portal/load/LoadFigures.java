package vn.thads.portal.load;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures a simulated officer saves: a valid return (F = G + H, D + E ≤ C, no
 * {@code reduced} in cases) whose newly accepted cases carry a marker unique to the
 * write, so that the checker can tell every saved version apart. The marker goes into B
 * and G4 of both forms (money ×10), which keeps every identity.
 */
final class LoadFigures {

	private LoadFigures() {
	}

	static Map<String, Long> cases(long marker) {
		Map<String, Long> f = new LinkedHashMap<>();
		f.put("carriedOver", 100L);
		f.put("newlyAccepted", marker);
		f.put("entrusted", 2L);
		f.put("withdrawn", 1L);
		f.put("withoutConditions", 10L);
		f.put("completed", 40L);
		f.put("terminated", 5L);
		f.put("reduced", 0L);
		f.put("inProgress", 36L + marker);
		f.put("postponed", 3L);
		f.put("suspended", 2L);
		f.put("other", 1L);
		return f;
	}

	static Map<String, Long> money(long marker) {
		Map<String, Long> f = new LinkedHashMap<>();
		f.put("carriedOver", 5000L);
		f.put("newlyAccepted", 10 * marker);
		f.put("entrusted", 20L);
		f.put("withdrawn", 0L);
		f.put("withoutConditions", 100L);
		f.put("completed", 2000L);
		f.put("terminated", 100L);
		f.put("reduced", 50L);
		f.put("inProgress", 2670L + 10 * marker);
		f.put("postponed", 30L);
		f.put("suspended", 20L);
		f.put("other", 10L);
		return f;
	}

	/** The entry page's fields ({@code cases[completed]} …). */
	static Map<String, Object> formFields(long marker) {
		Map<String, Object> fields = new LinkedHashMap<>();
		cases(marker).forEach((k, v) -> fields.put("cases[" + k + "]", String.valueOf(v)));
		money(marker).forEach((k, v) -> fields.put("money[" + k + "]", String.valueOf(v)));
		return fields;
	}

	/** The API's body for {@code PUT /api/v1/returns/…}; no version when creating. */
	static String json(long marker, String version) {
		StringBuilder json = new StringBuilder("{");
		if (version != null && !version.isEmpty()) {
			json.append("\"version\":").append(version).append(',');
		}
		json.append("\"cases\":").append(object(cases(marker))).append(",\"money\":").append(object(money(marker)));
		return json.append('}').toString();
	}

	private static String object(Map<String, Long> figures) {
		StringBuilder json = new StringBuilder("{");
		figures
			.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
		return json.append('}').toString();
	}

}
