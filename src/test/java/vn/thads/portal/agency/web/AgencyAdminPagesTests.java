package vn.thads.portal.agency.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

@FullStack
class AgencyAdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyDirectory directory;

	@Test
	void theTreeListsEveryDemoAgency() throws Exception {
		this.mvc.perform(get("/admin/agencies").with(session("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cục Thi hành án dân sự tỉnh Kiên Giang")))
			.andExpect(content().string(containsString("Chi cục Thi hành án dân sự huyện Vĩnh Hưng")));
	}

	@Test
	void anAdministratorCreatesAnAgency() throws Exception {
		this.mvc
			.perform(post("/admin/agencies/new").with(session("admin"))
				.with(csrf())
				.param("code", "pg-ok")
				.param("name", "Cục Thi hành án dân sự tỉnh Thử Nghiệm")
				.param("shortName", "Thử Nghiệm")
				.param("level", "PROVINCE")
				.param("parentCode", "TW")
				.param("validFrom", "2024-10-01"))
			.andExpect(redirectedUrl("/admin/agencies"))
			.andExpect(flash().attribute("success", "agency.created"));
		assertThat(this.directory.getByCode("PG-OK").path()).isEqualTo("/TW/PG-OK/");
	}

	@Test
	void badInputShowsTheMessageOnTheFieldAndKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/admin/agencies/new").with(session("admin"))
				.with(csrf())
				.param("code", "KG")
				.param("name", "Tên vẫn còn trên màn hình")
				.param("shortName", "Ngắn")
				.param("level", "LOCAL")
				.param("parentCode", "TW")
				.param("validFrom", "2024-10-01"))
			.andExpect(status().isOk())
			.andExpect((result) -> {
				Document page = Jsoup.parse(result.getResponse().getContentAsString());
				assertThat(page.selectFirst("#code").hasClass("is-invalid")).isTrue();
				assertThat(page.selectFirst("#code-error").text()).isEqualTo("Mã KG đã được dùng cho đơn vị khác.");
				assertThat(page.selectFirst("#name").val()).isEqualTo("Tên vẫn còn trên màn hình");
				assertThat(page.selectFirst("#level option[selected]").val()).isEqualTo("LOCAL");
			});
	}

	@Test
	void anUnreadableDateIsAFieldErrorNotACrash() throws Exception {
		this.mvc
			.perform(post("/admin/agencies/new").with(session("admin"))
				.with(csrf())
				.param("code", "BADDATE")
				.param("name", "X")
				.param("shortName", "X")
				.param("level", "PROVINCE")
				.param("parentCode", "TW")
				.param("validFrom", "31/02/2024"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày không hợp lệ")));
		assertThat(this.directory.findByCode("BADDATE")).isEmpty();
	}

	@Test
	void theUsersPageOffersPasswordReset() throws Exception {
		this.mvc.perform(get("/admin/users").with(session("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("kg-rg.canbo")))
			.andExpect(content().string(containsString("Đặt lại mật khẩu")));
	}

	@Test
	void theUsersPageFiltersByTextAndRole() throws Exception {
		this.mvc.perform(get("/admin/users").param("q", "Rạch Giá").with(session("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("kg-rg.canbo")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("kg-ht.canbo"))));
		this.mvc.perform(get("/admin/users").param("role", "LEADER").with(session("admin")))
			.andExpect(content().string(containsString("kg.lanhdao")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("kg-rg.canbo"))));
	}

}
