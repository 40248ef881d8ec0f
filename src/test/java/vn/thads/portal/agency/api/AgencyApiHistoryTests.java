package vn.thads.portal.agency.api;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.exchange.ImxTree;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * {@code GET /api/v1/agencies} with names through time, successor links and {@code ?at=}
 * (api.md, Agencies), on a tree of the test's own.
 */
@FullStack
class AgencyApiHistoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyDirectory directory;

	@Autowired
	TestAgencies testAgencies;

	private ImxTree imported() throws Exception {
		ImxTree tree = new ImxTree();
		this.mvc
			.perform(post("/api/v1/agencies/import").with(basic("admin"))
				.contentType("text/csv")
				.content(new String(tree.csv(), StandardCharsets.UTF_8)))
			.andExpect(status().isOk());
		return tree;
	}

	private static String at(String code) {
		return "$[?(@.code == '" + code + "')]";
	}

	@Test
	void everyAgencyCarriesItsNamesAndLinksWithThePrimaryOneMarked() throws Exception {
		ImxTree tree = imported();
		this.mvc.perform(get("/api/v1/agencies").with(basic("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath(at(tree.province) + ".name").value(contains("Thi hành án dân sự tỉnh Thử Mới")))
			.andExpect(jsonPath(at(tree.province) + ".parentCode").value(contains("TW")))
			.andExpect(jsonPath(at(tree.province) + ".level").value(contains("PROVINCE")))
			.andExpect(jsonPath(at(tree.province) + ".names[0].name").value(contains("Thi hành án dân sự tỉnh Thử")))
			.andExpect(jsonPath(at(tree.province) + ".names[0].validFrom").value(contains("2025-07-01")))
			.andExpect(jsonPath(at(tree.province) + ".names[0].validTo").value(contains("2025-12-31")))
			.andExpect(jsonPath(at(tree.province) + ".names[1].validFrom").value(contains("2026-01-01")))
			.andExpect(jsonPath(at(tree.province) + ".names[1].validTo").value(contains((Object) null)))
			.andExpect(jsonPath(at(tree.province) + ".predecessors[0].code").value(contains(tree.oldProvince)))
			.andExpect(jsonPath(at(tree.province) + ".predecessors[0].primary").value(contains(true)))
			.andExpect(jsonPath(at(tree.oldProvince) + ".validTo").value(contains("2025-06-30")))
			.andExpect(jsonPath(at(tree.oldProvince) + ".names[0].validTo").value(contains("2025-06-30")))
			.andExpect(jsonPath(at(tree.oldProvince) + ".successors[0].code").value(contains(tree.province)))
			.andExpect(jsonPath(at(tree.district) + ".successors[*].code").value(contains(tree.office1, tree.office2)))
			.andExpect(jsonPath(at(tree.district) + ".successors[*].primary").value(contains(false, true)))
			.andExpect(jsonPath(at(tree.office1) + ".predecessors[0].primary").value(contains(false)))
			.andExpect(jsonPath(at(tree.office2) + ".predecessors[0].primary").value(contains(true)))
			.andExpect(jsonPath(at(tree.office2) + ".successors").value(contains(empty())));
	}

	@Test
	void atADayListsTheAgenciesActiveThenNamedAsThen() throws Exception {
		ImxTree tree = imported();
		this.mvc.perform(get("/api/v1/agencies").param("at", "2025-08-01").with(basic("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath(at(tree.province) + ".name").value(contains("Thi hành án dân sự tỉnh Thử")))
			.andExpect(jsonPath("$[*].code", hasItem(tree.office1)))
			.andExpect(jsonPath("$[*].code", not(hasItem(tree.oldProvince))))
			.andExpect(jsonPath("$[*].code", not(hasItem(tree.district))));
		this.mvc.perform(get("/api/v1/agencies").param("at", "2024-09-30").with(basic("admin")))
			.andExpect(jsonPath("$[*].code", hasItem(tree.district)))
			.andExpect(jsonPath("$[*].code", not(hasItem(tree.province))));
	}

	@Test
	void aMalformedDayIs422OnTheFieldAt() throws Exception {
		this.mvc.perform(get("/api/v1/agencies").param("at", "2025-13-01").with(basic("admin")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("at"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("2025-13-01")));
	}

	@Test
	void anOfficerSeesTheirAgencyAndItsPredecessorsOnly() throws Exception {
		ImxTree tree = imported();
		String officer = this.testAgencies.officer(this.directory.getByCode(tree.office1));
		this.mvc.perform(get("/api/v1/agencies").with(basic(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", containsInAnyOrder(tree.office1, tree.district)));
		String leader = this.testAgencies.leader(this.directory.getByCode(tree.province));
		this.mvc.perform(get("/api/v1/agencies").with(basic(leader)))
			.andExpect(jsonPath("$[*].code", hasItem(tree.oldProvince)))
			.andExpect(jsonPath("$[*].code", hasItem(tree.office2)))
			.andExpect(jsonPath("$[*].code", not(hasItem("TW"))));
	}

}
