package vn.thads.portal.agency.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.support.FullStack;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
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
	void aRegionalOfficerListsOnlyTheirAgencyAndWhatItSucceeds() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").with(basic("ag-kv03.canbo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", containsInAnyOrder("AG-KV03", "KG-PQ")))
			.andExpect(jsonPath("$[?(@.code == 'AG-KV03')].name")
				.value(hasItem("Phòng Thi hành án dân sự khu vực 3 - An Giang")))
			.andExpect(jsonPath("$[?(@.code == 'AG-KV03')].level").value(hasItem("LOCAL")))
			.andExpect(jsonPath("$[?(@.code == 'AG-KV03')].parentCode").value(hasItem("AG")))
			.andExpect(jsonPath("$[?(@.code == 'AG-KV03')].validFrom").value(hasItem("2025-07-01")))
			.andExpect(jsonPath("$[?(@.code == 'KG-PQ')].validTo").value(hasItem("2025-06-30")));
	}

	@Test
	void anAccountOfAClosedAgencyIsRefusedLikeAWrongPassword() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").with(basic("kg-rg.canbo"))).andExpect(status().isUnauthorized());
	}

	@Test
	void aProvincialLeaderListsTheProvinceItsFifteenOfficesAndItsPredecessors() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").with(basic("ag.lanhdao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'AG')]").exists())
			.andExpect(jsonPath("$[?(@.code == 'KG')]").exists())
			.andExpect(jsonPath("$[?(@.code == 'AGC')]").exists())
			.andExpect(jsonPath("$[*].code", everyItem(anyOf(startsWith("AG"), startsWith("KG")))))
			.andExpect(jsonPath("$[*].code", not(hasItem("VP"))))
			.andExpect(jsonPath("$[?(@.parentCode == 'AG' && @.level == 'LOCAL')]", hasSize(15)))
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
		this.mvc.perform(get("/api/v1/agencies").with(basic("ag-kv01.canbo")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

}
