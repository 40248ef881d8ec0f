package vn.thads.portal.workbook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Derived;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sheet of one return: its formulas compute what {@code Figures.derive()} computes
 * (the test evaluates them; the portal never does), entered cells are the only unlocked
 * ones, and what is written reads back the same.
 */
@FullStack
class ReturnSheetTests {

	@Autowired
	ReturnSheet sheets;

	@Autowired
	ReturnSheetReader reader;

	private static final ReturnSheet.Heading HEADING = new ReturnSheet.Heading("ZX", "Đơn vị thử",
			ReportingPeriod.of(2022, 9), null);

	@Test
	void theFormulasComputeWhatDeriveComputes() throws Exception {
		Random random = new Random(13);
		List<Figures> cases = new java.util.ArrayList<>(List.of(Figures.ZERO,
				// 1/3 and 2/3 of a hundred: rounding half-up at the second decimal
				new Figures(3, 0, 0, 0, 0, 1, 0, 0, 2, 0, 0, 0), new Figures(8, 0, 0, 0, 0, 1, 0, 7, 0, 0, 0, 0)));
		for (int i = 0; i < 20; i++) {
			long[] v = random.longs(12, 0, 1_000_000).toArray();
			cases.add(new Figures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]));
		}
		for (Figures figures : cases) {
			Figures casesForm = figures.with(FormColumn.REDUCED, 0);
			ReturnFigures both = new ReturnFigures(casesForm, figures);
			try (XSSFWorkbook workbook = new XSSFWorkbook()) {
				XSSFSheet sheet = this.sheets.write(workbook, new ReturnSheet.Styles(workbook), "Báo cáo", HEADING,
						both, List.of(), Locale.forLanguageTag("vi"));
				FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
				SheetFigures read = this.reader.read(sheet);
				assertThat(read.errors()).isEmpty();
				assertThat(read.figures()).isEqualTo(both);
				for (Form form : Form.values()) {
					Derived derived = both.of(form).derive();
					for (FormColumn column : FormColumn.COMPUTED) {
						Cell cell = cell(sheet, read.cell(form.field(column)));
						assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
						assertThat(cell.getCellStyle().getLocked()).isTrue();
						var value = evaluator.evaluate(cell);
						Object expected = derived.get(column);
						if (expected == null) {
							assertThat(value.getStringValue()).isEqualTo("—");
						}
						else if (column.isRate()) {
							assertThat(BigDecimal.valueOf(value.getNumberValue()).setScale(2))
								.as(form + " " + column + " of " + figures)
								.isEqualTo(expected);
						}
						else {
							assertThat((long) value.getNumberValue()).as(form + " " + column).isEqualTo(expected);
						}
					}
					for (FormColumn column : FormColumn.ENTERED) {
						Cell cell = cell(sheet, read.cell(form.field(column)));
						assertThat(cell.getCellStyle().getLocked()).as(form + " " + column)
							.isEqualTo(!form.has(column));
					}
				}
				assertThat(sheet.getProtect()).isTrue();
				assertThat(sheet.getDataValidations()).hasSize(1);
			}
		}
	}

	private static Cell cell(XSSFSheet sheet, String ref) {
		var at = new org.apache.poi.ss.util.CellReference(ref);
		Row row = sheet.getRow(at.getRow());
		return row.getCell(at.getCol());
	}

}
