package vn.thads.portal.target.api;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/** {@code GET/PUT /api/v1/targets/{agency}/{statYear}} as api.md writes them. */
@FullStack
class TargetApiTests {

	@Autowired
	TestAgencies testAgencies;

	@Autowired
	MockMvc mvc;

	AgencyRef district;

	/** Its own province, leader and officer: the demo agencies are left as they are. */
	@BeforeEach
	void district() {
		AgencyRef province = this.testAgencies.province();
		this.district = this.testAgencies.local(province);
		this.leader = this.testAgencies.leader(province);
		this.officer = this.testAgencies.officer(province);
		this.districtOfficer = this.testAgencies.officer(this.district);
	}

	String leader;

	String officer;

	String districtOfficer;

	@Test
	void noTargetIs404ThenAPutSetsIt() throws Exception {
		String url = "/api/v1/targets/" + this.district.code() + "/2022";
		this.mvc.perform(get(url).with(basic(this.leader)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(put(url).with(basic(this.leader))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"agencyCode\":\"" + this.district.code()
						+ "\",\"statYear\":2022,\"casesRate\":81.5,\"moneyRate\":40.10}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyCode").value(this.district.code()))
			.andExpect(jsonPath("$.statYear").value(2022))
			.andExpect(jsonPath("$.casesRate").value(81.50))
			.andExpect(jsonPath("$.moneyRate").value(40.10));
		this.mvc.perform(get(url).with(basic("ag-kv01.canbo"))).andExpect(status().isForbidden());
		this.mvc.perform(get(url).with(basic(this.districtOfficer))).andExpect(status().isOk());
		String body = this.mvc.perform(get(url).with(basic(this.officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(body).contains("\"casesRate\":81.50", "\"moneyRate\":40.10");
	}

	@Test
	void ratesOutsideZeroToHundredOrWithThreeDecimalsAre422() throws Exception {
		String url = "/api/v1/targets/" + this.district.code() + "/2023";
		this.mvc
			.perform(put(url).with(basic(this.leader))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"casesRate\":81.505,\"moneyRate\":100.01}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("casesRate"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("81.505")))
			.andExpect(jsonPath("$.errors[1].field").value("moneyRate"));
		this.mvc
			.perform(put(url).with(basic(this.leader))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"casesRate\":-1,\"moneyRate\":40}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(put(url).with(basic(this.leader)).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get(url).with(basic(this.leader))).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheParentsLeaderOrAnAdministratorPuts() throws Exception {
		String url = "/api/v1/targets/" + this.district.code() + "/2024";
		String body = "{\"casesRate\":83.25,\"moneyRate\":46.45}";
		for (String user : List.of(this.officer, "ag.lanhdao", "tw.lanhdao")) {
			this.mvc.perform(put(url).with(basic(user)).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(put(url).with(basic("admin")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk());
	}

	@Test
	void aStaleVersionIs409() throws Exception {
		String url = "/api/v1/targets/" + this.district.code() + "/2021";
		this.mvc
			.perform(put(url).with(basic(this.leader))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"casesRate\":80,\"moneyRate\":40}"))
			.andExpect(jsonPath("$.version").value(0));
		this.mvc
			.perform(put(url).with(basic(this.leader))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"casesRate\":81,\"moneyRate\":41,\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put(url).with(basic(this.leader))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"casesRate\":82,\"moneyRate\":42,\"version\":0}"))
			.andExpect(status().isConflict());
		this.mvc.perform(get(url).with(basic(this.leader))).andExpect(jsonPath("$.casesRate").value(81.00));
	}

}
