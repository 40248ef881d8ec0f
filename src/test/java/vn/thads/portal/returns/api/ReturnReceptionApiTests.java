package vn.thads.portal.returns.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * Citizen reception and judgments received in the returns API (issue 14 item 2): saved
 * and versioned with their return, kept when a PUT leaves them out, the leaders' part
 * above the total an error naming both numbers, fewer people than visits a warning.
 */
@FullStack
class ReturnReceptionApiTests {

	static final String RECEPTION = """
			{"visits": %d, "people": %d, "leaderVisits": %d, "leaderPeople": %d, "judgmentsReceived": %d}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Autowired
	JdbcTemplate jdbc;

	TestUnits units;

	String url;

	@BeforeEach
	void units() {
		this.units = TestUnits.create(this.agencies, this.users);
		this.url = "/api/v1/returns/" + this.units.province() + "/2020-09";
	}

	private static String body(String version, String reception) {
		String v = (version != null) ? "\"version\": " + version + ", " : "";
		String r = (reception != null) ? ", \"reception\": " + reception : "";
		return "{" + v + "\"cases\": " + ReturnApiTests.CASES.formatted("5705") + ", \"money\": " + ReturnApiTests.MONEY
				+ r + "}";
	}

	private ResultActions put(String json) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.put(this.url)
			.with(basic(this.units.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private long dataVersion() {
		return this.jdbc.queryForObject("select version from data_version", Long.class);
	}

	@Test
	void aPutWithReceptionSavesItVersionsItAndAuditsIt() throws Exception {
		put(body(null, RECEPTION.formatted(191, 195, 135, 139, 9838))).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.reception.visits").value(191))
			.andExpect(jsonPath("$.reception.people").value(195))
			.andExpect(jsonPath("$.reception.leaderVisits").value(135))
			.andExpect(jsonPath("$.reception.leaderPeople").value(139))
			.andExpect(jsonPath("$.reception.judgmentsReceived").value(9838))
			.andExpect(jsonPath("$.errors", hasSize(0)))
			.andExpect(jsonPath("$.warnings[*].field").value(org.hamcrest.Matchers.not(hasItem("reception.people"))));
		long before = dataVersion();
		put(body("0", RECEPTION.formatted(200, 205, 135, 139, 9838))).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.reception.visits").value(200));
		assertThat(dataVersion()).isGreaterThan(before);
		this.mvc.perform(get(this.url + "/history").with(basic(this.units.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].changes[?(@.field == 'reception.visits')].to", hasItem(191)))
			.andExpect(jsonPath("$[1].changes[?(@.field == 'reception.visits')].from", hasItem(191)))
			.andExpect(jsonPath("$[1].changes[?(@.field == 'reception.visits')].to", hasItem(200)));
	}

	@Test
	void aPutWithoutReceptionKeepsIt() throws Exception {
		put(body(null, RECEPTION.formatted(10, 12, 4, 5, 30))).andExpect(status().isOk());
		put(body("0", null)).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.reception.visits").value(10))
			.andExpect(jsonPath("$.reception.judgmentsReceived").value(30));
	}

	@Test
	void leadersAboveTheTotalIsAnErrorNamingBothNumbers() throws Exception {
		put(body(null, RECEPTION.formatted(10, 12, 11, 5, 0))).andExpect(status().isOk())
			.andExpect(jsonPath("$.errors[*].field", hasItem("reception.leaderVisits")))
			.andExpect(jsonPath("$.errors[*].message",
					hasItem("Số lượt lãnh đạo tiếp là 11, lớn hơn Số lượt tiếp công dân (10)")));
		// a return with an error cannot be submitted
		this.mvc
			.perform(MockMvcRequestBuilders.post(this.url + "/submit")
				.with(basic(this.units.officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0}"))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void fewerPeopleThanVisitsIsOnlyAWarning() throws Exception {
		put(body(null, RECEPTION.formatted(10, 8, 2, 2, 0))).andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", hasSize(0)))
			.andExpect(jsonPath("$.warnings[*].field", hasItem("reception.people")))
			.andExpect(jsonPath("$.warnings[*].message",
					hasItem(org.hamcrest.Matchers.startsWith("Số người được tiếp (8) ít hơn số lượt tiếp (10)"))));
	}

	@Test
	void negativeFractionalOrMissingFiguresAreRefusedAndNothingIsSaved() throws Exception {
		put(body(null, "{\"visits\": -1, \"people\": 1.5, \"leaderVisits\": 0, \"leaderPeople\": 0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("reception.visits")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("reception.people")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("reception.judgmentsReceived")));
		this.mvc.perform(get(this.url).with(basic(this.units.officer()))).andExpect(status().isNotFound());
	}

}
