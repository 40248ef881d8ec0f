package vn.thads.portal.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.ComplaintLine;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * Every companion form in a return's workbook (issue 14 item 5): a block per form under
 * the main forms, entered lines yellow and unlocked, derived lines the formulas generated
 * from their definition; read back with the entry page's rules; a workbook without the
 * blocks of the complaints and the administrative judgments (made before) keeps the
 * stored ones.
 */
@FullStack
class WorkbookCompanionsTests {

	static final String BODY = WorkbookCategoriesTests.BODY.substring(0, WorkbookCategoriesTests.BODY.lastIndexOf('}'))
			+ """
					, "complaints": {"complaintsReceived": 40, "complaintsCompetent": 30, "complaintsResolved": 25,
					  "denunciationsReceived": 9, "denunciationsCompetent": 6, "denunciationsResolved": 2},
					 "adminJudgments": {"carriedOver": 12, "received": 20, "completed": 9}}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Autowired
	ReturnSheetReader reader;

	TestUnits units;

	String url;

	ReturnWorkbookCalls calls;

	@BeforeEach
	void units() throws Exception {
		this.units = TestUnits.create(this.agencies, this.users);
		this.url = "/api/v1/returns/" + this.units.province() + "/2020-09";
		this.calls = new ReturnWorkbookCalls(this.mvc, this.reader, this.url, this.units.officer());
		this.mvc.perform(
				put(this.url).with(basic(this.units.officer())).contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.complaints.complaintsReceived").value(40));
	}

	@Test
	void everyFormIsABlockWithYellowCellsAndGeneratedFormulas() throws Exception {
		TestWorkbooks.edit(this.calls.download(), (wb) -> {
			Sheet sheet = TestWorkbooks.returnSheet(wb);
			SheetFigures read = this.reader.read(sheet);
			assertThat(read.errors()).isEmpty();
			assertThat(read.figures().companion(CompanionForm.COMPLAINTS).byCode())
				.containsEntry("complaintsReceived", 40L)
				.containsEntry("complaintsOutstanding", 5L);
			assertThat(read.figures().companion(CompanionForm.ADMIN_JUDGMENTS).byCode()).containsEntry("carriedOver",
					12L);
			Cell received = TestWorkbooks.cell(sheet, read.cell("complaints.complaintsReceived"));
			assertThat(received.getNumericCellValue()).isEqualTo(40);
			assertThat(received.getCellStyle().getLocked()).isFalse();
			assertThat(received.getCellStyle().getFillForegroundColor())
				.isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
			assertThat(received.getRow().getCell(0).getStringCellValue()).isEqualTo("(1) Đơn khiếu nại nhận được");
			// derived lines: the formulas of their definition, locked
			Cell outstanding = TestWorkbooks.cell(sheet, read.cell("complaints.complaintsOutstanding"));
			assertThat(outstanding.getCellType()).isEqualTo(CellType.FORMULA);
			assertThat(outstanding.getCellFormula()).isEqualTo(
					read.cell("complaints.complaintsCompetent") + "-" + read.cell("complaints.complaintsResolved"));
			assertThat(outstanding.getCellStyle().getLocked()).isTrue();
			Cell total = TestWorkbooks.cell(sheet, read.cell("adminJudgments.total"));
			assertThat(total.getCellFormula())
				.isEqualTo(read.cell("adminJudgments.carriedOver") + "+" + read.cell("adminJudgments.received"));
			Cell left = TestWorkbooks.cell(sheet, read.cell("adminJudgments.outstanding"));
			assertThat(left.getCellFormula())
				.isEqualTo(read.cell("adminJudgments.total") + "-" + read.cell("adminJudgments.completed"));
			// the blocks' titles
			assertThat(TestWorkbooks.cell(sheet, read.cell("complaints.complaintsReceived"))
				.getSheet()
				.getRow(received.getRowIndex() - 1)
				.getCell(0)
				.getStringCellValue()).isEqualTo("Khiếu nại, tố cáo");
		});
	}

	@Test
	void anEditedComplaintsFigureIsListedThenSaved() throws Exception {
		byte[] xlsx = this.calls.withCells(this.calls.download(), "complaints.complaintsResolved", 28,
				"adminJudgments.completed", 11);
		this.calls.upload(xlsx, "?dryRun=true")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changes", hasSize(2)))
			.andExpect(jsonPath("$.changes[0].field").value("complaints.complaintsResolved"))
			.andExpect(jsonPath("$.changes[0].from").value(25))
			.andExpect(jsonPath("$.changes[0].to").value(28))
			.andExpect(jsonPath("$.errors", hasSize(0)));
		this.calls.upload(xlsx, "?filename=thang9.xlsx")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.complaints.complaintsResolved").value(28))
			.andExpect(jsonPath("$.complaints.complaintsOutstanding").value(2))
			.andExpect(jsonPath("$.adminJudgments.outstanding").value(21))
			.andExpect(jsonPath("$.reception.visits").value(191));
		this.mvc.perform(get(this.url + "/history").with(basic(this.units.officer())))
			.andExpect(jsonPath("$[1].changes[*].field", hasItem("complaints.complaintsResolved")));
	}

	@Test
	void aPartAboveItsWholeIsAnErrorOnItsCell() throws Exception {
		byte[] xlsx = this.calls.withCells(this.calls.download(), "complaints.complaintsResolved", 31);
		String cell = this.calls.cellOf(xlsx, "complaints.complaintsResolved");
		this.calls.upload(xlsx, "?dryRun=true")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors[0].field").value("complaints.complaintsResolved"))
			.andExpect(jsonPath("$.errors[0].cell").value(cell))
			.andExpect(jsonPath("$.errors[0].message", startsWith("Ô " + cell)));
	}

	@Test
	void aWorkbookWithoutTheNewBlocksKeepsTheStoredForms() throws Exception {
		byte[] downloaded = this.calls.download();
		String first = this.calls.cellOf(downloaded, "complaints.complaintsReceived");
		// the layout before issue 14 item 5: the reception block only
		byte[] old = TestWorkbooks.edit(downloaded, (wb) -> {
			Sheet sheet = TestWorkbooks.returnSheet(wb);
			for (int r = sheet.getLastRowNum(); r >= TestWorkbooks.cell(sheet, first).getRowIndex() - 1; r--) {
				if (sheet.getRow(r) != null) {
					sheet.removeRow(sheet.getRow(r));
				}
			}
		});
		byte[] edited = this.calls.withCells(old, "reception.visits", 200);
		TestWorkbooks.edit(edited, (wb) -> {
			SheetFigures read = this.reader.read(TestWorkbooks.returnSheet(wb));
			assertThat(read.errors()).isEmpty();
			assertThat(read.cell("complaints.complaintsReceived")).isNull();
			assertThat(read.figures().companion(CompanionForm.COMPLAINTS).get(ComplaintLine.COMPLAINTS_RECEIVED))
				.isZero();
		});
		this.calls.upload(edited, "?dryRun=true")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changes", hasSize(1)))
			.andExpect(jsonPath("$.changes[0].field").value("reception.visits"));
		this.calls.upload(edited, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reception.visits").value(200))
			.andExpect(jsonPath("$.complaints.complaintsReceived").value(40))
			.andExpect(jsonPath("$.adminJudgments.carriedOver").value(12));
	}

}
