package vn.thads.portal.stats.api;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.support.FullStack;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * The demo's Kiên Giang reproduces the published KG22 figures through the API. The demo
 * returns come with the returns feature: until they exist, this test is skipped.
 */
@FullStack
class DemoKienGiangApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void kienGiang2022AsPublished() throws Exception {
		Integer returns = this.jdbc.queryForObject("select count(*) from monthly_return m join agency a "
				+ "on a.id = m.agency_id where a.path like '/TW/KG/%' and m.period = date '2022-09-01' "
				+ "and m.status in ('SUBMITTED', 'APPROVED')", Integer.class);
		Assumptions.assumeTrue(returns != null && returns > 0, "no demo returns of Kiên Giang for 2022-09 yet");
		this.mvc.perform(get("/api/v1/stats/KG/2022-09").with(basic("ag.lanhdao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cases.mustEnforce").value(20_352))
			.andExpect(jsonPath("$.cases.withConditions").value(14_647))
			.andExpect(jsonPath("$.cases.carriedToNext").value(8_122))
			.andExpect(jsonPath("$.cases.completionRate").value(83.50))
			.andExpect(jsonPath("$.money.resolved").value(1_165_081_049L))
			.andExpect(jsonPath("$.money.completionRate").value(57.79))
			.andExpect(jsonPath("$.money.conditionsShare").value(59.20))
			.andExpect(jsonPath("$.target.moneyRate").value(40.10))
			.andExpect(jsonPath("$.gap.moneyPoints").value(17.69))
			.andExpect(jsonPath("$.gap.moneyNeeded").value(0))
			.andExpect(jsonPath("$.previousYear.money.resolved").value(790_981_267L))
			.andExpect(jsonPath("$.previousYear.money.completionRate").value(47.89))
			.andExpect(jsonPath("$.change.moneyResolvedPct").value(47.30))
			.andExpect(jsonPath("$.change.moneyRatePoints").value(9.90));
	}

	/**
	 * Seed 003: bank credit reached 29,24 % of cases and 27,69 % of money, and is 47,40 %
	 * of all money to enforce (issue 14).
	 */
	@Test
	void kienGiang2022BankCreditAsPublished() throws Exception {
		this.mvc.perform(get("/api/v1/stats/KG/2022-09").with(basic("ag.lanhdao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.categories[0].code").value("TIN_DUNG_NGAN_HANG"))
			.andExpect(jsonPath("$.categories[0].name").value("tín dụng, ngân hàng"))
			.andExpect(jsonPath("$.categories[0].cases.completionRate").value(29.24))
			.andExpect(jsonPath("$.categories[0].money.completionRate").value(27.69))
			.andExpect(jsonPath("$.categories[0].shareOfMoney").value(47.40))
			.andExpect(jsonPath("$.categories[0].money.mustEnforce").value(1_614_001_411L))
			.andExpect(jsonPath("$.categories[1].code").value("THU_HOI_TAI_SAN_THAM_NHUNG_KINH_TE"));
		// the same through a present office's history: Rạch Giá's own part, counted under
		// AG-KV01
		this.mvc.perform(get("/api/v1/stats/AG/2022-09").with(basic("ag.lanhdao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.categories[0].money.mustEnforce").isNumber());
	}

}
