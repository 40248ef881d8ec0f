package vn.thads.portal.returns.api;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.support.FullStack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * The API's figures and texts beyond what a field allows (issue 11): 422 on the field,
 * quickly (a number is compared before it is written out), never a 500, an Infinity or a
 * figure rounded to a whole one; nothing saved.
 */
@FullStack
class ReturnApiLimitsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	TestUnits units;

	String url;

	@BeforeEach
	void units() {
		this.units = TestUnits.create(this.agencies, this.users);
		this.url = "/api/v1/returns/" + this.units.province() + "/2020-09";
	}

	private static String completed(String value) {
		return "{\"cases\": "
				+ ReturnApiTests.CASES.formatted("5705").replace("\"completed\": 12056", "\"completed\": " + value)
				+ ", \"money\": " + ReturnApiTests.MONEY + "}";
	}

	private ResultActions put(String json) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.put(this.url)
			.with(basic(this.units.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions post(String path, String user, String json) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post(this.url + path)
			.with(basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void figuresBeyondTheirRangeAre422OnTheFieldAndNothingIsSaved() throws Exception {
		put(completed("1e400")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", contains("cases.completed")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("1E+400")));
		long start = System.nanoTime();
		put(completed("1e999999999")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", contains("cases.completed")));
		put(completed("-1e999999999")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", contains("cases.completed")));
		put(completed("1e-999999999")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", contains("cases.completed")));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		// a double would round this to 10^15, a whole figure within range
		put(completed("999999999999999.9999")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", contains("cases.completed")));
		put(completed("1" + "0".repeat(120))).andExpect(status().isBadRequest());
		this.mvc.perform(get(this.url).with(basic(this.units.officer()))).andExpect(status().isNotFound());
		put(completed("12056.000")).andExpect(status().isOk()).andExpect(jsonPath("$.cases.completed").value(12056));
	}

	@Test
	void textsLongerThanTheLimitAre422AndTheReturnStaysAsItWas() throws Exception {
		put(completed("12056")).andExpect(status().isOk());
		String tooLong = "ý".repeat(2001);
		post("/submit", this.units.officer(), "{\"version\": 0, \"explanation\": \"" + tooLong + "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("explanation"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("2.000")));
		post("/submit", this.units.officer(), "{\"version\": 0, \"explanation\": \"" + "ý".repeat(2000) + "\"}")
			.andExpect(status().isOk());
		post("/return", this.units.leader(), "{\"version\": 1, \"comment\": \"" + tooLong + "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		this.mvc.perform(get(this.url).with(basic(this.units.officer())))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

}
