package vn.thads.portal.workbook.province;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.returns.HistoryEntry;
import vn.thads.portal.returns.ReturnBook;
import vn.thads.portal.returns.ReturnEntry;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.ReturnHistory;
import vn.thads.portal.returns.ReturnImport;
import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.returns.ReturnView;
import vn.thads.portal.returns.SwitchUnits;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.support.DemoPrincipals;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.workbook.ReturnSheetReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.returns.SwitchUnits.figures;
import static vn.thads.portal.support.TestUsers.basic;
import static vn.thads.portal.support.TestUsers.session;

/**
 * A province's month in one workbook through the API (issue 13, item 2), on a
 * reorganisation of the tests' own (province N with offices N-KV01 and N-KV02): the round
 * trip, changes saved on the offices' behalf in one transaction, a bad office stopping
 * everything, returns that may not change, the row-per-office layout, and who may have
 * the workbook at all.
 */
@FullStack
class ProvinceWorkbookTests {

	static final String PERIOD = "2026-10";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
	ReturnHistory history;

	@Autowired
	ReturnImport imports;

	@Autowired
	ReturnSheetReader reader;

	SwitchUnits units;

	String officer;

	@BeforeEach
	void provinceWithTwoOffices() {
		this.units = SwitchUnits.create(this.agencies, this.users);
		this.officer = this.units.officer(this.units.n());
		save(this.units.n(), figures(50, 10, 5));
		save(this.units.kv01(), figures(100, 40, 20));
		save(this.units.kv02(), figures(80, 30, 10));
	}

	private void save(AgencyRef agency, ReturnFigures figures) {
		this.entry.save(principal(this.units.officer(agency)), agency.code(), PERIOD, null, figures);
	}

	private static PortalUser principal(String username) {
		return (PortalUser) DemoPrincipals.load(username);
	}

	private String api() {
		return "/api/v1/returns/" + this.units.n().code() + "/" + PERIOD + "/province-workbook";
	}

	private ReturnView saved(AgencyRef agency) {
		return this.book.find(principal(this.officer), agency.code(), PERIOD).orElseThrow();
	}

