package vn.thads.portal.report;

import java.util.List;
import java.util.Objects;

import vn.thads.portal.report.document.DocumentSection;
import vn.thads.portal.returns.Form;

/**
 * A category of the two forms in a report ("Trong đó: tín dụng, ngân hàng", issue 14):
 * its two forms as the statistics engine summed them for the agency's subtree, each a
 * {@link ReportTable} with the main form's columns and only the total row.
 *
 * @param code the category's code ({@code TIN_DUNG_NGAN_HANG})
 * @param name its name as printed ("tín dụng, ngân hàng")
 * @param cases the category by cases
 * @param money the category by money
 */
public record ReportCategory(String code, String name, ReportTable cases,
		ReportTable money) implements DocumentSection {

	public ReportCategory {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(cases, "cases");
		Objects.requireNonNull(money, "money");
	}

	/** As a section of the report: its title and both forms' total rows. */
	@Override
	public String fragment() {
		return "report/fragments :: category";
	}

	/** The form by cases or by money. */
	public ReportTable table(Form form) {
		return (form == Form.CASES) ? this.cases : this.money;
	}

	/** The two forms in print order. */
	public List<ReportTable> tables() {
		return List.of(this.cases, this.money);
	}

}
