package vn.thads.portal.dashboard.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/**
 * The units table as CSV and Excel holds the page's rows and columns: every figure of
 * both forms' tables, in the page's order, the total last; the CSV plain for programs,
 * the workbook numeric and ready to print.
 */
@FullStack
class DashboardExportTests {

	static final String PERIOD = "2022-09";

	@Autowired
	MockMvc mvc;

	private MockHttpServletResponse download(String path) throws Exception {
		return this.mvc.perform(get(path).param("period", PERIOD).with(session("kg.lanhdao")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
	}

	/** The page's rows of one form's table, its figures as plain numbers. */
	private List<List<String>> pageRows(String form) throws Exception {
		String html = this.mvc.perform(get("/dashboard/KG").param("period", PERIOD).with(session("kg.lanhdao")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		List<List<String>> rows = new ArrayList<>();
		for (Element row : page.select("#units-" + form + " tbody tr, #units-" + form + " tfoot tr")) {
			List<String> cells = new ArrayList<>();
			for (Element cell : row.select("td").subList(0, 7)) {
				cells.add(plain(cell.text()));
			}
			rows.add(cells);
		}
		return rows;
	}

	/** 1.165.081.049 → 1165081049; 83,50 → 83.50; +2,00 → 2.00; — → empty. */
	private static String plain(String shown) {
		String value = shown.replace(".", "").replace(',', '.').replace("+", "");
		return value.equals("—") ? "" : value;
	}

	@Test
	void theCsvHasThePagesRowsAndColumns() throws Exception {
		MockHttpServletResponse response = download("/dashboard/KG/units.csv");
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeader("Content-Disposition")).contains("don-vi-KG-2022-09.csv");
		byte[] body = response.getContentAsByteArray();
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(body, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines.get(0)).startsWith("Mã,Đơn vị,Tính bằng việc – Phải thi hành,");
		assertThat(lines).hasSize(18);
		List<List<String>> cases = pageRows("cases");
		List<List<String>> money = pageRows("money");
		for (int i = 0; i < cases.size(); i++) {
			List<String> fields = fields(lines.get(i + 1));
			assertThat(fields.subList(2, 9)).as("row %d, cases", i).isEqualTo(fields(cases.get(i)));
			assertThat(fields.subList(9, 16)).as("row %d, money", i).isEqualTo(fields(money.get(i)));
		}
		assertThat(lines.get(1)).startsWith("KG,Văn phòng Cục");
		assertThat(lines.get(17)).startsWith("KG,Tổng cộng,20352,14647,12230,83.50,81.50,2.00,0,3405066268,2015887559,"
				+ "1165081049,57.79,40.10,17.69,0,");
		assertThat(lines.get(17)).endsWith(",16,16");
		assertThat(lines).anyMatch((line) -> line.startsWith("KG-GT,") && line.contains(",Đã duyệt,2,"));
		assertThat(lines).anyMatch((line) -> line.startsWith("KG-KH,") && line.contains(",\"Đã gửi, chờ duyệt\",0,"));
	}

	/** The fields of a CSV line: split at commas outside quotes, quotes removed. */
	private static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	/** The page shows "—" where nothing is still needed; the file says 0. */
	private static List<String> fields(List<String> page) {
		List<String> fields = new ArrayList<>(page);
		if (fields.get(6).isEmpty()) {
			fields.set(6, "0");
		}
		return fields;
	}

	@Test
	void theWorkbookHasTheSameRowsAsNumbersAndPrintsOnA4Landscape() throws Exception {
		MockHttpServletResponse csv = download("/dashboard/KG/units.csv");
		List<String> lines = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8).substring(1)
			.lines()
			.toList();
		MockHttpServletResponse response = download("/dashboard/KG/units.xlsx");
		assertThat(response.getContentType()).contains("spreadsheetml");
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("Kiên Giang", "12 tháng năm 2022");
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Tính bằng việc");
			Row header = sheet.getRow(2);
			assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
			assertThat(sheet.getLastRowNum()).isEqualTo(2 + 17);
			for (int r = 1; r < lines.size(); r++) {
				String[] fields = fields(lines.get(r)).toArray(String[]::new);
				Row row = sheet.getRow(2 + r);
				for (int c = 0; c < fields.length; c++) {
					Cell cell = row.getCell(c);
					if (fields[c].isEmpty()) {
						assertThat(cell.getCellType()).as("row %d col %d", r, c).isEqualTo(CellType.BLANK);
					}
					else if (cell.getCellType() == CellType.NUMERIC) {
						assertThat(cell.getNumericCellValue()).as("row %d col %d", r, c)
							.isEqualTo(Double.parseDouble(fields[c]));
					}
					else {
						assertThat(cell.getStringCellValue()).as("row %d col %d", r, c).isEqualTo(fields[c]);
					}
				}
			}
			Row total = sheet.getRow(2 + 17);
			assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(12_230);
			assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(83.50);
			assertThat(workbook.getFontAt(total.getCell(4).getCellStyle().getFontIndex()).getBold()).isTrue();
		}
	}

	@Test
	void theFilesSpeakTheUsersLanguage() throws Exception {
		String csv = this.mvc.perform(
				get("/dashboard/KG/units.csv").param("period", PERIOD).param("lang", "en").with(session("kg.lanhdao")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).contains("Code,Unit,By cases – Must enforce");
	}

}
