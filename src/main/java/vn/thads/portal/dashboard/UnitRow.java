package vn.thads.portal.dashboard;

import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.returns.Form;

/**
 * One row of a units table: a unit with its whole subtree, or the agency's own return
 * alone ({@code own}: the provincial office's own cases), both forms and the state of its
 * return for the period.
 *
 * @param drillable the row opens that unit's own dashboard (not the agency's own row,
 * which is this dashboard)
 * @param ownLabel the message key of the own row's label, by level and by the side of the
 * 2025 switch the period ends on ("Văn phòng Cục" before, the provincial agency after)
 */
public record UnitRow(AgencyRef agency, boolean own, FormCells cases, FormCells money, ReturnState state,
		boolean drillable, String ownLabel) {

	public FormCells cells(Form form) {
		return (form == Form.CASES) ? this.cases : this.money;
	}

	/** The row class of a form's table: a unit below its target stands out. */
	public String rowClass(Form form) {
		return cells(form).standing().isBelow() ? "unit-below" : "";
	}

}
