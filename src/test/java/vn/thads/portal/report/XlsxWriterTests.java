package vn.thads.portal.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thads.portal.report.ReportMessages.VI;

/**
 * The workbook of the KG22 report read back with POI equals the view model: numeric
 * cells, the same rows and columns, a frozen header, A4 landscape one page wide.
 */
@FullStack
class XlsxWriterTests {

	@Autowired
	XlsxWriter xlsx;

	@Autowired
	ReportTitles titles;

	@Autowired
	NarrativeWriter narrative;

	@Test
	void everyRowAndColumnReadsBackAsTheNumbersOfTheReport() throws IOException {
		ReportDocument kg22 = Kg22Report.document(3, 1, VI, this.titles, this.narrative);
		byte[] bytes = this.xlsx.write(kg22, VI);
		ReportSamples.write("kg-2022-q4.xlsx", bytes);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			assertThat(workbook.getSheetName(0)).isEqualTo("Theo việc");
			assertThat(workbook.getSheetName(1)).isEqualTo("Theo tiền");
			for (ReportTable table : kg22.tables()) {
				Sheet sheet = workbook.getSheetAt(kg22.tables().indexOf(table));
				int first = rowOf(sheet, Kg22Report.OWN_ROW);
				List<ReportRow> rows = table.rows();
				for (int i = 0; i < rows.size(); i++) {
					assertRow(sheet.getRow(first + i), rows.get(i), table);
				}
				Row total = sheet.getRow(first + rows.size());
				assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
				assertRow(total, table.total(), table);
			}
			Sheet cases = workbook.getSheetAt(0);
			Row total = cases.getRow(rowOf(cases, "Tổng cộng"));
			assertThat(total.getCell(FormColumn.RESOLVED.number()).getNumericCellValue()).isEqualTo(12_230);
			assertThat(total.getCell(FormColumn.WITH_CONDITIONS.number()).getNumericCellValue()).isEqualTo(14_647);
			assertThat(total.getCell(FormColumn.COMPLETION_RATE.number()).getNumericCellValue()).isEqualTo(83.50);
			assertThat(total.getCell(FormColumn.REDUCED.number()).getStringCellValue()).isEqualTo("x");
			assertThat(workbook.getSheetAt(1)
				.getRow(rowOf(workbook.getSheetAt(1), "Tổng cộng"))
				.getCell(FormColumn.RESOLVED.number())
				.getNumericCellValue()).isEqualTo(1_165_081_049d);
			assertThat(rowOf(cases, "Rạch Giá (*)")).isPositive();
		}
	}

	@Test
	void headerBlockFrozenHeaderAndA4LandscapePrinting() throws IOException {
		ReportDocument kg22 = Kg22Report.document(3, 0, VI, this.titles, this.narrative);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(this.xlsx.write(kg22, VI)))) {
			Sheet sheet = workbook.getSheetAt(1);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("TỔNG CỤC THI HÀNH ÁN DÂN SỰ");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
				.isEqualTo("CỤC THI HÀNH ÁN DÂN SỰ TỈNH KIÊN GIANG");
			assertThat(rowOf(sheet, "BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ")).isPositive();
			assertThat(rowOf(sheet, "Kỳ báo cáo: Quý IV năm 2022")).isPositive();
			assertThat(rowOf(sheet, "(Từ ngày 01/10/2021 đến ngày 30/09/2022)")).isPositive();
			int header = rowOf(sheet, "Đơn vị");
			assertThat(sheet.getRow(header).getCell(FormColumn.CARRIED_OVER.number()).getStringCellValue())
				.isEqualTo("Số cũ chuyển sang (A)");
			assertThat(sheet.getRow(header + 1).getCell(FormColumn.TOTAL_ACCEPTED.number()).getStringCellValue())
				.isEqualTo("(3) = (1) + (2)");

			PaneInformation pane = sheet.getPaneInformation();
			assertThat(pane.isFreezePane()).isTrue();
			assertThat((int) pane.getHorizontalSplitTopRow()).isEqualTo(header + 2);
			assertThat((int) pane.getVerticalSplitLeftColumn()).isEqualTo(1);

			PrintSetup print = sheet.getPrintSetup();
			assertThat(print.getLandscape()).isTrue();
			assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(print.getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(header);
			assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(header + 1);
			assertThat(rowOf(sheet, "NGƯỜI LẬP BIỂU")).isGreaterThan(header);
			assertThat(sheet.getHeader().getCenter()).isEqualTo("&P");
			assertThat(((XSSFSheet) sheet).getCTWorksheet().getHeaderFooter().getDifferentFirst()).isTrue();
		}
	}

	private static void assertRow(Row row, ReportRow expected, ReportTable table) {
		for (FormColumn column : FormColumn.values()) {
			Cell cell = row.getCell(column.number());
			if (!table.form().has(column)) {
				assertThat(cell.getStringCellValue()).isEqualTo("x");
			}
			else if (column.isRate()) {
				assertThat(decimal(cell)).as("%s", column).isEqualByComparingTo((BigDecimal) expected.value(column));
			}
			else {
				assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat((long) cell.getNumericCellValue()).as("%s", column).isEqualTo(expected.value(column));
			}
		}
		int target = FormColumn.values().length + 1;
		assertThat(decimal(row.getCell(target))).isEqualByComparingTo(expected.target());
		assertThat(decimal(row.getCell(target + 1))).isEqualByComparingTo(expected.gap());
	}

	private static BigDecimal decimal(Cell cell) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		return BigDecimal.valueOf(cell.getNumericCellValue());
	}

	/** The first row whose first cell says {@code text}, or -1. */
	static int rowOf(Sheet sheet, String text) {
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
				return row.getRowNum();
			}
		}
		return -1;
	}

}
