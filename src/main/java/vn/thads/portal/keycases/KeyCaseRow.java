package vn.thads.portal.keycases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One case of the register as the pages, the API and the export show it.
 *
 * @param officer the enforcement officer's name (the portal user's display name, or the
 * name typed)
 * @param debtorName null unless the names were asked for (audited), or erased
 * @param namesErased the names were erased after the case was closed
 * @param instructions the instructions given on it, oldest meeting first
 */
public record KeyCaseRow(long id, String agencyCode, String agencyShortName, String decisionNumber,
		LocalDate decisionDate, LocalDate acceptedOn, String categoryCode, long amount, long collected,
		KeyCaseStatus status, LocalDate closedOn, String nextStep, LocalDate nextStepDue, Long officerUserId,
		String officer, boolean flagged, Set<KeyCaseReason> reasons, boolean overdue, String debtorName,
		String creditorName, boolean namesErased, long version, List<KeyCaseInstruction> instructions) {

	/** Still to collect: amount to enforce less collected so far (thousand đồng). */
	public long outstanding() {
		return KeyCaseRules.outstanding(this.amount, this.collected);
	}

	public KeyCaseInstruction lastInstruction() {
		return this.instructions.isEmpty() ? null : this.instructions.get(this.instructions.size() - 1);
	}

	KeyCaseRow withInstructions(List<KeyCaseInstruction> given) {
		return new KeyCaseRow(this.id, this.agencyCode, this.agencyShortName, this.decisionNumber, this.decisionDate,
				this.acceptedOn, this.categoryCode, this.amount, this.collected, this.status, this.closedOn,
				this.nextStep, this.nextStepDue, this.officerUserId, this.officer, this.flagged, this.reasons,
				this.overdue, this.debtorName, this.creditorName, this.namesErased, this.version, List.copyOf(given));
	}

}
