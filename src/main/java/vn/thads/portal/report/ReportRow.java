package vn.thads.portal.report;

import java.math.BigDecimal;
import java.util.Objects;

import vn.thads.portal.returns.Derived;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReturnStatus;

/**
 * One line of a report table: a unit of the subtree, or the total.
 *
 * @param unitName the unit as printed ("Chi cục THADS thành phố Rạch Giá"); the total row
 * is labelled by the template
 * @param figures the entered figures, summed by the statistics engine for a total
 * @param derived {@code figures.derive()}
 * @param target the target completion rate in %, null without a target
 * @param gap rate − target in percentage points as the engine computed it, null without a
 * target or a rate
 * @param status the status of the unit's return, null for the total row or when the unit
 * has no return
 */
public record ReportRow(String unitName, Figures figures, Derived derived, BigDecimal target, BigDecimal gap,
		ReturnStatus status) {

	public ReportRow {
		Objects.requireNonNull(figures, "figures");
		Objects.requireNonNull(derived, "derived");
	}

	/**
	 * A row whose derived columns come from {@link Figures#derive()}, their only home.
	 */
	public static ReportRow of(String unitName, Figures figures, BigDecimal target, BigDecimal gap,
			ReturnStatus status) {
		return new ReportRow(unitName, figures, figures.derive(), target, gap, status);
	}

	/** The value of any column: a Long for amounts, a BigDecimal (or null) for rates. */
	public Object value(FormColumn column) {
		return column.isEntered() ? (Object) this.figures.get(column) : this.derived.get(column);
	}

	/** The completion rate R, column (19). */
	public BigDecimal rate() {
		return this.derived.completionRate();
	}

	public boolean approved() {
		return this.status == ReturnStatus.APPROVED;
	}

}
