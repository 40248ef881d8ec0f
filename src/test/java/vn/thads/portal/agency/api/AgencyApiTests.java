package vn.thads.portal.agency.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * {@code GET /api/v1/agencies} as api.md specifies it, on agencies of the tests' own
 * (names through time and links: {@link AgencyApiHistoryTests}).
 */
@FullStack
class AgencyApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAgencies testAgencies;

	@Test
	void withoutCredentialsTheAnswerIs401ProblemDetails() throws Exception {
		this.mvc.perform(get("/api/v1/agencies"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", startsWith("X-Basic ")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	@Test
	void wrongCredentialsAre401() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").with(httpBasic("admin", "wrong")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aLocalOfficerListsOnlyTheirAgency() throws Exception {
		AgencyRef province = this.testAgencies.province();
		AgencyRef local = this.testAgencies.local(province);
		this.testAgencies.local(province);
		this.mvc.perform(get("/api/v1/agencies").with(basic(this.testAgencies.officer(local))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].code").value(local.code()))
			.andExpect(jsonPath("$[0].name").value(local.name()))
			.andExpect(jsonPath("$[0].level").value("LOCAL"))
			.andExpect(jsonPath("$[0].parentCode").value(province.code()))
			.andExpect(jsonPath("$[0].validFrom").value("2010-01-01"))
			.andExpect(jsonPath("$[0].validTo").value(nullValue()))
			.andExpect(jsonPath("$[0].names[0].name").value(local.name()))
			.andExpect(jsonPath("$[0].predecessors", empty()))
			.andExpect(jsonPath("$[0].successors", empty()));
	}

	@Test
	void aProvincialLeaderListsTheProvinceAndItsUnitsParentsFirst() throws Exception {
		AgencyRef province = this.testAgencies.province();
		AgencyRef first = this.testAgencies.local(province);
		AgencyRef second = this.testAgencies.local(province);
		this.testAgencies.province();
		this.mvc.perform(get("/api/v1/agencies").with(basic(this.testAgencies.leader(province))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value(province.code()))
			.andExpect(jsonPath("$[*].code", containsInAnyOrder(province.code(), first.code(), second.code())));
	}

	@Test
	void theCentralLeaderListsEveryDemoAgency() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").with(basic("tw.lanhdao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'TW')].parentCode").value(hasItem((Object) null)))
			.andExpect(jsonPath("$[?(@.level == 'PROVINCE')]", hasSize(org.hamcrest.Matchers.greaterThanOrEqualTo(3))))
			.andExpect(jsonPath("$[*].code", not(hasItem(TestAgencies.ROOT))));
	}

	@Test
	void theApiKeepsNoSession() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").with(basic("admin")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

}
