package vn.thads.portal.returns.api;

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

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * Complaints and denunciations and the administrative judgments followed in the returns
 * API (issue 14 items 3 and 4): the same machinery as the citizen reception; derived
 * lines given back, identities as errors naming both lines and numbers, kept when a PUT
 * leaves them out, listed in the history by field.
 */
@FullStack
class ReturnCompanionApiTests {

	static final String COMPLAINTS = """
			{"complaintsReceived": %d, "complaintsCompetent": %d, "complaintsResolved": %d,
			 "denunciationsReceived": %d, "denunciationsCompetent": %d, "denunciationsResolved": %d}""";

	static final String ADMIN = """
			{"carriedOver": %d, "received": %d, "completed": %d}""";

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

	private static String body(String version, String complaints, String admin) {
		String v = (version != null) ? "\"version\": " + version + ", " : "";
		String c = (complaints != null) ? ", \"complaints\": " + complaints : "";
		String a = (admin != null) ? ", \"adminJudgments\": " + admin : "";
		return "{" + v + "\"cases\": " + ReturnApiTests.CASES.formatted("5705") + ", \"money\": " + ReturnApiTests.MONEY
				+ c + a + "}";
	}

	private ResultActions put(String json) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.put(this.url)
			.with(basic(this.units.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void aPutSavesBothFormsAndGivesTheirDerivedLines() throws Exception {
		put(body(null, COMPLAINTS.formatted(40, 30, 25, 8, 6, 2), ADMIN.formatted(12, 20, 9)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", hasSize(0)))
			.andExpect(jsonPath("$.complaints.complaintsReceived").value(40))
			.andExpect(jsonPath("$.complaints.complaintsOutstanding").value(5))
			.andExpect(jsonPath("$.complaints.denunciationsOutstanding").value(4))
			.andExpect(jsonPath("$.adminJudgments.total").value(32))
			.andExpect(jsonPath("$.adminJudgments.outstanding").value(23))
			// the reception, not given, is there with zeros
			.andExpect(jsonPath("$.reception.visits").value(0));
		// left out, they stay; the history names each changed line
		put(body("0", null, ADMIN.formatted(12, 21, 9))).andExpect(status().isOk())
			.andExpect(jsonPath("$.complaints.complaintsResolved").value(25))
			.andExpect(jsonPath("$.adminJudgments.received").value(21));
		this.mvc.perform(get(this.url + "/history").with(basic(this.units.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].changes[?(@.field == 'complaints.complaintsResolved')].to", hasItem(25)))
			.andExpect(jsonPath("$[1].changes[?(@.field == 'adminJudgments.received')].from", hasItem(20)))
			.andExpect(jsonPath("$[1].changes[?(@.field == 'adminJudgments.received')].to", hasItem(21)))
			.andExpect(jsonPath("$[1].changes[?(@.field == 'complaints.complaintsResolved')]", hasSize(0)));
	}

	@Test
	void partsAboveTheirWholeAreErrorsNamingBothLinesAndNumbers() throws Exception {
		put(body(null, COMPLAINTS.formatted(10, 12, 13, 1, 1, 2), ADMIN.formatted(3, 4, 8))).andExpect(status().isOk())
			.andExpect(jsonPath("$.errors[*].field", hasItem("complaints.complaintsCompetent")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("complaints.complaintsResolved")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("complaints.denunciationsResolved")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("adminJudgments.completed")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("companionPart")))
			.andExpect(jsonPath("$.errors[*].message",
					hasItem("Đơn khiếu nại thuộc thẩm quyền là 12, lớn hơn Đơn khiếu nại nhận được (10)")))
			.andExpect(jsonPath("$.errors[*].message",
					hasItem("Đã thi hành xong là 8, lớn hơn Tổng số bản án, quyết định phải theo dõi (7)")));
		this.mvc
			.perform(MockMvcRequestBuilders.post(this.url + "/submit")
				.with(basic(this.units.officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0}"))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void theCarriedOverJudgmentsAreFixedWithinTheYear() throws Exception {
		String august = "/api/v1/returns/" + this.units.province() + "/2020-08";
		this.mvc
			.perform(MockMvcRequestBuilders.put(august)
				.with(basic(this.units.officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(null, null, ADMIN.formatted(12, 15, 9))))
			.andExpect(status().isOk());
		put(body(null, null, ADMIN.formatted(13, 20, 9))).andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", hasSize(0)))
			.andExpect(jsonPath("$.warnings[*].field", hasItem("adminJudgments.carriedOver")))
			.andExpect(jsonPath("$.warnings[*].code", hasItem("companionNotFixed")))
			.andExpect(jsonPath("$.warnings[*].message", hasItem(
					"Bản án, quyết định năm trước chuyển sang (13) khác các tháng trước trong năm (12); số này cố định cả năm")));
	}

	@Test
	void missingOrNegativeLinesAreRefusedAndNothingIsSaved() throws Exception {
		put(body(null, "{\"complaintsReceived\": -1}", null)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("complaints.complaintsReceived")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("complaints.denunciationsResolved")));
		this.mvc.perform(get(this.url).with(basic(this.units.officer()))).andExpect(status().isNotFound());
	}

}
