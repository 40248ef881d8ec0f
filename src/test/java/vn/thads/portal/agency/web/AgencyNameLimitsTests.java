package vn.thads.portal.agency.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/**
 * Names longer than their columns (200 and 100 characters) are refused on the field, and
 * the forms say the limits; nothing is saved (issue 11).
 */
@FullStack
class AgencyNameLimitsTests {

	static final String NAME_201 = "Chi cục " + "Thi hành án".repeat(20).substring(0, 193);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAgencies testAgencies;

	@Autowired
	AgencyDirectory directory;

	AgencyRef province;

	AgencyRef district;

	@BeforeEach
	void agencies() {
		this.province = this.testAgencies.province();
		this.district = this.testAgencies.local(this.province);
	}

	@Test
	void creatingOrEditingWithTooLongANameIsRefusedOnTheField() throws Exception {
		this.mvc
			.perform(post("/admin/agencies/new").with(session("admin"))
				.with(csrf())
				.param("code", "NAMELIM1")
				.param("name", NAME_201)
				.param("shortName", "x".repeat(101))
				.param("level", "LOCAL")
				.param("parentCode", this.province.code())
				.param("validFrom", "2024-10-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên đơn vị dài quá 200 ký tự.")))
			.andExpect(content().string(containsString("Tên ngắn dài quá 100 ký tự.")));
		assertThat(this.directory.findByCode("NAMELIM1")).isEmpty();
		this.mvc
			.perform(post("/admin/agencies/" + this.district.code()).with(session("admin"))
				.with(csrf())
				.param("name", NAME_201)
				.param("shortName", "Ngắn")
				.param("level", "LOCAL")
				.param("parentCode", this.province.code())
				.param("validFrom", "2010-01-01")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên đơn vị dài quá 200 ký tự.")));
		this.mvc
			.perform(post("/admin/agencies/" + this.district.code() + "/rename").with(session("admin"))
				.with(csrf())
				.param("name", NAME_201)
				.param("shortName", "Ngắn")
				.param("validFrom", "2025-07-01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("failure", "agency.name.tooLong"));
		assertThat(this.directory.getByCode(this.district.code()).name()).isEqualTo(this.district.name());
	}

	@Test
	void theFormStatesTheLimits() throws Exception {
		this.mvc.perform(get("/admin/agencies/" + this.district.code()).with(session("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("maxlength=\"200\"")))
			.andExpect(content().string(containsString("maxlength=\"100\"")))
			.andExpect(content().string(containsString("Tối đa 200 ký tự.")));
	}

}