	private XSSFWorkbook download(String layout) throws Exception {
		byte[] content = this.mvc.perform(get(api()).param("layout", layout).with(basic(this.officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new XSSFWorkbook(new ByteArrayInputStream(content));
	}

	/**
	 * Types a figure on an office's sheet, in the cell the portal's reader finds it in.
	 */
	private void type(XSSFWorkbook workbook, AgencyRef agency, String field, Object value) {
		Sheet sheet = workbook.getSheet(agency.code());
		CellReference at = new CellReference(this.reader.read(sheet).cell(field));
		Row row = sheet.getRow(at.getRow());
		if (value instanceof Number number) {
			row.getCell(at.getCol()).setCellValue(number.doubleValue());
		}
		else {
			row.getCell(at.getCol()).setCellValue(value.toString());
		}
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private ResultActions upload(String user, byte[] content, boolean dryRun) throws Exception {
		return this.mvc.perform(post(api()).param("dryRun", String.valueOf(dryRun))
			.with(basic(user))
			.contentType(MediaType.parseMediaType(XLSX))
			.content(content));
	}

	private static String office(AgencyRef agency) {
		return "$.offices[?(@.agencyCode == '" + agency.code() + "')]";
	}

	@Test
	void aWorkbookUploadedAsDownloadedChangesNothing() throws Exception {
		for (String layout : List.of("sheets", "rows")) {
			byte[] unchanged = bytes(download(layout));
			upload(this.officer, unchanged, true).andExpect(status().isOk())
				.andExpect(jsonPath("$.layout").value(layout))
				.andExpect(jsonPath("$.offices[*].agencyCode",
						contains(this.units.n().code(), this.units.kv01().code(), this.units.kv02().code())))
				.andExpect(jsonPath("$.offices[*].outcome", everyItem(is("unchanged"))))
				.andExpect(jsonPath("$.offices[*].changes[*]", empty()))
				.andExpect(jsonPath("$.errors", empty()));
			upload(this.officer, unchanged, false).andExpect(status().isOk()).andExpect(jsonPath("$.saved", empty()));
		}
		assertThat(saved(this.units.kv01()).version()).isZero();
	}

	@Test
	void twoOfficesChangedAreSavedTogetherOnTheirBehalf() throws Exception {
		XSSFWorkbook workbook = download("sheets");
		type(workbook, this.units.kv01(), "cases.completed", 25);
		type(workbook, this.units.kv01(), "cases.inProgress", 115);
		type(workbook, this.units.kv02(), "money.completed", "12.000");
		type(workbook, this.units.kv02(), "money.inProgress", "98.000");
		byte[] content = bytes(workbook);
		upload(this.officer, content, true).andExpect(status().isOk())
			.andExpect(jsonPath(office(this.units.n()) + ".outcome", contains("unchanged")))
			.andExpect(jsonPath(office(this.units.kv01()) + ".outcome", contains("changed")))
			.andExpect(jsonPath(office(this.units.kv01()) + ".changes[*].field",
					contains("cases.completed", "cases.inProgress")))
			.andExpect(jsonPath(office(this.units.kv01()) + ".changes[0].from", contains(20)))
			.andExpect(jsonPath(office(this.units.kv01()) + ".changes[0].to", contains(25)))
			.andExpect(jsonPath(office(this.units.kv02()) + ".outcome", contains("changed")));
		assertThat(saved(this.units.kv01()).figures().cases().completed()).isEqualTo(20);

		upload(this.officer, content, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.saved[*].agencyCode", contains(this.units.kv01().code(), this.units.kv02().code())))
			.andExpect(jsonPath("$.saved[*].status", everyItem(is("DRAFT"))));
		assertThat(saved(this.units.kv01()).figures().cases().completed()).isEqualTo(25);
		assertThat(saved(this.units.kv01()).version()).isEqualTo(1);
		assertThat(saved(this.units.kv02()).figures().money().completed()).isEqualTo(12_000);
		assertThat(saved(this.units.n()).version()).isZero();
		HistoryEntry last = lastEvent(this.units.kv02());
		assertThat(last.user()).isEqualTo(this.officer);
		assertThat(last.comment()).contains("Nhập thay cho " + this.units.kv02().code(), this.units.n().code(),
				sha256(content));
	}

	@Test
	void anOfficesCategoryAndReceptionTravelOnItsSheetAndTheRowLayoutKeepsThem() throws Exception {
		String bank = "categories.TIN_DUNG_NGAN_HANG.";
		XSSFWorkbook workbook = download("sheets");
		type(workbook, this.units.kv01(), bank + "cases.carriedOver", 10);
		type(workbook, this.units.kv01(), bank + "cases.completed", 5);
		type(workbook, this.units.kv01(), bank + "cases.inProgress", 5);
		type(workbook, this.units.kv01(), "reception.visits", 7);
		type(workbook, this.units.kv01(), "reception.people", 8);
		byte[] content = bytes(workbook);
		upload(this.officer, content, true).andExpect(status().isOk())
			.andExpect(jsonPath(office(this.units.kv01()) + ".outcome", contains("changed")))
			.andExpect(jsonPath(office(this.units.kv01()) + ".changes[*].field",
					contains(bank + "cases.carriedOver", bank + "cases.completed", bank + "cases.inProgress",
							"reception.visits", "reception.people")))
			.andExpect(jsonPath(office(this.units.kv02()) + ".outcome", contains("unchanged")));
		upload(this.officer, content, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.saved[*].agencyCode", contains(this.units.kv01().code())));
		ReturnFigures stored = saved(this.units.kv01()).figures();
		assertThat(stored.category("TIN_DUNG_NGAN_HANG").cases().completed()).isEqualTo(5);
		assertThat(stored.reception().people()).isEqualTo(8);

		// a category figure above the office's own: refused on its cell, nothing saved
		XSSFWorkbook above = download("sheets");
		type(above, this.units.kv02(), bank + "cases.completed", 500);
		upload(this.officer, bytes(above), true).andExpect(status().isOk())
			.andExpect(jsonPath(office(this.units.kv02()) + ".outcome", contains("refused")))
			.andExpect(jsonPath(office(this.units.kv02()) + ".errors[*].field", hasItem(bank + "cases.completed")));

		// the row layout holds the main forms only: it leaves them as they are
		XSSFWorkbook rows = download("rows");
		upload(this.officer, bytes(rows), false).andExpect(status().isOk()).andExpect(jsonPath("$.saved", empty()));
		assertThat(saved(this.units.kv01()).figures()).isEqualTo(stored);
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	private HistoryEntry lastEvent(AgencyRef agency) {
		List<HistoryEntry> entries = this.history.of(principal(this.officer), agency.code(), PERIOD).entries();
		return entries.get(entries.size() - 1);
	}

	@Test
	void oneBadOfficeStopsTheWholeFileUntilItIsCorrected() throws Exception {
		XSSFWorkbook workbook = download("sheets");
		type(workbook, this.units.kv01(), "cases.completed", 25);
		type(workbook, this.units.kv01(), "cases.inProgress", 115);
		type(workbook, this.units.kv02(), "cases.completed", "12a");
		String cell = this.reader.read(workbook.getSheet(this.units.kv02().code())).cell("cases.completed");
		byte[] bad = bytes(workbook);
		upload(this.officer, bad, true).andExpect(status().isOk())
			.andExpect(jsonPath(office(this.units.kv01()) + ".outcome", contains("changed")))
			.andExpect(jsonPath(office(this.units.kv02()) + ".outcome", contains("refused")))
			.andExpect(jsonPath(office(this.units.kv02()) + ".errors[0].sheet", contains(this.units.kv02().code())))
			.andExpect(jsonPath(office(this.units.kv02()) + ".errors[0].cell", contains(cell)))
			.andExpect(jsonPath(office(this.units.kv02()) + ".errors[0].message", contains(containsString("12a"))));
		upload(this.officer, bad, false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath(office(this.units.kv02()) + ".outcome", contains("refused")));
		assertThat(saved(this.units.kv01()).version()).isZero();
		assertThat(saved(this.units.kv01()).figures().cases().completed()).isEqualTo(20);

		type(workbook, this.units.kv02(), "cases.completed", 10);
		upload(this.officer, bytes(workbook), false).andExpect(status().isOk());
		assertThat(saved(this.units.kv01()).figures().cases().completed()).isEqualTo(25);
	}

	@Test
	void aReturnSavedByOthersMidWayUndoesEverySave() throws Exception {
		XSSFWorkbook workbook = download("sheets");
		type(workbook, this.units.kv01(), "cases.completed", 25);
		type(workbook, this.units.kv01(), "cases.inProgress", 115);
		type(workbook, this.units.kv02(), "cases.completed", 12);
		type(workbook, this.units.kv02(), "cases.inProgress", 98);
		byte[] content = bytes(workbook);
		upload(this.officer, content, true).andExpect(status().isOk())
			.andExpect(jsonPath(office(this.units.kv02()) + ".outcome", contains("changed")));
		// KV02's own officer saves after the download: KV01 is saved first, then KV02
		// fails
		this.entry.save(principal(this.units.officer(this.units.kv02())), this.units.kv02().code(), PERIOD, 0L,
				figures(80, 31, 10));
		upload(this.officer, content, false).andExpect(status().isConflict());
		assertThat(saved(this.units.kv01()).version()).isZero();
		assertThat(saved(this.units.kv01()).figures().cases().completed()).isEqualTo(20);
		assertThat(saved(this.units.kv02()).figures().cases().newlyAccepted()).isEqualTo(31);
		// the dry run says so, and shows both
		upload(this.officer, content, true).andExpect(status().isOk())
			.andExpect(jsonPath(office(this.units.kv02()) + ".versionChanged", contains(true)))
			.andExpect(jsonPath(office(this.units.kv02()) + ".version", contains(0)))
			.andExpect(jsonPath(office(this.units.kv02()) + ".currentVersion", contains(1)))
			.andExpect(jsonPath(office(this.units.kv02()) + ".changedSince[*].field", hasItem("cases.newlyAccepted")))
			.andExpect(jsonPath(office(this.units.kv02()) + ".changes[*].field",
					hasItems("cases.newlyAccepted", "cases.completed", "cases.inProgress", "money.newlyAccepted")));
	}

	@Test
	void aSubmittedOfficeMayOnlyBeLeftAsItIs() throws Exception {
		AgencyRef kv02 = this.units.kv02();
		this.mvc
			.perform(post("/api/v1/returns/" + kv02.code() + "/" + PERIOD + "/submit")
				.with(basic(this.units.officer(kv02)))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"explanation\": \"Đã kiểm tra\"}"))
			.andExpect(status().isOk());
		XSSFWorkbook workbook = download("sheets");
		type(workbook, this.units.kv01(), "cases.completed", 25);
		type(workbook, this.units.kv01(), "cases.inProgress", 115);
		upload(this.officer, bytes(workbook), true).andExpect(status().isOk())
			.andExpect(jsonPath(office(kv02) + ".outcome", contains("unchanged")))
			.andExpect(jsonPath(office(kv02) + ".status", contains("SUBMITTED")));

		type(workbook, kv02, "cases.completed", 12);
		type(workbook, kv02, "cases.inProgress", 98);
		upload(this.officer, bytes(workbook), true).andExpect(status().isOk())
			.andExpect(jsonPath(office(kv02) + ".outcome", contains("refused")))
			.andExpect(jsonPath(office(kv02) + ".errors[0].message", contains(containsString("Đã nộp"))));
		upload(this.officer, bytes(workbook), false).andExpect(status().isUnprocessableContent());
		assertThat(saved(this.units.kv01()).version()).isZero();
	}

	@Test
	void aSheetWithARowPerOfficeTypedByHandIsAccepted() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet("Tháng 10");
		sheet.createRow(0).createCell(0).setCellValue("Số liệu các đơn vị");
		sheet.createRow(1).createCell(3).setCellValue(PERIOD);
		// a blank row, the header lower down, the columns in another order
		List<String> header = List.of("agency", "version", "cases.carriedOver", "cases.newlyAccepted",
				"cases.completed", "cases.inProgress", "money.carriedOver", "money.newlyAccepted", "money.completed",
				"money.inProgress", "cases.entrusted", "cases.withdrawn", "cases.terminated", "cases.postponed",
				"cases.suspended", "cases.other", "cases.withoutConditions", "money.entrusted", "money.withdrawn",
				"money.terminated", "money.reduced", "money.postponed", "money.suspended", "money.other",
				"money.withoutConditions");
		Row names = sheet.createRow(3);
		for (int c = 0; c < header.size(); c++) {
			names.createCell(c + 1).setCellValue(header.get(c));
		}
		Object[][] rows = {
				{ this.units.kv01().code(), 0, 100, 40, "25", 115, "100.000", "40.000", "20.000", "120.000" },
				{ this.units.kv02().code(), 0, 80, 30, 10, 100, 80_000, 30_000, 10_000, 100_000 } };
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(5 + r);
			for (int c = 0; c < header.size(); c++) {
				Object value = (c < rows[r].length) ? rows[r][c] : 0;
				if (value instanceof Number number) {
					row.createCell(c + 1).setCellValue(number.doubleValue());
				}
				else {
					row.createCell(c + 1).setCellValue(value.toString());
				}
			}
		}
		byte[] content = bytes(workbook);
		upload(this.officer, content, true).andExpect(status().isOk())
			.andExpect(jsonPath("$.layout").value("rows"))
			.andExpect(jsonPath(office(this.units.n()) + ".outcome", contains("absent")))
			.andExpect(jsonPath(office(this.units.kv01()) + ".outcome", contains("changed")))
			.andExpect(jsonPath(office(this.units.kv01()) + ".changes[*].field",
					contains("cases.completed", "cases.inProgress")))
			.andExpect(jsonPath(office(this.units.kv02()) + ".outcome", contains("unchanged")));
		upload(this.officer, content, false).andExpect(status().isOk());
		assertThat(saved(this.units.kv01()).figures().cases().completed()).isEqualTo(25);
		assertThat(saved(this.units.kv02()).version()).isZero();
	}

	@Test
	void renamedAndReorderedSheetsAndATableWithoutItsCodeRowAreStillRead() throws Exception {
		XSSFWorkbook sheets = download("sheets");
		type(sheets, this.units.kv01(), "cases.completed", 25);
		type(sheets, this.units.kv01(), "cases.inProgress", 115);
		sheets.setSheetName(sheets.getSheetIndex(this.units.kv01().code()), "Khu vực 1 (đã sửa)");
		sheets.setSheetOrder(this.units.kv02().code(), 0);
		upload(this.officer, bytes(sheets), true).andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", empty()))
			.andExpect(jsonPath(office(this.units.kv01()) + ".outcome", contains("changed")))
			.andExpect(jsonPath(office(this.units.kv01()) + ".sheet", contains("Khu vực 1 (đã sửa)")))
			.andExpect(jsonPath(office(this.units.kv02()) + ".outcome", contains("unchanged")));

		// the row layout read by its labels alone (the row of field codes deleted)
		XSSFWorkbook rows = download("rows");
		Sheet sheet = rows.getSheetAt(0);
		sheet.removeRow(sheet.getRow(5));
		Row kv01 = sheet.getRow(7);
		assertThat(kv01.getCell(0).getStringCellValue()).isEqualTo(this.units.kv01().code());
		kv01.getCell(7).setCellValue("25");
		kv01.getCell(9).setCellValue(115);
		upload(this.officer, bytes(rows), true).andExpect(status().isOk())
			.andExpect(jsonPath("$.layout").value("rows"))
			.andExpect(jsonPath("$.errors", empty()))
			.andExpect(jsonPath(office(this.units.kv01()) + ".changes[*].field",
					contains("cases.completed", "cases.inProgress")))
			.andExpect(jsonPath(office(this.units.kv02()) + ".outcome", contains("unchanged")))
			.andExpect(jsonPath(office(this.units.n()) + ".outcome", contains("unchanged")));
	}

	@Test
	void onlyTheProvincesOwnPeopleHaveItsWorkbook() throws Exception {
		byte[] content = bytes(download("sheets"));
		for (String outsider : List.of(this.units.officer(this.units.kv01()), "ag.canbo", "tw.lanhdao")) {
			this.mvc.perform(get(api()).with(basic(outsider))).andExpect(status().isForbidden());
			upload(outsider, content, true).andExpect(status().isForbidden());
		}
		for (String reader : List.of(this.units.leader(this.units.n()), this.units.admin())) {
			this.mvc.perform(get(api()).with(basic(reader))).andExpect(status().isOk());
			upload(reader, content, true).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(get("/returns/" + this.units.n().code() + "/" + PERIOD + "/province-workbook")
				.with(session(this.units.officer(this.units.kv01()))))
			.andExpect(status().isForbidden());
	}

}
