package vn.thads.portal.keycases;

import java.time.LocalDate;

/**
 * An open key case with what is still to collect, for the planner ("how much of the money
 * still needed could the open key cases cover").
 */
public record OpenKeyCase(long id, String agencyCode, String decisionNumber, String categoryCode, long amount,
		long collected, String nextStep, LocalDate nextStepDue) {

	public long outstanding() {
		return KeyCaseRules.outstanding(this.amount, this.collected);
	}

}
