package vn.thads.portal.agency.web;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MvcResult;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.exchange.ImxTree;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.RealSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/** "Nhập / xuất cơ cấu tổ chức" and the name history on the administration pages. */
@FullStack
class AgencyExchangePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Autowired
	AgencyDirectory directory;

	private MvcResult upload(RequestPostProcessor httpSession, String filename, byte[] content) throws Exception {
		return this.mvc
			.perform(multipart("/admin/agencies/exchange")
				.file(new MockMultipartFile("file", filename, "text/csv", content))
				.with(httpSession)
				.with(session("admin"))
				.with(csrf()))
			.andReturn();
	}

	@Test
	void anUploadIsCheckedFirstAndAppliedOnlyOnConfirmation() throws Exception {
		ImxTree tree = new ImxTree();
		RequestPostProcessor httpSession = RealSessions.open(this.sessions, "admin");
		MvcResult checked = upload(httpSession, "co-cau.csv", tree.csv());
		assertThat(checked.getResponse().getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(checked.getResponse().getContentAsString());
		assertThat(page.select("#exchange-created code").eachText()).containsExactlyInAnyOrderElementsOf(tree.codes());
		assertThat(page.select("#exchange-errors")).isEmpty();
		String token = page.selectFirst("#exchange-confirm input[name=token]").val();
		tree.codes().forEach((code) -> assertThat(this.directory.findByCode(code)).isEmpty());

		this.mvc
			.perform(post("/admin/agencies/exchange/confirm").param("token", token)
				.with(httpSession)
				.with(session("admin"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/agencies/exchange"))
			.andExpect(flash().attribute("success", "agency.exchange.applied"));
		assertThat(this.directory.getByCode(tree.province).name()).isEqualTo("Thi hành án dân sự tỉnh Thử Mới");

		// confirmed once: the same token does not apply the file again
		this.mvc
			.perform(post("/admin/agencies/exchange/confirm").param("token", token)
				.with(httpSession)
				.with(session("admin"))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("hãy tải tệp lên lại")));
	}

	@Test
	void aBadFileShowsItsErrorsByRowNeverA500() throws Exception {
		ImxTree tree = new ImxTree();
		byte[] bad = ImxTree.csv(List.of(tree.province + ",Tên,,PROVINCE,TW,2025-02-30,,,",
				tree.office1 + ",Tên,,LOCAL," + tree.province + "-X,2025-07-01,,,"));
		MvcResult checked = upload(RealSessions.open(this.sessions, "admin"), "sai.csv", bad);
		assertThat(checked.getResponse().getStatus()).isEqualTo(422);
		Document page = Jsoup.parse(checked.getResponse().getContentAsString());
		assertThat(page.select("#exchange-errors tbody tr td:first-child").eachText()).containsExactly("2", "3");
		assertThat(page.select("#exchange-confirm")).isEmpty();

		MvcResult garbage = upload(RealSessions.open(this.sessions, "admin"), "anh.xlsx",
				new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
		assertThat(garbage.getResponse().getStatus()).isEqualTo(422);
		assertThat(garbage.getResponse().getContentAsString()).contains("Không đọc được tệp");

		MvcResult none = upload(RealSessions.open(this.sessions, "admin"), "", new byte[0]);
		assertThat(none.getResponse().getStatus()).isEqualTo(422);
		assertThat(none.getResponse().getContentAsString()).contains("Hãy chọn tệp CSV hoặc XLSX.");
	}

	@Test
	void theCsvDownloadsFromThePage() throws Exception {
		this.mvc.perform(get("/admin/agencies/exchange/export").with(session("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("\uFEFFcode,name,nameValidFrom,level,parent,")));
		this.mvc.perform(get("/admin/agencies/exchange").with(session("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Nhập / xuất cơ cấu tổ chức")));
	}

	@Test
	void onlyAnAdministratorReachesThePage() throws Exception {
		this.mvc.perform(get("/admin/agencies/exchange").with(session("tw.lanhdao"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/agencies/exchange/export").with(session("tw.lanhdao")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theTreeAndTheEditPageShowNamesThroughTimeAndTheSuccessorsWithThePrimaryOneMarked() throws Exception {
		ImxTree tree = new ImxTree();
		RequestPostProcessor httpSession = RealSessions.open(this.sessions, "admin");
		Document checked = Jsoup
			.parse(upload(httpSession, "co-cau.csv", tree.csv()).getResponse().getContentAsString());
		this.mvc.perform(post("/admin/agencies/exchange/confirm")
			.param("token", checked.selectFirst("#exchange-confirm input[name=token]").val())
			.with(httpSession)
			.with(session("admin"))
			.with(csrf()));

		Document treePage = Jsoup.parse(this.mvc.perform(get("/admin/agencies").with(session("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		var districtRow = treePage.select("tr")
			.stream()
			.filter((tr) -> tr.text().contains(tree.district + " "))
			.findFirst()
			.orElseThrow();
		assertThat(districtRow.select(".agency-successors").text())
			.contains(tree.office1 + ", " + tree.office2 + " chính");
		var provinceRow = treePage.select("tr")
			.stream()
			.filter((tr) -> tr.select("code").text().equals(tree.province))
			.findFirst()
			.orElseThrow();
		assertThat(provinceRow.select(".agency-former-names").text())
			.isEqualTo("Trước đây: Thi hành án dân sự tỉnh Thử");

		Document edit = Jsoup.parse(this.mvc.perform(get("/admin/agencies/" + tree.province).with(session("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(edit.select("#agency-history li").eachText()).contains(
				"Thi hành án dân sự tỉnh Thử (01/07/2025 – 31/12/2025)",
				"Thi hành án dân sự tỉnh Thử Mới (01/01/2026 – nay)");
		assertThat(edit.select("#agency-predecessors li").text()).contains(tree.oldProvince).contains("chính");
	}

	@Test
	void anAdministratorRenamesAnAgencyFromADate() throws Exception {
		ImxTree tree = new ImxTree();
		RequestPostProcessor httpSession = RealSessions.open(this.sessions, "admin");
		Document checked = Jsoup
			.parse(upload(httpSession, "co-cau.csv", tree.csv()).getResponse().getContentAsString());
		this.mvc.perform(post("/admin/agencies/exchange/confirm")
			.param("token", checked.selectFirst("#exchange-confirm input[name=token]").val())
			.with(httpSession)
			.with(session("admin"))
			.with(csrf()));
		this.mvc
			.perform(post("/admin/agencies/" + tree.office1 + "/rename").with(session("admin"))
				.with(csrf())
				.param("name", "Phòng Thi hành án dân sự khu vực Mới - Thử")
				.param("shortName", "Khu vực Mới")
				.param("validFrom", "2026-10-01"))
			.andExpect(redirectedUrl("/admin/agencies/" + tree.office1))
			.andExpect(flash().attribute("success", "agency.renamed"));
		var office = this.directory.getByCode(tree.office1);
		assertThat(office.nameAt(LocalDate.of(2026, 9, 30))).isEqualTo("Phòng Thi hành án dân sự khu vực 1 - Thử");
		assertThat(office.nameAt(LocalDate.of(2026, 10, 1))).isEqualTo("Phòng Thi hành án dân sự khu vực Mới - Thử");

		this.mvc
			.perform(post("/admin/agencies/" + tree.office1 + "/rename").with(session("admin"))
				.with(csrf())
				.param("name", "Tên")
				.param("shortName", "Tên")
				.param("validFrom", "01-10-2026"))
			.andExpect(redirectedUrl("/admin/agencies/" + tree.office1))
			.andExpect(flash().attribute("failure", "agency.validFrom.required"));
	}

}
