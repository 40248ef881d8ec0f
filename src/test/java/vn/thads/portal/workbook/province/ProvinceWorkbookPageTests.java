package vn.thads.portal.workbook.province;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.returns.ReturnBook;
import vn.thads.portal.returns.ReturnEntry;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.ReturnView;
import vn.thads.portal.returns.SwitchUnits;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.support.DemoPrincipals;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.RealSessions;
import vn.thads.portal.workbook.ReturnSheetReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.returns.SwitchUnits.figures;
import static vn.thads.portal.support.TestUsers.session;

/**
 * The province workbook's page: where a province's people find it, the dry run shown
 * office by office with its sheets and cells, the confirm of what was shown, and a save
 * by someone else between the two undoing every save.
 */
@FullStack
class ProvinceWorkbookPageTests {

	static final String PERIOD = ProvinceWorkbookTests.PERIOD;

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Autowired
	ReturnEntry entry;

	@Autowired
	ReturnBook book;

	@Autowired
	ReturnSheetReader reader;

	@Autowired
	SessionRepository<? extends Session> sessions;

	SwitchUnits units;

	String officer;

	String page;

	@BeforeEach
	void provinceWithTwoOffices() {
		this.units = SwitchUnits.create(this.agencies, this.users);
		this.officer = this.units.officer(this.units.n());
		this.page = "/returns/" + this.units.n().code() + "/" + PERIOD + "/province-workbook";
		save(this.units.kv01(), figures(100, 40, 20));
		save(this.units.kv02(), figures(80, 30, 10));
	}

	private void save(AgencyRef agency, ReturnFigures figures) {
		this.entry.save(principal(this.units.officer(agency)), agency.code(), PERIOD, null, figures);
	}

	private static PortalUser principal(String username) {
		return (PortalUser) DemoPrincipals.load(username);
	}

	private ReturnView saved(AgencyRef agency) {
		return this.book.find(principal(this.officer), agency.code(), PERIOD).orElseThrow();
	}

	private Document html(RequestBuilder request, int status) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/**
	 * The downloaded workbook with KV01's and KV02's cases changed (KV02's by "value").
	 */
	private byte[] changed(Object kv02Completed) throws Exception {
		byte[] content = this.mvc.perform(get(this.page + "/download").with(session(this.officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			type(workbook, this.units.kv01(), "cases.completed", 25);
			type(workbook, this.units.kv01(), "cases.inProgress", 115);
			type(workbook, this.units.kv02(), "cases.completed", kv02Completed);
			type(workbook, this.units.kv02(), "cases.inProgress", 98);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private void type(XSSFWorkbook workbook, AgencyRef agency, String field, Object value) {
		Sheet sheet = workbook.getSheet(agency.code());
		CellReference at = new CellReference(this.reader.read(sheet).cell(field));
		if (value instanceof Number number) {
			sheet.getRow(at.getRow()).getCell(at.getCol()).setCellValue(number.doubleValue());
		}
		else {
			sheet.getRow(at.getRow()).getCell(at.getCol()).setCellValue(value.toString());
		}
	}

	private RequestBuilder check(byte[] content, RequestPostProcessor http) {
		return multipart(this.page)
			.file(new MockMultipartFile("file", "thang-10.xlsx", ProvinceWorkbookTests.XLSX, content))
			.with(http)
			.with(session(this.officer))
			.with(csrf());
	}

	private RequestBuilder confirm(Document checked, RequestPostProcessor http) {
		return post(this.page + "/confirm")
			.param("token", checked.selectFirst("#province-confirm input[name=token]").val())
			.with(http)
			.with(session(this.officer))
			.with(csrf());
	}

	@Test
	void theProvincesMonthsLeadToItsWorkbook() throws Exception {
		String province = "/returns/" + this.units.n().code();
		Document year = html(get(province).param("year", "2027").with(session(this.officer)), 200);
		assertThat(year.selectFirst("#province-workbook-" + PERIOD).attr("href")).isEqualTo(this.page);
		Document office = html(get("/returns/" + this.units.kv01().code()).param("year", "2027")
			.with(session(this.units.officer(this.units.kv01()))), 200);
		assertThat(office.select("[id^=province-workbook-]")).isEmpty();

		Document shown = html(get(this.page).with(session(this.officer)), 200);
		assertThat(shown.select("#province-returns tbody tr").eachAttr("id")).containsExactly(
				"return-" + this.units.n().code(), "return-" + this.units.kv01().code(),
				"return-" + this.units.kv02().code());
		assertThat(shown.selectFirst("#province-upload")).isNotNull();
		Document leader = html(get(this.page).with(session(this.units.leader(this.units.n()))), 200);
		assertThat(leader.selectFirst("#download-sheets")).isNotNull();
		assertThat(leader.selectFirst("#province-upload")).isNull();
	}

	@Test
	void theDryRunNamesTheBadOfficeItsSheetAndCell() throws Exception {
		RequestPostProcessor http = RealSessions.open(this.sessions, this.officer);
		Document checked = html(check(changed("12a"), http), 422);
		String kv02 = this.units.kv02().code();
		assertThat(checked.selectFirst("#office-" + this.units.kv01().code()).text()).contains("Có thay đổi",
				"Thi hành xong (G1)", "20", "25");
		assertThat(checked.selectFirst("#office-" + kv02 + " .office-errors").text()).contains("Trang " + kv02 + ", ô ",
				"12a");
		assertThat(checked.selectFirst("#province-refused")).isNotNull();
		assertThat(checked.selectFirst("#province-confirm")).isNull();
	}

	@Test
	void theConfirmSavesWhatTheDryRunShowed() throws Exception {
		RequestPostProcessor http = RealSessions.open(this.sessions, this.officer);
		Document checked = html(check(changed(12), http), 200);
		this.mvc.perform(confirm(checked, http))
			.andExpect(status().is3xxRedirection())
			.andExpect(
					(result) -> assertThat(result.getFlashMap().get("success")).isEqualTo("workbook.province.saved"));
		assertThat(saved(this.units.kv01()).figures().cases().completed()).isEqualTo(25);
		assertThat(saved(this.units.kv02()).figures().cases().completed()).isEqualTo(12);
	}

	@Test
	void aSaveByOthersBetweenTheDryRunAndTheConfirmUndoesEverySave() throws Exception {
		RequestPostProcessor http = RealSessions.open(this.sessions, this.officer);
		Document checked = html(check(changed(12), http), 200);
		this.entry.save(principal(this.units.officer(this.units.kv02())), this.units.kv02().code(), PERIOD, 0L,
				figures(80, 31, 10));
		Document refused = html(confirm(checked, http), 409);
		assertThat(refused.selectFirst(".alert-danger").text()).contains("chưa lưu gì");
		assertThat(saved(this.units.kv01()).version()).isZero();
		assertThat(saved(this.units.kv01()).figures().cases().completed()).isEqualTo(20);
	}

}
