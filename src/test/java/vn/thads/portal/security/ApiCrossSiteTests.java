package vn.thads.portal.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * A page elsewhere must not act through the API in a signed-in leader's name (issue 11,
 * item 3): a cross-site form can only send the three "simple" content types, and the API
 * refuses all of them on writes; nor does it ever ask a browser for a password it would
 * then keep sending by itself.
 */
@FullStack
class ApiCrossSiteTests {

	static final String FIGURES = """
			{"carriedOver": 7776, "newlyAccepted": 12576, "entrusted": 0, "withdrawn": 0,
			 "withoutConditions": 5705, "completed": 12056, "terminated": 174, "inProgress": 2417,
			 "postponed": 0, "suspended": 0, "other": 0}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	TestUnits units;

	String url;

	@BeforeEach
	void aSubmittedReturn() throws Exception {
		this.units = TestUnits.create(this.agencies, this.users);
		this.url = "/api/v1/returns/" + this.units.province() + "/2020-09";
		String body = "{\"cases\": " + FIGURES + ", \"money\": " + FIGURES.replace("}", ", \"reduced\": 0}") + "}";
		this.mvc.perform(
				put(this.url).with(basic(this.units.officer())).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk());
		this.mvc
			.perform(post(this.url + "/submit").with(basic(this.units.officer()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0}"))
			.andExpect(status().isOk());
	}

	private ResultActions stillSubmitted() throws Exception {
		return this.mvc.perform(get(this.url).with(basic(this.units.leader())))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	@Test
	void aFormPostedApprovalWithTheLeadersPasswordIs415AndApprovesNothing() throws Exception {
		this.mvc
			.perform(post(this.url + "/approve").with(basic(this.units.leader()))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("version=1"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(415))
			.andExpect(jsonPath("$.detail").value(containsString("application/json")));
		stillSubmitted();
	}

	@Test
	void theOtherTwoTypesAFormCanSendAndNoTypeAtAllAre415() throws Exception {
		MockHttpServletRequestBuilder[] crossSite = {
				post(this.url + "/approve").contentType(MediaType.TEXT_PLAIN).content("{\"version\": 1}"),
				post(this.url + "/approve").contentType("text/plain;charset=UTF-8").content("{\"version\": 1}"),
				post(this.url + "/approve").contentType("multipart/form-data; boundary=x")
					.content("--x\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n1\r\n--x--\r\n"),
				post(this.url + "/approve"),
				post(this.url + "/return").content("{\"version\": 1, \"comment\": \"x\"}") };
		for (MockHttpServletRequestBuilder request : crossSite) {
			this.mvc.perform(request.with(basic(this.units.leader()))).andExpect(status().isUnsupportedMediaType());
		}
		stillSubmitted();
	}

	@Test
	void jsonWritesTakeOnlyJson() throws Exception {
		this.mvc
			.perform(put(this.url).with(basic(this.units.officer()))
				.contentType(MediaType.APPLICATION_XML)
				.content("<return/>"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post(this.url + "/approve").with(basic(this.units.leader()))
				.contentType(MediaType.APPLICATION_XML)
				.content("<version>1</version>"))
			.andExpect(status().isUnsupportedMediaType());
		stillSubmitted();
	}

	/** Any scheme but Basic (a browser asks for a password for that one and keeps it). */
	private static ResultMatcher noBrowserChallenge() {
		return (result) -> assertThat(result.getResponse().getHeaders("WWW-Authenticate"))
			.noneMatch((challenge) -> challenge.matches("(?is)(.*,)?\\s*basic(\\s.*)?"));
	}

	@Test
	void the401NeverAsksABrowserForAPassword() throws Exception {
		this.mvc.perform(get(this.url))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(noBrowserChallenge());
		this.mvc.perform(get(this.url).with(httpBasic(this.units.leader(), "wrong")))
			.andExpect(status().isUnauthorized())
			.andExpect(noBrowserChallenge());
		this.mvc.perform(post(this.url + "/approve").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(noBrowserChallenge());
	}

}
