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

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/** The Returns section of api.md: paths, fields and status codes exactly. */
@FullStack
class ReturnApiTests {

	/** The KG22 forms as JSON (cases without "reduced", which may be absent). */
	static final String CASES = """
			{"carriedOver": 7776, "newlyAccepted": 12576, "entrusted": 0, "withdrawn": 0,
			 "withoutConditions": %s, "completed": 12056, "terminated": 174, "inProgress": 2417,
			 "postponed": 0, "suspended": 0, "other": 0}""";

	static final String MONEY = """
			{"carriedOver": 1000000000, "newlyAccepted": 2478152572, "entrusted": 73086304, "withdrawn": 0,
			 "withoutConditions": 1389178709, "completed": 1165081049, "terminated": 0, "reduced": 0,
			 "inProgress": 850806510, "postponed": 0, "suspended": 0, "other": 0}""";

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

	private static String body(String version, String withoutConditions) {
		String v = (version != null) ? "\"version\": " + version + ", " : "";
		return "{" + v + "\"cases\": " + CASES.formatted(withoutConditions) + ", \"money\": " + MONEY + "}";
	}

	private ResultActions put(String path, String user, String json) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.put(path)
			.with(basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions post(String path, String user, String json) throws Exception {
		var request = MockMvcRequestBuilders.post(path).with(basic(user));
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return this.mvc.perform(request);
	}

	@Test
	void aDemoReturnReadsAsTheContractSays() throws Exception {
		this.mvc.perform(get("/api/v1/returns/AG-KV01/2026-08").with(basic("ag-kv01.canbo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyCode").value("AG-KV01"))
			.andExpect(jsonPath("$.period").value("2026-08"))
			.andExpect(jsonPath("$.statYear").value(2026))
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.version").isNumber())
			.andExpect(jsonPath("$.cases.carriedOver").isNumber())
			.andExpect(jsonPath("$.money.reduced").isNumber())
			.andExpect(jsonPath("$.derived.cases.mustEnforce").isNumber())
			.andExpect(jsonPath("$.derived.money.completionRate").isNumber())
			.andExpect(jsonPath("$.warnings", hasSize(0)))
			.andExpect(jsonPath("$.submittedAt").isString())
			.andExpect(jsonPath("$.approvedAt").isString());
	}

	@Test
	void noReturnIs404AndAnUnreadablePeriod422() throws Exception {
		// the office that has not reported the last month
		this.mvc.perform(get("/api/v1/returns/AG-KV14/2026-10").with(basic("ag.lanhdao")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/returns/AG-KV14/2026-13").with(basic("ag.lanhdao")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		this.mvc.perform(get("/api/v1/returns/AG-KV01/2026-08")).andExpect(status().isUnauthorized());
	}

	@Test
	void aDistrictOfficerNeitherReadsNorWritesAnotherDistrict() throws Exception {
		this.mvc.perform(get("/api/v1/returns/AG-KV02/2026-08").with(basic("ag-kv01.canbo")))
			.andExpect(status().isForbidden());
		put("/api/v1/returns/AG-KV02/2026-08", "ag-kv01.canbo", body("0", "5705")).andExpect(status().isForbidden());
		post("/api/v1/returns/AG-KV02/2026-08/submit", "ag-kv01.canbo", "{\"version\": 0}")
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/returns/AG-KV02/2026-08/history").with(basic("ag-kv01.canbo")))
			.andExpect(status().isForbidden());
		post("/api/v1/returns/AG-KV03/2026-10/approve", "ag-kv01.canbo", "{\"version\": 0}")
			.andExpect(status().isForbidden());
		// a predecessor of another office is outside the officer's scope too
		this.mvc.perform(get("/api/v1/returns/KG-HT/2024-08").with(basic("ag-kv01.canbo")))
			.andExpect(status().isForbidden());
	}

	@Test
	void putCreatesThenUpdatesWithTheVersionAndRefusesAStaleOne() throws Exception {
		put(this.url, this.units.officer(), body(null, "5705")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.derived.cases.completionRate").value(83.50))
			.andExpect(jsonPath("$.derived.money.conditionsShare").value(59.20))
			.andExpect(jsonPath("$.errors", hasSize(0)));
		put(this.url, this.units.officer(), body("0", "5705")).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		put(this.url, this.units.officer(), body("0", "5705")).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.current.version").value(1))
			.andExpect(jsonPath("$.changes", hasSize(0)));
		put(this.url, this.units.officer(), body(null, "5705")).andExpect(status().isConflict());
		put(this.url, this.units.leader(), body("1", "5705")).andExpect(status().isForbidden());
	}

	@Test
	void anIdentityErrorIsSavedAsADraftAndReportedWithItsNumbers() throws Exception {
		put(this.url, this.units.officer(), body(null, "5600")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.errors[0].field").value("cases.withoutConditions"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Phải thi hành (20.352) khác Có điều kiện (14.647) + Chưa có điều kiện (5.600): lệch 105"));
		post(this.url + "/submit", this.units.officer(), "{\"version\": 0}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("cases.withoutConditions"));
		this.mvc.perform(get(this.url).with(basic(this.units.officer())))
			.andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void badFiguresAre422AndNothingIsSaved() throws Exception {
		put(this.url, this.units.officer(), body(null, "5705")).andExpect(status().isOk());
		String missing = body("0", "5705").replace("\"completed\": 12056, ", "");
		put(this.url, this.units.officer(), missing).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", contains("cases.completed")))
			.andExpect(jsonPath("$.errors[0].message").value("Thiếu số liệu này."));
		put(this.url, this.units.officer(), body("0", "5705.5")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("cases.withoutConditions"));
		put(this.url, this.units.officer(), body("0", "-1")).andExpect(status().isUnprocessableContent());
		put(this.url, this.units.officer(), body("0", "1000000000000001")).andExpect(status().isUnprocessableContent());
		put(this.url, this.units.officer(), body("0", "\"5.705\"")).andExpect(status().isUnprocessableContent());
		String reduced = body("0", "5705").replace("\"other\": 0}, \"money\"",
				"\"other\": 0, \"reduced\": 2}, \"money\"");
		put(this.url, this.units.officer(), reduced).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("cases.reduced"));
		String bothWrong = body("0", "-5").replace("\"completed\": 1165081049", "\"completed\": 1.5");
		put(this.url, this.units.officer(), bothWrong).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("cases.withoutConditions", "money.completed")));
		String wholeFloat = body("0", "5705.0");
		put(this.url, this.units.officer(), wholeFloat).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(get(this.url).with(basic(this.units.officer())))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.cases.withoutConditions").value(5705))
			.andExpect(jsonPath("$.cases.completed").value(12056));
		put("/api/v1/returns/" + this.units.province() + "/2099-01", this.units.officer(), body(null, "5705"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
	}

	@Test
	void theWorkflowThroughTheApi() throws Exception {
		put(this.url, this.units.officer(), body(null, "5705")).andExpect(status().isOk());
		post(this.url + "/approve", this.units.leader(), "{\"version\": 0}").andExpect(status().isConflict());
		post(this.url + "/submit", this.units.officer(), "{\"version\": 0, \"explanation\": \"\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.submittedAt").isString());
		post(this.url + "/submit", this.units.officer(), "{\"version\": 1}").andExpect(status().isConflict());
		post(this.url + "/approve", this.units.officer(), "{\"version\": 1}").andExpect(status().isForbidden());
		post(this.url + "/approve", this.units.otherLeader(), "{\"version\": 1}").andExpect(status().isForbidden());
		post(this.url + "/return", this.units.leader(), "{\"version\": 1, \"comment\": \"  \"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		post(this.url + "/return", this.units.leader(), "{\"version\": 1, \"comment\": \"Xem lại số tiền\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.reviewComment").value("Xem lại số tiền"));
		put(this.url, this.units.officer(), body("2", "5705")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		post(this.url + "/submit", this.units.officer(), "{\"version\": 3}").andExpect(status().isOk());
		post(this.url + "/approve", this.units.leader(), "{\"version\": 4}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.approvedAt").isString());
		put(this.url, this.units.officer(), body("5", "5705")).andExpect(status().isConflict());
		post(this.url + "/reopen", this.units.leader(), "{\"version\": 5}")
			.andExpect(status().isUnprocessableContent());
		post(this.url + "/reopen", this.units.leader(), "{\"version\": 5, \"reason\": \"Sửa số liệu tiền\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		this.mvc.perform(get(this.url + "/history").with(basic(this.units.leader())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].action",
					contains("CREATED", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "REOPENED")))
			.andExpect(jsonPath("$[0].user").value(this.units.officer()))
			.andExpect(jsonPath("$[0].at").isString())
			.andExpect(jsonPath("$[0].changes[0].field").isString())
			.andExpect(jsonPath("$[0].changes[0].from").isEmpty())
			.andExpect(jsonPath("$[2].comment").value("Xem lại số tiền"))
			.andExpect(jsonPath("$[5].comment").value("Sửa số liệu tiền"));
	}

	@Test
	void warningsCarryTheirCodeAndTheSubmitNeedsAnExplanation() throws Exception {
		String september = "/api/v1/returns/" + this.units.province() + "/2020-09";
		put(september, this.units.officer(), body(null, "5705")).andExpect(status().isOk());
		String october = "/api/v1/returns/" + this.units.province() + "/2020-10";
		put(october, this.units.officer(), body(null, "5705")).andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings[*].code", contains("carriedOverChanged", "carriedOverChanged")))
			.andExpect(jsonPath("$.warnings[0].message")
				.value("Số cũ chuyển sang (7.776) khác Số chuyển kỳ sau của tháng 12 năm trước (8.122)"));
		post(october + "/submit", this.units.officer(), "{\"version\": 0}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("explanation"));
		post(october + "/submit", this.units.officer(), "{\"version\": 0, \"explanation\": \"Rà soát lại số cũ\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.explanation").value("Rà soát lại số cũ"));
	}

}
