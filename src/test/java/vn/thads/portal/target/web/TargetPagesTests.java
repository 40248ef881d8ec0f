package vn.thads.portal.target.web;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;
import vn.thads.portal.target.Targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/** The targets page: one form for every unit below, errors on their cells. */
@FullStack
class TargetPagesTests {

	@Autowired
	TestAgencies testAgencies;

	@Autowired
	MockMvc mvc;

	@Autowired
	Targets targets;

	AgencyRef province;

	AgencyRef first;

	AgencyRef second;

	String leader;

	@BeforeEach
	void tree() {
		this.province = this.testAgencies.province();
		this.first = this.testAgencies.local(this.province);
		this.second = this.testAgencies.local(this.province);
		this.leader = this.testAgencies.leader(this.province);
	}

	@Test
	void aLeaderSeesEveryUnitBelowWithItsTargets() throws Exception {
		this.mvc
			.perform(post("/targets").with(session("admin"))
				.with(csrf())
				.param("agency", TestAgencies.ROOT)
				.param("year", "2022")
				.param("rows[0].agencyCode", this.province.code())
				.param("rows[0].casesRate", "81,5")
				.param("rows[0].moneyRate", "40,1"))
			.andExpect(status().is3xxRedirection());
		String html = this.mvc.perform(get("/targets").param("year", "2022").with(session(this.leader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#target-form tbody tr")).hasSize(2);
		assertThat(page.selectFirst("#row-" + this.first.code())).isNotNull();
		assertThat(page.selectFirst("#own-target").text()).contains("81,50 %").contains("40,10 %");
		assertThat(page.select("#choose-agency")).isEmpty();
	}

	@Test
	void savingRedirectsWithAMessageAndTheChangeIsAudited() throws Exception {
		this.mvc
			.perform(post("/targets").with(session(this.leader))
				.with(csrf())
				.param("agency", this.province.code())
				.param("year", "2023")
				.param("rows[0].agencyCode", this.first.code())
				.param("rows[0].casesRate", "82,50")
				.param("rows[0].moneyRate", "45.5")
				.param("rows[1].agencyCode", this.second.code())
				.param("rows[1].casesRate", "")
				.param("rows[1].moneyRate", ""))
			.andExpect(redirectedUrl("/targets?agency=" + this.province.code() + "&year=2023"))
			.andExpect(flash().attribute("success", "target.saved"));
		String html = this.mvc.perform(get("/targets").param("year", "2023").with(session(this.leader)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.selectFirst("#rows0\\.casesRate").val()).isEqualTo("82,50");
		assertThat(page.selectFirst("#rows0\\.moneyRate").val()).isEqualTo("45,50");
		assertThat(page.selectFirst("#rows1\\.casesRate").val()).isEmpty();
		assertThat(page.selectFirst("#target-history").text()).contains(this.leader).contains("— → 82,50");
	}

	@Test
	void aBadCellShowsItsMessageAndKeepsWhatWasTyped() throws Exception {
		String html = this.mvc
			.perform(post("/targets").with(session(this.leader))
				.with(csrf())
				.param("agency", this.province.code())
				.param("year", "2024")
				.param("rows[0].agencyCode", this.first.code())
				.param("rows[0].casesRate", "83,255")
				.param("rows[0].moneyRate", "46,45")
				.param("rows[1].agencyCode", this.second.code())
				.param("rows[1].casesRate", "83,25")
				.param("rows[1].moneyRate", "146"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.selectFirst("#rows0\\.casesRate").hasClass("is-invalid")).isTrue();
		assertThat(page.selectFirst("#rows0\\.casesRate").val()).isEqualTo("83,255");
		assertThat(page.getElementById("rows0.casesRate-error").text())
			.isEqualTo("83,255 có quá 2 chữ số thập phân; chỉ tiêu ghi tối đa 2 chữ số sau dấu phẩy, ví dụ 81,50.");
		assertThat(page.selectFirst("#rows0\\.moneyRate").hasClass("is-invalid")).isFalse();
		assertThat(page.getElementById("rows1.moneyRate-error").text()).contains("146").contains("từ 0 đến 100");
		assertThat(page.selectFirst("#rows1\\.casesRate").val()).isEqualTo("83,25");
		assertThat(this.targets.find(this.second.id(), 2024)).isEmpty();
	}

	@Test
	void aStaleRowIs409WithTheInputKept() throws Exception {
		this.targets.saveSheet(
				(vn.thads.portal.security.PortalUser) vn.thads.portal.support.DemoPrincipals.load(this.leader),
				this.province.code(), 2021,
				List.of(new vn.thads.portal.target.TargetEntry(this.first.code(), "80", "40", null)));
		String html = this.mvc
			.perform(post("/targets").with(session(this.leader))
				.with(csrf())
				.param("agency", this.province.code())
				.param("year", "2021")
				.param("rows[0].agencyCode", this.first.code())
				.param("rows[0].casesRate", "81")
				.param("rows[0].moneyRate", "41"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.selectFirst(".alert-danger").text()).contains("người khác thay đổi");
		assertThat(page.selectFirst("#rows0\\.casesRate").val()).isEqualTo("81");
	}

	@Test
	void officersAndOtherLeadersAreRefused() throws Exception {
		this.mvc.perform(get("/targets").with(session("ag-kv01.canbo"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/targets").param("agency", this.province.code()).with(session("ag.lanhdao")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/targets").with(session("ag.lanhdao"))
				.with(csrf())
				.param("agency", this.province.code())
				.param("year", "2022")
				.param("rows[0].agencyCode", this.first.code())
				.param("rows[0].casesRate", "10")
				.param("rows[0].moneyRate", "10"))
			.andExpect(status().isForbidden());
		assertThat(this.targets.find(this.first.id(), 2022)).isEmpty();
	}

	@Test
	void anAdministratorChoosesTheParentAgency() throws Exception {
		String html = this.mvc
			.perform(get("/targets").param("agency", this.province.code()).param("year", "2022").with(session("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.selectFirst("#choose-agency option[selected]").val()).isEqualTo(this.province.code());
		assertThat(page.select("#target-form tbody tr")).hasSize(2);
	}

}
