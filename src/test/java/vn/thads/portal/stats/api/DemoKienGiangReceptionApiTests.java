package vn.thads.portal.stats.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.support.FullStack;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * Seed 003 (issue 14): in 2022 Kiên Giang received citizens 191 times (195 people), its
 * leaders 135 times (139 people), and received 9.838 judgments and decisions — summed by
 * the engine over the province and its units.
 */
@FullStack
class DemoKienGiangReceptionApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void kienGiang2022ReceptionAsPublished() throws Exception {
		this.mvc.perform(get("/api/v1/stats/KG/2022-09").with(basic("ag.lanhdao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reception.visits").value(191))
			.andExpect(jsonPath("$.reception.people").value(195))
			.andExpect(jsonPath("$.reception.leaderVisits").value(135))
			.andExpect(jsonPath("$.reception.leaderPeople").value(139))
			.andExpect(jsonPath("$.judgmentsReceived").value(9838));
	}

	@Test
	void aUnitHoldsItsPartAndTheUnitsRowsCarryNoReception() throws Exception {
		this.mvc.perform(get("/api/v1/stats/KG-RG/2022-09").with(basic("ag.lanhdao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reception.visits").value(allOf(greaterThan(0), lessThan(191))))
			.andExpect(jsonPath("$.reception.leaderVisits").value(allOf(greaterThan(0), lessThan(135))));
		this.mvc.perform(get("/api/v1/stats/KG/2022-09/units").with(basic("ag.lanhdao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].reception").doesNotExist());
	}

}
