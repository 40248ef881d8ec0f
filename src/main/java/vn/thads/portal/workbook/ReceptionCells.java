package vn.thads.portal.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thads.portal.returns.FormLine;
import vn.thads.portal.returns.Reception;
import vn.thads.portal.returns.ReceptionLine;

/**
 * The one place the workbooks know the citizen-reception form (issue 14) and its lines:
 * which lines there are, how each is labelled on a sheet and how the lines read back make
 * a {@link Reception}. The sheet writes and reads them as a block of lines, one row each,
 * the line's number and label in the label column and its figure in column (1); a later
 * companion form joins here.
 */
@Component
public class ReceptionCells {

	private final MessageSource messages;

	/** The labels of each line's field in both languages, lower case. */
	private final Map<String, List<String>> labels = new LinkedHashMap<>();

	ReceptionCells(MessageSource messages) {
		this.messages = messages;
		for (ReceptionLine line : ReceptionLine.values()) {
			List<String> both = new ArrayList<>();
			for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
				both.add(messages.getMessage(line.labelKey(), null, locale).toLowerCase(locale));
			}
			this.labels.put(line.field(), both);
		}
	}

	/** One line of the block as a sheet shows it. */
	public record Line(String field, String label, long value) {

	}

	/** The title of the block. */
	public String title(Locale locale) {
		return this.messages.getMessage("return.reception.section", null, locale);
	}

	/** The lines of the block with the figures of {@code reception}, in form order. */
	public List<Line> lines(Reception reception, Locale locale) {
		List<Line> lines = new ArrayList<>();
		for (ReceptionLine line : ReceptionLine.values()) {
			lines.add(new Line(line.field(),
					FormLine.numbered(line.number()) + " " + this.messages.getMessage(line.labelKey(), null, locale),
					reception.get(line)));
		}
		return lines;
	}

	/**
	 * The field of the line a row is labelled with ("(3) Số lượt lãnh đạo tiếp", in
	 * either language, the number optional), or null.
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
