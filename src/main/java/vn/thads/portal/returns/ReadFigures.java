package vn.thads.portal.returns;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A return's figures as read from a file (a workbook's sheet, a row of the exchange file)
 * that may carry only some of them: files made before the categories and the citizen
 * reception existed hold the main forms only. What a file lacks is taken from the stored
 * return ({@link #over}), so that an old file changes only what it holds. The one place
 * the files know which companion lines there are (today the reception's,
 * {@link ReceptionLine}) and how they make up a return's figures.
 *
 * @param figures the main forms, and the categories read
 * @param categoriesRead the codes of the categories the file has (all their figures, 0
 * where blank)
 * @param companionRead the reception lines the file has, figure by field
 * ({@code reception.visits})
 */
public record ReadFigures(ReturnFigures figures, Set<String> categoriesRead, Map<String, Long> companionRead) {

	public ReadFigures {
		categoriesRead = Set.copyOf(categoriesRead);
		companionRead = Map.copyOf(companionRead);
		figures = figures.withReception(reception(companionRead, figures.receptionOrZero()));
	}

	/** The fields of the companion lines a file may carry, in form order. */
	public static List<String> companionFields() {
		return Arrays.stream(ReceptionLine.values()).map(ReceptionLine::field).toList();
	}

	/** The figure of a companion line of a return ({@code reception.visits}). */
	public static long value(ReturnFigures figures, String field) {
		return figures.receptionOrZero().get(ReceptionLine.byField(field).orElseThrow());
	}

	/**
	 * The figures as a save would store them: what the file has and, for what it lacks,
	 * the figures of {@code stored}.
	 */
	public ReturnFigures over(ReturnFigures stored) {
		Map<String, ReturnFigures> categories = new TreeMap<>(stored.categories());
		categories.keySet().removeAll(this.categoriesRead);
		categories.putAll(this.figures.categories());
		Reception reception = reception(this.companionRead, stored.receptionOrZero());
		return this.figures.withCategories(categories)
			.withReception((reception != null) ? reception : stored.receptionOrZero());
	}

	/**
	 * The reception made of the lines read, each line not read taken from {@code stored};
	 * null when none was read.
	 */
	static Reception reception(Map<String, Long> read, Reception stored) {
		if (Arrays.stream(ReceptionLine.values()).noneMatch((line) -> read.containsKey(line.field()))) {
			return null;
		}
		long[] values = new long[ReceptionLine.values().length];
		for (ReceptionLine line : ReceptionLine.values()) {
			values[line.ordinal()] = read.getOrDefault(line.field(), stored.get(line));
		}
		return new Reception(values[0], values[1], values[2], values[3], values[4]);
	}

}
