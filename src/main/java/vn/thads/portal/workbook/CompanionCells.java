package vn.thads.portal.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.CompanionLine;
import vn.thads.portal.returns.FormLine;
import vn.thads.portal.returns.ReturnFigures;

/**
 * The one place the workbooks know the companion forms (issue 14: citizen reception,
 * complaints and denunciations, administrative judgments), and that only through
 * {@link CompanionForm}: a block per form, its title then one row per line, the line's
 * number and label in the label column and its figure in column (1) — an entered line's
 * to be typed, a derived one's as the spreadsheet formula of its
 * {@link FormLine#formula() formula}. Reading back, a row is recognised by its line's
 * label (either language, the number optional), whatever the block it is in.
 */
@Component
public class CompanionCells {

	private final MessageSource messages;

	/** The labels of each line's field in both languages, lower case. */
	private final Map<String, List<String>> labels = new LinkedHashMap<>();

	CompanionCells(MessageSource messages) {
		this.messages = messages;
		for (CompanionForm form : CompanionForm.values()) {
			for (CompanionLine<?> line : form.lines()) {
				List<String> both = new ArrayList<>();
				for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
					both.add(messages.getMessage(line.labelKey(), null, locale).toLowerCase(locale));
				}
				this.labels.put(line.field(), both);
			}
		}
	}

	/**
	 * One line of a block as a sheet shows it.
	 *
	 * @param line the form's line
	 * @param label "(3) Số lượt lãnh đạo tiếp"
	 * @param value the figure of an entered line (a derived line's is its formula's)
	 */
	public record Line(CompanionLine<?> line, String label, long value) {

		public String field() {
			return this.line.field();
		}

		public boolean entered() {
			return this.line.isEntered();
		}

	}

	/** The title of a form's block. */
	public String title(CompanionForm form, Locale locale) {
		return this.messages.getMessage(form.sectionKey(), null, locale);
	}

	/** The lines of a form's block with the figures of {@code figures}, in form order. */
	public List<Line> lines(CompanionForm form, ReturnFigures figures, Locale locale) {
		List<Line> lines = new ArrayList<>();
		for (CompanionLine<?> line : form.lines()) {
			lines.add(new Line(line,
					FormLine.numbered(line.number()) + " " + this.messages.getMessage(line.labelKey(), null, locale),
					figures.companion(form).get(line)));
		}
		return lines;
	}

	/**
	 * The spreadsheet formula of a derived line ({@code B40-B41}), given the cell of each
	 * line of its form.
	 */
	public static String formula(CompanionLine<?> line, Function<CompanionLine<?>, String> cellOf) {
		return spreadsheet(line, cellOf);
	}

	private static <L extends Enum<L> & CompanionLine<L>> String spreadsheet(CompanionLine<L> line,
			Function<CompanionLine<?>, String> cellOf) {
		return line.formula().spreadsheet(cellOf::apply);
	}

	/**
	 * The field of the line a row is labelled with ("(3) Số lượt lãnh đạo tiếp", in
	 * either language, the number optional), entered or derived, or null.
	 */
	public String field(Row row, int valueColumn) {
		for (Cell cell : row) {
			if (cell.getColumnIndex() == valueColumn) {
				continue;
			}
			String text = FigureCells.text(cell).replaceFirst("^\\(\\d{1,2}\\)\\s*", "").toLowerCase(Locale.ROOT);
			if (text.isEmpty()) {
				continue;
			}
			String found = null;
			int longest = 0;
			for (Map.Entry<String, List<String>> line : this.labels.entrySet()) {
				for (String label : line.getValue()) {
					if (label.length() > longest && text.startsWith(label)) {
						found = line.getKey();
						longest = label.length();
					}
				}
			}
			if (found != null) {
				return found;
			}
		}
		return null;
	}

}
