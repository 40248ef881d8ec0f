package vn.thads.portal.planner;

import java.math.BigDecimal;
import java.util.List;

import vn.thads.portal.agency.AgencyRef;

/**
 * One row of the planner: the agency (its whole subtree), its own return alone, or one of
 * its direct units.
 *
 * @param agency named as on the period's last day
 * @param ownReturnOnly the row of the agency's own return alone (the provincial office's
 * own cases)
 * @param keyCases what the open key cases could cover ({@link KeyCaseCover#NONE} without
 * any)
 */
public record PlanRow(AgencyRef agency, boolean ownReturnOnly, FormPlan cases, FormPlan money, KeyCaseCover keyCases) {

	/** The same row with what its open key cases could cover. */
	PlanRow withKeyCases(KeyCaseCover cover) {
		return new PlanRow(this.agency, this.ownReturnOnly, this.cases, this.money, cover);
	}

	/** Cases, then money. */
	public List<FormPlan> forms() {
		return List.of(this.cases, this.money);
	}

	/** At risk by cases or by money. */
	public boolean atRisk() {
		return this.cases.atRisk() || this.money.atRisk();
	}

	/**
	 * The worse of the two projected margins over the target, points; null when neither
	 * has one. The units at risk are listed worst first.
	 */
	public BigDecimal worstMargin() {
		BigDecimal c = this.cases.projectedMargin();
		BigDecimal m = this.money.projectedMargin();
		if (c == null) {
			return m;
		}
		return (m == null) ? c : c.min(m);
	}

}
