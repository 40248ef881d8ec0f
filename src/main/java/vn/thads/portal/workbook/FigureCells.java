package vn.thads.portal.workbook;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

import vn.thads.portal.returns.FigureInput;

/**
 * Reads one figure from a cell as the entry page reads it from a field: a number cell
 * must be a whole number from 0 to 10^15, a text cell is read by {@link FigureInput} (so
 * {@code 1.234.567} and {@code 1 234 567} typed as text are numbers, and {@code 12a},
 * {@code 1,5}, {@code -3} are refused with the page's messages), and a blank cell is 0,
 * as a blank field is. A formula is never evaluated: its value as last saved by the
 * spreadsheet is read, and the cell is flagged.
 */
public final class FigureCells {

	private FigureCells() {
	}

	/**
	 * @param parsed the figure or the problem, as {@link FigureInput} words it
	 * @param shown what the cell shows, for the messages
	 * @param formula whether the cell held a formula (its cached value was read)
	 */
	public record Reading(FigureInput.Parsed parsed, String shown, boolean formula) {

	}

	public static Reading read(Cell cell) {
		if (cell == null) {
			return new Reading(FigureInput.parse(""), "", false);
		}
		boolean formula = cell.getCellType() == CellType.FORMULA;
		CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> number(BigDecimal.valueOf(cell.getNumericCellValue()), formula);
			case STRING -> text(cell.getStringCellValue(), formula);
			case BLANK -> new Reading(FigureInput.parse(""), "", formula);
			case BOOLEAN -> refused(String.valueOf(cell.getBooleanCellValue()).toUpperCase(), formula);
			case ERROR -> refused(FormulaError.forInt(cell.getErrorCellValue()).getString(), formula);
			default -> refused("", formula);
		};
	}

	/**
	 * What a cell holds as text, trimmed; "" for a blank or missing cell. Never
	 * evaluated.
	 */
	public static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue().strip();
			case NUMERIC -> plain(BigDecimal.valueOf(cell.getNumericCellValue()));
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

	private static Reading number(BigDecimal value, boolean formula) {
		String shown = plain(value);
		if (value.signum() < 0) {
			return new Reading(new FigureInput.Parsed(0, FigureInput.NEGATIVE), shown, formula);
		}
		if (value.stripTrailingZeros().scale() > 0) {
			return new Reading(new FigureInput.Parsed(0, FigureInput.DECIMAL), shown, formula);
		}
		return new Reading(FigureInput.check(value.toBigIntegerExact()), shown, formula);
	}

	private static Reading text(String value, boolean formula) {
		return new Reading(FigureInput.parse(value), value.strip(), formula);
	}

	private static Reading refused(String shown, boolean formula) {
		return new Reading(new FigureInput.Parsed(0, FigureInput.NOT_A_NUMBER), shown, formula);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
