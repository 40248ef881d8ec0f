package vn.thads.portal.agency.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.support.FullStack;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/** {@code GET /api/v1/agencies} as api.md specifies it. */
@FullStack
class AgencyApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void withoutCredentialsTheAnswerIs401ProblemDetails() throws Exception {
		this.mvc.perform(get("/api/v1/agencies"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	@Test
	void wrongCredentialsAre401() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").with(httpBasic("kg-rg.canbo", "wrong")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aDistrictOfficerListsOnlyTheirAgency() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").with(basic("kg-rg.canbo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].code").value("KG-RG"))
			.andExpect(jsonPath("$[0].name").value("Chi cục Thi hành án dân sự thành phố Rạch Giá"))
			.andExpect(jsonPath("$[0].level").value("LOCAL"))
			.andExpect(jsonPath("$[0].parentCode").value("KG"))
			.andExpect(jsonPath("$[0].validFrom").value("2010-01-01"))
			.andExpect(jsonPath("$[0].validTo").doesNotExist());
	}

	@Test
	void aProvincialLeaderListsTheProvinceAndItsFifteenDistricts() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").with(basic("kg.lanhdao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'KG')]").exists())
			.andExpect(jsonPath("$[*].code", everyItem(startsWith("KG"))))
			.andExpect(jsonPath("$[*].code", not(hasItem("VP"))))
			.andExpect(jsonPath("$[?(@.parentCode == 'KG' && @.level == 'LOCAL')]", hasSize(15)));
	}

	@Test
	void theCentralLeaderListsEveryDemoAgency() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").with(basic("tw.lanhdao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'TW')].parentCode").value(hasItem((Object) null)))
			.andExpect(jsonPath("$[?(@.level == 'PROVINCE')]", hasSize(org.hamcrest.Matchers.greaterThanOrEqualTo(3))))
			.andExpect(jsonPath("$[*].code", hasItem("LA-VH")));
	}

	@Test
	void theApiKeepsNoSession() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").with(basic("kg-rg.canbo")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

}
