package vn.thads.portal.returns.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.ReturnFigures;

/**
 * Exchange files written by tests: valid figures that grow month by month as cumulative
 * figures do (no warning), rows of any text.
 */
final class HistoryFile {

	private final List<List<String>> rows = new ArrayList<>();

	/**
	 * Valid figures of month {@code k} of a year: F = G + H, D + E ≤ C, flows growing
	 * with {@code k}.
	 */
	static ReturnFigures figures(int k) {
		Figures cases = new Figures(100, 50 + 10 * k, 5, 5, 40, 30 + 5 * k, 10, 0, 40 + 5 * k, 10, 5, 5);
		Figures money = new Figures(100, 50 + 10 * k, 5, 5, 40, 30 + 5 * k, 10, 2, 38 + 5 * k, 10, 5, 5);
		return new ReturnFigures(cases, money);
	}

	HistoryFile add(String agency, String period, ReturnFigures figures) {
		List<String> cells = new ArrayList<>(List.of(agency, "", period, ""));
		for (ReturnFile.Figure f : ReturnFile.FIGURES) {
			cells.add(Long.toString(figures.of(f.form()).get(f.column())));
		}
		this.rows.add(cells);
		return this;
	}

	/** The row just added with one cell replaced. */
	HistoryFile set(String column, String value) {
		List<String> last = this.rows.get(this.rows.size() - 1);
		last.set(ReturnFile.header().indexOf(column), value);
		return this;
	}

	byte[] csv() {
		StringBuilder text = new StringBuilder("\uFEFF").append(String.join(",", ReturnFile.header())).append("\r\n");
		this.rows.forEach((r) -> text.append(String.join(",", r)).append("\r\n"));
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

}
