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
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * api.md, Returns: "Every workflow action carries the version the caller saw". For each
 * action: no version → 422 on {@code version}; a stale one → 409 with the current return
 * and what changed since; the right one → 200.
 */
@FullStack
class ReturnApiVersionTests {

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

	private static String body(String version, String completed, String inProgress) {
		String v = (version != null) ? "\"version\": " + version + ", " : "";
		return "{" + v + "\"cases\": "
				+ ReturnApiTests.CASES.formatted("5705")
					.replace("\"completed\": 12056", "\"completed\": " + completed)
					.replace("\"inProgress\": 2417", "\"inProgress\": " + inProgress)
				+ ", \"money\": " + ReturnApiTests.MONEY + "}";
	}

	private ResultActions put(String json) throws Exception {
		return this.mvc
			.perform(MockMvcRequestBuilders.put(this.url)
				.with(basic(this.units.officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isOk());
	}

	private ResultActions post(String action, String user, String json) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post(this.url + "/" + action)
			.with(basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions missing(String action, String user, String json) throws Exception {
		return post(action, user, json).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", contains("version")));
	}

	private ResultActions stale(String action, String user, String json, int current) throws Exception {
		return post(action, user, json).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.version").value(current))
			.andExpect(jsonPath("$.current.version").value(current))
			.andExpect(jsonPath("$.current.cases.completed").isNumber());
	}

	private void stored(String expected, int version) throws Exception {
		this.mvc.perform(get(this.url).with(basic(this.units.leader())))
			.andExpect(jsonPath("$.status").value(expected))
			.andExpect(jsonPath("$.version").value(version));
	}

	@Test
	void submitCarriesTheVersion() throws Exception {
		put(body(null, "12056", "2417"));
		put(body("0", "12100", "2373"));
		missing("submit", this.units.officer(), "{}");
		missing("submit", this.units.officer(), "{\"version\": null, \"explanation\": \"x\"}");
		post("submit", this.units.officer(), "{\"version\": \"1\"}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		stale("submit", this.units.officer(), "{\"version\": 0}", 1).andExpect(jsonPath("$.changes", hasSize(2)))
			.andExpect(jsonPath("$.changes[0].field").value("cases.completed"))
			.andExpect(jsonPath("$.changes[0].from").value(12056))
			.andExpect(jsonPath("$.changes[0].to").value(12100))
			.andExpect(jsonPath("$.changes[1].field").value("cases.inProgress"))
			.andExpect(jsonPath("$.since[*].action", contains("SAVED")))
			.andExpect(jsonPath("$.current.status").value("DRAFT"));
		stored("DRAFT", 1);
		post("submit", this.units.officer(), "{\"version\": 1}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.version").value(2));
	}

	@Test
	void approveAndReturnCarryTheVersionAndAStaleOneShowsTheCorrection() throws Exception {
		put(body(null, "12056", "2417"));
		post("submit", this.units.officer(), "{\"version\": 0}").andExpect(status().isOk());
		// the leader opened version 1; a colleague returns it, the officer corrects and
		// submits it again
		missing("return", this.units.leader(), "{\"comment\": \"Xem lại\"}");
		stale("return", this.units.leader(), "{\"version\": 0, \"comment\": \"Xem lại\"}", 1)
			.andExpect(jsonPath("$.changes", hasSize(0)))
			.andExpect(jsonPath("$.since[*].action", contains("SUBMITTED")));
		post("return", this.units.leader(), "{\"version\": 1, \"comment\": \"Xem lại\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		put(body("2", "12100", "2373"));
		post("submit", this.units.officer(), "{\"version\": 3}").andExpect(status().isOk());
		missing("approve", this.units.leader(), "{}");
		missing("approve", this.units.leader(), "");
		stale("approve", this.units.leader(), "{\"version\": 1}", 4).andExpect(jsonPath("$.detail").isString())
			.andExpect(jsonPath("$.changes[*].field", contains("cases.completed", "cases.inProgress")))
			.andExpect(jsonPath("$.changes[1].from").value(2417))
			.andExpect(jsonPath("$.changes[1].to").value(2373))
			.andExpect(jsonPath("$.since[*].action", contains("RETURNED", "SAVED", "SUBMITTED")))
			.andExpect(jsonPath("$.current.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.current.cases.completed").value(12100));
		stored("SUBMITTED", 4);
		post("approve", this.units.leader(), "{\"version\": 4}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.version").value(5));
	}

	@Test
	void reopenCarriesTheVersion() throws Exception {
		put(body(null, "12056", "2417"));
		post("submit", this.units.officer(), "{\"version\": 0}").andExpect(status().isOk());
		post("approve", this.units.leader(), "{\"version\": 1}").andExpect(status().isOk());
		missing("reopen", this.units.leader(), "{\"reason\": \"Sửa số tiền\"}");
		stale("reopen", this.units.leader(), "{\"version\": 1, \"reason\": \"Sửa số tiền\"}", 2)
			.andExpect(jsonPath("$.since[*].action", contains("APPROVED")))
			.andExpect(jsonPath("$.current.status").value("APPROVED"));
		stored("APPROVED", 2);
		post("reopen", this.units.leader(), "{\"version\": 2, \"reason\": \"Sửa số tiền\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
	}

}
