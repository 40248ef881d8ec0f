package vn.thads.portal.returns.exchange;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.returns.ReturnArchive;
import vn.thads.portal.returns.StoredReturn;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/**
 * "Xuất số liệu báo cáo" and "Nhập lịch sử báo cáo": the export page, the upload checked
 * by a background job whose progress the page polls, confirmation.
 */
@FullStack
class HistoryImportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Autowired
	AgencyDirectory directory;

	@Autowired
	ReturnArchive archive;

	@Autowired
	ReportingCalendar calendar;

	@Autowired
	HistoryImport importer;

	TestUnits units;

	@BeforeEach
	void units() {
		this.units = TestUnits.create(this.agencies, this.users);
	}

	HistoryFile quarter() {
		HistoryFile file = new HistoryFile();
		for (int k = 0; k < 3; k++) {
			file.add(this.units.province(), List.of("2020-10", "2020-11", "2020-12").get(k), HistoryFile.figures(k));
		}
		return file;
	}

	long upload(byte[] csv) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/admin/returns/import")
				.file(new MockMultipartFile("file", "lich-su.csv", "text/csv", csv))
				.with(session("admin"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", startsWith("/admin/returns/import/")))
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
	}

	/** Waits for the background job (no time is asserted: it only has to end). */
	ImportJob finished(long id) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			ImportJob job = this.importer.job(id);
			if (!job.isRunning()) {
				return job;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The import " + id + " did not end");
	}

	Document page(String path, String user) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(session(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	List<StoredReturn> saved() {
		return this.archive.find(List.of(this.directory.getByCode(this.units.province()).id()),
				this.calendar.parse("2020-10"), this.calendar.parse("2021-09"));
	}

	@Test
	void anUploadIsCheckedInTheBackgroundAndWrittenOnlyOnceConfirmed() throws Exception {
		long id = upload(quarter().csv());
		assertThat(finished(id).phase()).isEqualTo(ImportJob.Phase.CHECKED);
		Document checked = page("/admin/returns/import/" + id, "admin");
		assertThat(checked.select("#history-new td").text()).isEqualTo("3");
		assertThat(checked.select("#history-error-count td").text()).isEqualTo("0");
		assertThat(checked.select("#history-progress").attr("hx-trigger")).isEmpty();
		assertThat(checked.select("#history-confirm")).hasSize(1);
		assertThat(saved()).isEmpty();

		this.mvc.perform(post("/admin/returns/import/" + id + "/confirm").with(session("admin")).with(csrf()))
			.andExpect(status().isFound());
		assertThat(finished(id).phase()).isEqualTo(ImportJob.Phase.APPLIED);
		assertThat(page("/admin/returns/import/" + id, "admin").select("#history-applied").text())
			.isEqualTo("Đã nhập: 3 báo cáo mới, 0 báo cáo thay đổi, 0 không thay đổi.");
		assertThat(saved()).hasSize(3);

		// confirmed once: a second confirmation writes nothing more
		this.mvc.perform(post("/admin/returns/import/" + id + "/confirm").with(session("admin")).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.importer.job(id).phase()).isEqualTo(ImportJob.Phase.APPLIED);
		assertThat(page("/admin/returns/import", "admin").select("#history-jobs a").eachText()).contains("lich-su.csv");
	}

	@Test
	void aRunningJobIsPolledAndAFileWithErrorsListsThemByLineAndColumn() throws Exception {
		ImportJob waiting = this.importer.upload(TestUnits.user("admin"), "dang-chay.csv", quarter().csv());
		Document running = Jsoup
			.parse(this.mvc.perform(get("/admin/returns/import/" + waiting.id() + "/progress").with(session("admin")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(running.select("#history-progress").attr("hx-trigger")).isEqualTo("every 1s");
		assertThat(running.select("#history-progress").attr("data-phase")).isEqualTo("CHECKING");
		assertThat(running.select(".progress").attr("aria-valuenow")).isEqualTo("0");

		HistoryFile bad = quarter();
		bad.set("money.completed", "-3");
		long id = upload(bad.csv());
		assertThat(finished(id).errorCount()).isEqualTo(1);
		Document page = page("/admin/returns/import/" + id, "admin");
		assertThat(page.select("#history-rejected").text()).contains("1 lỗi");
		assertThat(page.select("#history-errors tbody td").eachText()).containsExactly("4", "money.completed",
				"“-3” là số âm; số liệu không được âm.");
		assertThat(page.select("#history-confirm")).isEmpty();
	}

	@Test
	void leadersExportTheirSubtreeOnThePageOthersCannotImport() throws Exception {
		String leader = this.units.leader();
		Document form = page("/exchange/returns", leader);
		assertThat(form.select("#agency option").eachAttr("value"))
			.contains(this.units.province(), this.units.district())
			.doesNotContain(this.units.other());
		assertThat(form.select("#exchange-import-link")).isEmpty();
		assertThat(page("/exchange/returns", "admin").select("#exchange-import-link")).hasSize(1);
		this.mvc
			.perform(get("/exchange/returns/file").param("agency", this.units.province())
				.param("from", "2020-10")
				.param("to", "2021-09")
				.with(session(leader)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".csv")))
			.andExpect(content().string(startsWith("\uFEFFagency,agencyName,period,status,")));
		this.mvc
			.perform(get("/exchange/returns/file").param("agency", this.units.province())
				.param("from", "2021-09")
				.param("to", "2020-10")
				.with(session(leader)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kỳ cuối (2020-10) trước kỳ đầu (2021-09).")));
		this.mvc.perform(get("/exchange/returns").with(session(this.units.officer())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/returns/import").with(session(leader))).andExpect(status().isForbidden());
	}

}
