package vn.thads.portal.workbook;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReturnEntry;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.RealSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/**
 * The workbook on the entry page: download, upload, the dry-run page, confirm (saved as
 * "Lưu nháp" saves, with the file in the history) and cancel; refused files are a page
 * that says why.
 */
@FullStack
class WorkbookPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Autowired
	ReturnEntry entry;

	@Autowired
	ReturnSheetReader reader;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SessionRepository<?> sessions;

	TestUnits units;

	String page;

	vn.thads.portal.returns.ReturnView saved;

	@BeforeEach
	void units() {
		this.units = TestUnits.create(this.agencies, this.users);
		this.page = "/returns/" + this.units.province() + "/2020-09";
		ReturnFigures figures = new ReturnFigures(vn.thads.portal.returns.Figures.ZERO.with(FormColumn.CARRIED_OVER, 10)
			.with(FormColumn.WITHOUT_CONDITIONS, 10), vn.thads.portal.returns.Figures.ZERO);
		this.saved = this.entry.save(TestUnits.user(this.units.officer()), this.units.province(), "2020-09", null,
				figures);
	}

	byte[] download() throws Exception {
		return this.mvc.perform(get(this.page + "/workbook").with(session(this.units.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	MvcResult upload(byte[] content, String name, RequestPostProcessor httpSession, int status) throws Exception {
		return this.mvc
			.perform(multipart(this.page + "/workbook").file(new MockMultipartFile("file", name, null, content))
				.with(httpSession)
				.with(csrf()))
			.andExpect(status().is(status))
			.andReturn();
	}

	byte[] edited(byte[] xlsx, String field, Object value) {
		String[] ref = new String[1];
		TestWorkbooks.edit(xlsx, (wb) -> ref[0] = this.reader.read(TestWorkbooks.returnSheet(wb)).cell(field));
		return TestWorkbooks.edit(xlsx, (wb) -> {
			var cell = TestWorkbooks.cell(TestWorkbooks.returnSheet(wb), ref[0]);
			if (value instanceof Number n) {
				cell.setCellValue(n.doubleValue());
			}
			else {
				cell.setCellValue(String.valueOf(value));
			}
		});
	}

	@Test
	void theEntryPageOffersTheWorkbookToEditorsAndTheDownloadToReaders() throws Exception {
		Document officer = Jsoup.parse(this.mvc.perform(get(this.page).with(session(this.units.officer())))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(officer.select("#workbook-download").attr("href")).endsWith(this.page + "/workbook");
		assertThat(officer.select("#workbook-upload").attr("enctype")).isEqualTo("multipart/form-data");
		assertThat(officer.select("#workbook-upload input[name=_csrf]")).hasSize(1);
		Document leader = Jsoup.parse(this.mvc.perform(get(this.page).with(session(this.units.leader())))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(leader.select("#workbook-download")).hasSize(1);
		assertThat(leader.select("#workbook-upload")).isEmpty();
	}

	@Test
	void whatChangedSinceTheDownloadIsNamedEvenOutsideTheMainForms() throws Exception {
		byte[] xlsx = download();
		// a reception line changes on the page after the download: not a figure of the
		// workbook
		this.entry.save(TestUnits.user(this.units.officer()), this.units.province(), "2020-09", this.saved.version(),
				this.saved.check().figures().withReception(new vn.thads.portal.returns.Reception(7, 9, 2, 2, 40)));
		Document dryRun = Jsoup
			.parse(upload(xlsx, "thang-9.xlsx", session(this.units.officer()), 200).getResponse().getContentAsString());
		assertThat(dryRun.text()).contains("Tiếp công dân").contains("0 → 7");
	}

	@Test
	void aDryRunShowsEachChangeThenConfirmSavesItWithTheFileInTheHistory() throws Exception {
		RequestPostProcessor httpSession = RealSessions.open(this.sessions, this.units.officer());
		byte[] xlsx = edited(download(), "money.carriedOver", "1.234.567");
		Document dryRun = Jsoup
			.parse(upload(xlsx, "thang 9.xlsx", httpSession, 200).getResponse().getContentAsString());
		assertThat(dryRun.select("#workbook-changes tbody tr")).hasSize(1);
		assertThat(dryRun.select("#workbook-changes tbody tr").text()).contains("Tính bằng tiền", "A", "0",
				"1.234.567");
		assertThat(dryRun.select("#workbook-derived").text()).contains("1.234.567");
		assertThat(dryRun.select("#workbook-errors").text()).startsWith("Ô ");
		assertThat(dryRun.select("#workbook-filename").text()).contains("thang 9.xlsx", ReturnWorkbooks.sha256(xlsx));
		assertThat(money()).as("a dry run saves nothing").isZero();
		String token = dryRun.select("#workbook-confirm input[name=token]").val();
		this.mvc.perform(post(this.page + "/workbook/confirm").param("token", token).with(httpSession).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("success", "workbook.savedWithErrors"));
		assertThat(money()).isEqualTo(1234567);
		assertThat(this.jdbc.queryForObject("select comment from return_event e join monthly_return r on r.id ="
				+ " e.return_id join agency a on a.id = r.agency_id where a.code = ? order by e.version desc limit 1",
				String.class, this.units.province()))
			.isEqualTo("Nhập từ tệp Excel “thang 9.xlsx” (SHA-256: " + ReturnWorkbooks.sha256(xlsx) + ")");
		// confirming again: the file is gone, nothing is saved twice
		this.mvc.perform(post(this.page + "/workbook/confirm").param("token", token).with(httpSession).with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void aCategorysAndAReceptionLinesChangesAreNamedOnTheDryRunPage() throws Exception {
		byte[] xlsx = edited(edited(download(), "categories.TIN_DUNG_NGAN_HANG.cases.carriedOver", 4),
				"reception.visits", 3);
		Document dryRun = Jsoup
			.parse(upload(xlsx, "thang-9.xlsx", session(this.units.officer()), 200).getResponse().getContentAsString());
		assertThat(dryRun.select("#workbook-changes tbody tr")).hasSize(2);
		assertThat(dryRun.select("#workbook-changes tbody tr").get(0).text()).contains("tín dụng, ngân hàng:",
				"Tính bằng việc", "A", "0", "4");
		assertThat(dryRun.select("#workbook-changes tbody tr").get(1).text()).contains("Tiếp công dân", "(1)",
				"Số lượt tiếp công dân", "3");
	}

	@Test
	void aTypoIsShownOnItsCellAndCannotBeConfirmed() throws Exception {
		byte[] xlsx = edited(download(), "cases.completed", "12a");
		Document dryRun = Jsoup
			.parse(upload(xlsx, "loi.xlsx", RealSessions.open(this.sessions, this.units.officer()), 422).getResponse()
				.getContentAsString());
		assertThat(dryRun.select("#workbook-errors li").first().text())
			.matches("Ô [A-Z]+\\d+: “12a” không phải là số.*");
		assertThat(dryRun.select("#workbook-blocked")).hasSize(1);
		assertThat(dryRun.select("#workbook-confirm")).isEmpty();
		assertThat(dryRun.select("#workbook-upload")).hasSize(1);
	}

	@Test
	void aRefusedFileIsAPageThatSaysWhy() throws Exception {
		Document csv = Jsoup.parse(upload("code,name\n".getBytes(StandardCharsets.UTF_8), "bao-cao.xlsx",
				RealSessions.open(this.sessions, this.units.officer()), 415)
			.getResponse()
			.getContentAsString());
		assertThat(csv.select("#workbook-refused").text()).contains("không phải bảng tính Excel");
		assertThat(csv.select("#workbook-upload")).hasSize(1);
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		Document tooLarge = Jsoup
			.parse(upload(large, "lon.xlsx", RealSessions.open(this.sessions, this.units.officer()), 413).getResponse()
				.getContentAsString());
		assertThat(tooLarge.select("#workbook-refused").text()).contains("lớn quá 10 MB");
		Document none = Jsoup
			.parse(upload(new byte[0], "", RealSessions.open(this.sessions, this.units.officer()), 422).getResponse()
				.getContentAsString());
		assertThat(none.select("#workbook-refused").text()).contains("Hãy chọn tệp");
	}

	@Test
	void aFileTooLargeToParseSendsTheOfficerBackToTheEntryPageWithWhy() throws Exception {
		byte[] huge = new byte[22 * 1024 * 1024];
		this.mvc
			.perform(post(this.page + "/workbook").contentType("multipart/form-data; boundary=xyz")
				.content(huge)
				.with(session(this.units.officer()))
				.with(csrf()))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl(this.page + "?workbook=tooLarge"));
		Document entry = Jsoup
			.parse(this.mvc.perform(get(this.page).param("workbook", "tooLarge").with(session(this.units.officer())))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(entry.select("#workbook-too-large").text()).contains("lớn quá 10 MB");
	}

	@Test
	void cancelForgetsTheFile() throws Exception {
		RequestPostProcessor httpSession = RealSessions.open(this.sessions, this.units.officer());
		Document dryRun = Jsoup
			.parse(upload(edited(download(), "cases.other", 2), "a.xlsx", httpSession, 200).getResponse()
				.getContentAsString());
		String token = dryRun.select("#workbook-confirm input[name=token]").val();
		assertThat(token).isNotEmpty();
		this.mvc.perform(post(this.page + "/workbook/cancel").with(httpSession).with(csrf()))
			.andExpect(redirectedUrl(this.page));
		this.mvc.perform(post(this.page + "/workbook/confirm").param("token", token).with(httpSession).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject(
				"select cases_other from monthly_return r join agency a on a.id ="
						+ " r.agency_id where a.code = ? and r.period = '2020-09-01'",
				Long.class, this.units.province()))
			.isZero();
	}

	@Test
	void anotherProvincesLeaderCannotUpload() throws Exception {
		this.mvc
			.perform(multipart(this.page + "/workbook").file(new MockMultipartFile("file", "a.xlsx", null, download()))
				.with(session(this.units.otherLeader()))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	private long money() {
		return this.jdbc.queryForObject(
				"select money_carried_over from monthly_return r join agency a on a.id ="
						+ " r.agency_id where a.code = ? and r.period = '2020-09-01'",
				Long.class, this.units.province());
	}

}
