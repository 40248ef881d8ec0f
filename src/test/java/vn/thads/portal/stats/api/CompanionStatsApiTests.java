package vn.thads.portal.stats.api;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * The companion forms in the statistics (issue 14): every line of every form summed by
 * the same counting rule as the main forms, with the same period last year and the
 * change, across the 2025 switch through the predecessors.
 */
@FullStack
class CompanionStatsApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void kienGiangsReceptionIsLastYearAYearLater() throws Exception {
		String json = stats("KG", "2023-09");
		assertThat(line(json, "reception", "lastYear", "visits")).isEqualTo(191);
		assertThat(line(json, "reception", "lastYear", "leaderPeople")).isEqualTo(139);
		assertThat(line(json, "reception", "lastYear", "judgmentsReceived")).isEqualTo(9838);
		assertThat(line(json, "reception", "change", "visits"))
			.isEqualTo(line(json, "reception", "lines", "visits") - 191);
	}

	@Test
	void derivedLinesComeFromTheirFormulas() throws Exception {
		String json = stats("KG", "2022-09");
		long competent = line(json, "complaints", "lines", "complaintsCompetent");
		long resolved = line(json, "complaints", "lines", "complaintsResolved");
		assertThat(competent).isPositive();
		assertThat(line(json, "complaints", "lines", "complaintsOutstanding")).isEqualTo(competent - resolved);
		long total = line(json, "adminJudgments", "lines", "carriedOver")
				+ line(json, "adminJudgments", "lines", "received");
		assertThat(line(json, "adminJudgments", "lines", "total")).isEqualTo(total);
		assertThat(line(json, "adminJudgments", "lines", "outstanding"))
			.isEqualTo(total - line(json, "adminJudgments", "lines", "completed"));
	}

	/**
	 * Today's An Giang before the switch is former An Giang and Kiên Giang together; a
	 * year after, that sum is its same period last year.
	 */
	@Test
	void aPresentProvinceSumsItsPredecessorsAcrossTheSwitch() throws Exception {
		String present = stats("AG", "2024-09");
		String kienGiang = stats("KG", "2024-09");
		String formerAnGiang = stats("AGC", "2024-09");
		for (String form : new String[] { "reception", "complaints", "adminJudgments" }) {
			Map<String, Object> lines = JsonPath.read(present, "$.companionForms." + form + ".lines");
			for (String code : lines.keySet()) {
				assertThat(line(present, form, "lines", code)).as(form + "." + code)
					.isEqualTo(line(kienGiang, form, "lines", code) + line(formerAnGiang, form, "lines", code));
			}
		}
		assertThat(line(present, "complaints", "lines", "complaintsReceived")).isPositive();
		String yearAfter = stats("AG", "2025-09");
		assertThat(line(yearAfter, "complaints", "lastYear", "complaintsReceived"))
			.isEqualTo(line(present, "complaints", "lines", "complaintsReceived"));
		assertThat(line(yearAfter, "adminJudgments", "lastYear", "outstanding"))
			.isEqualTo(line(present, "adminJudgments", "lines", "outstanding"));
	}

	private String stats(String agency, String period) throws Exception {
		return this.mvc.perform(get("/api/v1/stats/" + agency + "/" + period).with(basic("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static long line(String json, String form, String part, String code) {
		Number value = JsonPath.read(json, "$.companionForms." + form + "." + part + "." + code);
		return value.longValue();
	}

}
