package vn.thads.portal.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
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
 * The categories and the citizen reception in a return's workbook (issue 14 item 5):
 * written under the main forms, read back with the entry page's rules and saved as a
 * {@code PUT} saves them; a workbook without them keeps the stored ones.
 */
@FullStack
class WorkbookCategoriesTests {

	static final String BANK = "TIN_DUNG_NGAN_HANG";

	static final String BODY = """
			{"cases": {"carriedOver": 7776, "newlyAccepted": 12576, "entrusted": 0, "withdrawn": 0,
			 "withoutConditions": 5705, "completed": 12056, "terminated": 174, "inProgress": 2417,
			 "postponed": 0, "suspended": 0, "other": 0},
			 "money": {"carriedOver": 1000000000, "newlyAccepted": 2478152572, "entrusted": 73086304, "withdrawn": 0,
			 "withoutConditions": 1389178709, "completed": 1165081049, "terminated": 0, "reduced": 0,
			 "inProgress": 850806510, "postponed": 0, "suspended": 0, "other": 0},
			 "categories": [{"code": "TIN_DUNG_NGAN_HANG",
			  "cases": {"carriedOver": 1000, "newlyAccepted": 2000, "entrusted": 0, "withdrawn": 0,
			   "withoutConditions": 1000, "completed": 3, "terminated": 0, "inProgress": 1997,
			   "postponed": 0, "suspended": 0, "other": 0},
			  "money": {"carriedOver": 100000, "newlyAccepted": 200000, "entrusted": 0, "withdrawn": 0,
			   "withoutConditions": 100000, "completed": 50000, "terminated": 0, "reduced": 0,
			   "inProgress": 150000, "postponed": 0, "suspended": 0, "other": 0}}],
			 "reception": {"visits": 191, "people": 195, "leaderVisits": 135, "leaderPeople": 139,
			  "judgmentsReceived": 9838}}""";

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
			.andExpect(status().isOk());
	}

	@Test
	void theCategoriesAndTheReceptionAreWrittenUnderTheFormsWithFormulasAndYellowCells() throws Exception {
		byte[] xlsx = this.calls.download();
		TestWorkbooks.edit(xlsx, (wb) -> {
			Sheet sheet = TestWorkbooks.returnSheet(wb);
			SheetFigures read = this.reader.read(sheet);
			assertThat(read.errors()).isEmpty();
			assertThat(read.categoriesRead()).containsExactlyInAnyOrder(BANK, "THU_HOI_TAI_SAN_THAM_NHUNG_KINH_TE");
			assertThat(read.figures().category(BANK).cases().completed()).isEqualTo(3);
			assertThat(read.figures().reception().leaderPeople()).isEqualTo(139);
			Cell entered = TestWorkbooks.cell(sheet, read.cell("categories." + BANK + ".cases.completed"));
			assertThat(entered.getCellStyle().getLocked()).isFalse();
			assertThat(entered.getCellStyle().getFillForegroundColor())
				.isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.LIGHT_YELLOW.getIndex());
			Row row = entered.getRow();
			assertThat(TestWorkbooks.cell(sheet, read.cell("categories." + BANK + ".cases.completed"))
				.getNumericCellValue()).isEqualTo(3);
			assertThat(row.getCell(0).getStringCellValue())
				.isEqualTo("Trong đó: tín dụng, ngân hàng — Tính bằng việc (việc)");
			Cell resolved = TestWorkbooks.cell(sheet, read.cell("categories." + BANK + ".money.resolved"));
			assertThat(resolved.getCellType()).isEqualTo(CellType.FORMULA);
			int r = resolved.getRowIndex() + 1;
			assertThat(resolved.getCellFormula()).isEqualTo("I" + r + "+J" + r + "+K" + r);
			assertThat(resolved.getCellStyle().getLocked()).isTrue();
			Cell visits = TestWorkbooks.cell(sheet, read.cell("reception.leaderVisits"));
			assertThat(visits.getNumericCellValue()).isEqualTo(135);
			assertThat(visits.getCellStyle().getLocked()).isFalse();
			assertThat(visits.getRow().getCell(0).getStringCellValue()).isEqualTo("(3) Số lượt lãnh đạo tiếp");
		});
	}

	@Test
	void editedCategoryAndReceptionCellsAreListedThenSaved() throws Exception {
		byte[] xlsx = this.calls.withCells(this.calls.download(), "categories." + BANK + ".cases.completed", 7,
				"categories." + BANK + ".cases.inProgress", 1993, "reception.visits", 200);
		this.calls.upload(xlsx, "?dryRun=true")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changes", hasSize(3)))
			.andExpect(jsonPath("$.changes[0].field").value("categories." + BANK + ".cases.completed"))
			.andExpect(jsonPath("$.changes[0].from").value(3))
			.andExpect(jsonPath("$.changes[0].to").value(7))
			.andExpect(jsonPath("$.changes[2].field").value("reception.visits"))
			.andExpect(jsonPath("$.changes[2].to").value(200))
			.andExpect(jsonPath("$.errors", hasSize(0)));
		this.calls.upload(xlsx, "?filename=thang9.xlsx")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.categories[0].cases.completed").value(7))
			.andExpect(jsonPath("$.categories[0].cases.inProgress").value(1993))
			.andExpect(jsonPath("$.reception.visits").value(200))
			.andExpect(jsonPath("$.reception.leaderVisits").value(135));
		this.mvc.perform(get(this.url + "/history").with(basic(this.units.officer())))
			.andExpect(jsonPath("$[1].comment", startsWith("Nhập từ tệp Excel “thang9.xlsx”")))
			.andExpect(jsonPath("$[1].changes[*].field", hasItem("reception.visits")));
	}

	@Test
	void aCategoryFigureAboveTheMainFormsIsRefusedOnItsCell() throws Exception {
		byte[] downloaded = this.calls.download();
		byte[] xlsx = this.calls.withCells(downloaded, "categories." + BANK + ".cases.carriedOver", 8000,
				"categories." + BANK + ".cases.withoutConditions", 8000);
		String cell = this.calls.cellOf(xlsx, "categories." + BANK + ".cases.carriedOver");
		this.calls.upload(xlsx, "?dryRun=true")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.canConfirm").value(false))
			.andExpect(jsonPath("$.errors[0].field").value("categories." + BANK + ".cases.carriedOver"))
			.andExpect(jsonPath("$.errors[0].cell").value(cell))
			.andExpect(jsonPath("$.errors[0].message", startsWith("Ô " + cell)));
		this.calls.upload(xlsx, "").andExpect(status().isUnprocessableContent());
		this.mvc.perform(get(this.url).with(basic(this.units.officer())))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.categories[0].cases.carriedOver").value(1000));
		// the leaders' part above the total: the entry page's error on its cell, saved
		// with the draft as on the page
		byte[] leaders = this.calls.withCells(downloaded, "reception.leaderVisits", 500);
		this.calls.upload(leaders, "?dryRun=true")
			.andExpect(jsonPath("$.canConfirm").value(true))
			.andExpect(jsonPath("$.errors[0].field").value("reception.leaderVisits"))
			.andExpect(jsonPath("$.errors[0].cell").value(this.calls.cellOf(leaders, "reception.leaderVisits")));
	}

	@Test
	void anOldWorkbookWithoutTheRowsKeepsTheStoredCategoriesAndReception() throws Exception {
		byte[] downloaded = this.calls.download();
		String completed = this.calls.cellOf(downloaded, "cases.completed");
		// the layout before issue 14: the rows under the two main forms removed
		byte[] old = TestWorkbooks.edit(downloaded, (wb) -> {
			Sheet sheet = TestWorkbooks.returnSheet(wb);
			int mainLast = TestWorkbooks.cell(sheet, this.reader.read(sheet).cell("money.completed")).getRowIndex();
			for (int r = sheet.getLastRowNum(); r > mainLast; r--) {
				if (sheet.getRow(r) != null) {
					sheet.removeRow(sheet.getRow(r));
				}
			}
			TestWorkbooks.cell(sheet, completed).setCellValue(12060);
			TestWorkbooks.cell(sheet, this.calls.cellOf(downloaded, "cases.inProgress")).setCellValue(2413);
		});
		TestWorkbooks.edit(old, (wb) -> {
			SheetFigures read = this.reader.read(TestWorkbooks.returnSheet(wb));
			assertThat(read.categoriesRead()).isEmpty();
			assertThat(read.figures().reception()).isNull();
		});
		this.calls.upload(old, "?dryRun=true")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.changes", hasSize(2)))
			.andExpect(jsonPath("$.changes[0].field").value("cases.completed"))
			.andExpect(jsonPath("$.errors", hasSize(0)));
		this.calls.upload(old, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.cases.completed").value(12060))
			.andExpect(jsonPath("$.categories[0].cases.completed").value(3))
			.andExpect(jsonPath("$.reception.visits").value(191))
			.andExpect(jsonPath("$.reception.judgmentsReceived").value(9838));
	}

}
