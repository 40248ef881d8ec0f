package vn.thads.portal.workbook;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * Real files are messy (issue 13, item 3): what a statistician does to a workbook is
 * read, and every file the portal must not open is refused with a clear message, never a
 * 500. Each file is built from a downloaded workbook in the test.
 */
@FullStack
class WorkbookFilesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Autowired
	ReturnSheetReader reader;

	@Autowired
	JdbcTemplate jdbc;

	TestUnits units;

	String url;

	byte[] downloaded;

	@BeforeEach
	void downloaded() throws Exception {
		this.units = TestUnits.create(this.agencies, this.users);
		this.url = "/api/v1/returns/" + this.units.province() + "/2020-09/workbook";
		this.downloaded = this.mvc.perform(get(this.url).with(basic(this.units.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	ResultActions dryRun(byte[] xlsx) throws Exception {
		return this.mvc.perform(post(this.url + "?dryRun=true").with(basic(this.units.officer()))
			.contentType(WorkbookApiTests.XLSX)
			.content(xlsx));
	}

	String cellOf(byte[] xlsx, String field) {
		String[] ref = new String[1];
		TestWorkbooks.edit(xlsx, (wb) -> ref[0] = this.reader.read(TestWorkbooks.returnSheet(wb)).cell(field));
		return ref[0];
	}

	Cell cell(XSSFWorkbook workbook, String field) {
		return TestWorkbooks.cell(TestWorkbooks.returnSheet(workbook), cellOf(this.downloaded, field));
	}

	@Test
	void numbersTypedAsTextWithVietnameseSeparatorsAreNumbers() throws Exception {
		byte[] xlsx = TestWorkbooks.edit(this.downloaded, (wb) -> {
			cell(wb, "money.carriedOver").setCellValue("1.234.567");
			cell(wb, "money.newlyAccepted").setCellValue("1 234 567");
			cell(wb, "money.completed").setCellValue("  89 ");
			cell(wb, "money.inProgress").setBlank();
		});
		dryRun(xlsx).andExpect(status().isOk())
			.andExpect(jsonPath("$.canConfirm").value(true))
			.andExpect(jsonPath(
					"$.errors[?(@.cell != null && @.field != 'cases.withoutConditions' && @.field != 'money.withoutConditions')]",
					hasSize(0)))
			.andExpect(jsonPath("$.changes[0].field").value("money.carriedOver"))
			.andExpect(jsonPath("$.changes[0].to").value(1234567))
			.andExpect(jsonPath("$.changes[1].to").value(1234567))
			.andExpect(jsonPath("$.changes[2].to").value(89));
	}

	@Test
	void eachFigureThatIsNoWholeNumberIsAnErrorOnItsCell() throws Exception {
		byte[] xlsx = TestWorkbooks.edit(this.downloaded, (wb) -> {
			cell(wb, "cases.carriedOver").setCellValue("12a");
			cell(wb, "cases.newlyAccepted").setCellValue(-3);
			cell(wb, "cases.entrusted").setCellValue(1.5);
			cell(wb, "cases.withdrawn").setCellValue("12,5");
			cell(wb, "cases.completed").setCellValue(1e16);
			cell(wb, "cases.reduced").setCellValue(4);
		});
		dryRun(xlsx).andExpect(status().isOk())
			.andExpect(jsonPath("$.errors", hasSize(6)))
			.andExpect(jsonPath("$.errors[0].cell").value(cellOf(xlsx, "cases.carriedOver")))
			.andExpect(jsonPath("$.errors[0].message",
					startsWith("Ô " + cellOf(xlsx, "cases.carriedOver") + ": “12a” không phải là số")))
			.andExpect(jsonPath("$.errors[1].code").value("negative"))
			.andExpect(jsonPath("$.errors[2].code").value("decimal"))
			.andExpect(jsonPath("$.errors[3].code").value("decimal"))
			.andExpect(jsonPath("$.errors[4].code").value("tooLarge"))
			.andExpect(jsonPath("$.errors[5].code").value("reducedInCases"))
			.andExpect(jsonPath("$.changes", hasSize(0)));
	}

	@Test
	void mergedHeadersBlankRowsAndColumnsAndAMovedTableAreRead() throws Exception {
		String before = cellOf(this.downloaded, "cases.completed");
		byte[] xlsx = TestWorkbooks.edit(this.downloaded, (wb) -> {
			cell(wb, "cases.completed").setCellValue(7);
			Sheet sheet = TestWorkbooks.returnSheet(wb);
			sheet.protectSheet(null);
			// the labels of (1) and (2) merged into one header cell
			sheet.addMergedRegion(new CellRangeAddress(6, 6, 1, 2));
			// three blank rows above the table and two blank columns before it
			sheet.shiftRows(5, sheet.getLastRowNum(), 3);
			sheet.shiftColumns(0, 25, 2);
		});
		assertThat(cellOf(xlsx, "cases.completed")).isNotEqualTo(before);
		dryRun(xlsx).andExpect(status().isOk())
			.andExpect(jsonPath("$.canConfirm").value(true))
			.andExpect(jsonPath(
					"$.errors[?(@.cell != null && @.field != 'cases.withoutConditions' && @.field != 'money.withoutConditions')]",
					hasSize(0)))
			.andExpect(jsonPath("$.changes", hasSize(1)))
			.andExpect(jsonPath("$.changes[0].field").value("cases.completed"))
			.andExpect(jsonPath("$.changes[0].to").value(7));
	}

	@Test
	void blankRowsBetweenTheFormsAndSheetsReorderedAreRead() throws Exception {
		byte[] xlsx = TestWorkbooks.edit(this.downloaded, (wb) -> {
			cell(wb, "money.other").setCellValue(11);
			Sheet sheet = TestWorkbooks.returnSheet(wb);
			sheet.shiftRows(9, 9, 2);
			wb.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("(1) (2) ghi chú");
			wb.setSheetOrder("Ghi chú", 0);
			wb.setSheetOrder(WorkbookMeta.SHEET_NAME, 1);
			wb.setSheetName(2, "Tháng 9");
		});
		dryRun(xlsx).andExpect(status().isOk())
			.andExpect(jsonPath("$.canConfirm").value(true))
			.andExpect(jsonPath(
					"$.errors[?(@.cell != null && @.field != 'cases.withoutConditions' && @.field != 'money.withoutConditions')]",
					hasSize(0)))
			.andExpect(jsonPath("$.changes", hasSize(1)))
			.andExpect(jsonPath("$.changes[0].field").value("money.other"))
			.andExpect(jsonPath("$.changes[0].to").value(11));
	}

	@Test
	void aFormulaIsReadAsItsSavedValueAndFlagged() throws Exception {
		byte[] xlsx = TestWorkbooks.edit(this.downloaded, (wb) -> {
			Cell sum = cell(wb, "cases.newlyAccepted");
			sum.setCellFormula("100+23");
			// as Excel saves it: the formula with its last value
			FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
			evaluator.evaluateFormulaCell(sum);
		});
		String cell = cellOf(xlsx, "cases.newlyAccepted");
		dryRun(xlsx).andExpect(status().isOk())
			.andExpect(jsonPath("$.changes[0].field").value("cases.newlyAccepted"))
			.andExpect(jsonPath("$.changes[0].to").value(123))
			.andExpect(jsonPath("$.warnings[0].cell").value(cell))
			.andExpect(jsonPath("$.warnings[0].code").value("formula"))
			.andExpect(jsonPath("$.warnings[0].message", startsWith("Ô " + cell + ": Ô có công thức")));
	}

	@Test
	void anotherReturnsWorkbookIsNotThisOne() throws Exception {
		this.mvc
			.perform(post("/api/v1/returns/" + this.units.province() + "/2020-08/workbook?dryRun=true")
				.with(basic(this.units.officer()))
				.contentType(WorkbookApiTests.XLSX)
				.content(this.downloaded))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message", containsString(this.units.province())));
		byte[] plain = TestWorkbooks.edit(this.downloaded,
				(wb) -> wb.removeSheetAt(wb.getSheetIndex(WorkbookMeta.SHEET_NAME)));
		dryRun(plain).andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void aFileThatIsNotAnXlsxIs415() throws Exception {
		refused("code,name\nKG,Kiên Giang\n".getBytes(StandardCharsets.UTF_8), 415, "không phải bảng tính Excel");
		ByteArrayOutputStream xls = new ByteArrayOutputStream();
		try (HSSFWorkbook old = new HSSFWorkbook()) {
			old.createSheet("Báo cáo");
			old.write(xls);
		}
		refused(xls.toByteArray(), 415, "không phải bảng tính Excel");
		// a zip that is no spreadsheet
		refused(TestWorkbooks.rewrite(
				new byte[] { 'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, "readme.txt",
				(old) -> "xin chào"), 415, "không phải bảng tính Excel");
		refused(new byte[0], 415, "không phải bảng tính Excel");
	}

	@Test
	void aFileOverTheLimitIs413() throws Exception {
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(this.downloaded, 0, large, 0, this.downloaded.length);
		refused(large, 413, "lớn quá 10 MB");
	}

	@Test
	void aWorkbookWithMacrosIsRefused() throws Exception {
		byte[] xlsm = TestWorkbooks.withPart(this.downloaded, "/xl/vbaProject.bin",
				"application/vnd.ms-office.vbaProject", "not really VBA");
		refused(xlsm, 422, "macro");
		byte[] macroEnabled = TestWorkbooks.rewrite(this.downloaded, "[Content_Types].xml",
				(types) -> types.replace("spreadsheetml.sheet.main+xml", "")
					.replace("application/vnd.openxmlformats-officedocument.\"",
							"application/vnd.ms-excel.sheet.macroEnabled.main+xml\""));
		refused(macroEnabled, 422, "macro");
	}

	@Test
	void anEncryptedWorkbookIsRefused() throws Exception {
		refused(TestWorkbooks.encrypted(this.downloaded), 422, "mật khẩu");
	}

	@Test
	void aZipBombIsRefused() throws Exception {
		String blank = " ".repeat(25 * 1024 * 1024);
		byte[] bomb = TestWorkbooks.rewrite(this.downloaded, "xl/worksheets/sheet1.xml",
				(sheet) -> sheet.replace("</worksheet>", blank + "</worksheet>"));
		assertThat(bomb.length).isLessThan(1024 * 1024);
		refused(bomb, 422, "bom nén");
	}

	@Test
	void aWorkbookLinkedToOtherFilesIsRefused() throws Exception {
		byte[] linked = TestWorkbooks.withPart(this.downloaded, "/xl/externalLinks/externalLink1.xml",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><externalLink xmlns=\"http://schemas.openxmlformats.org/"
						+ "spreadsheetml/2006/main\"><externalBook/></externalLink>");
		refused(linked, 422, "liên kết đến tệp khác");
	}

	@Test
	void xmlWithADocumentTypeOrEntitiesIsRefused() throws Exception {
		String doctype = "<!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>";
		byte[] inWorkbook = TestWorkbooks.rewrite(this.downloaded, "xl/workbook.xml",
				(xml) -> xml.replaceFirst("\\?>", "?>" + doctype));
		refused(inWorkbook, 422, "DOCTYPE");
		byte[] inSheet = TestWorkbooks.rewrite(this.downloaded, "xl/worksheets/sheet1.xml",
				(xml) -> xml.replaceFirst("\\?>", "?>" + doctype));
		refused(inSheet, 422, "DOCTYPE");
		byte[] inTypes = TestWorkbooks.rewrite(this.downloaded, "[Content_Types].xml",
				(xml) -> xml.replaceFirst("\\?>", "?>" + doctype));
		this.mvc
			.perform(post(this.url + "?dryRun=true").with(basic(this.units.officer()))
				.contentType(WorkbookApiTests.XLSX)
				.content(inTypes))
			.andExpect(status().is4xxClientError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private void refused(byte[] file, int status, String words) throws Exception {
		for (String query : new String[] { "?dryRun=true", "" }) {
			this.mvc
				.perform(post(this.url + query).with(basic(this.units.officer()))
					.contentType(WorkbookApiTests.XLSX)
					.content(file))
				.andExpect(status().is(status))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail", containsString(words)));
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from monthly_return r join agency a on a.id = r.agency_id where a.code = ?",
				Integer.class, this.units.province()))
			.as("nothing saved")
			.isZero();
	}

}
