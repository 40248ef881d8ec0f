package vn.thads.portal.keycases;

import java.time.LocalDate;

/**
 * A case entered into the register, checked ({@link KeyCaseInputs}). The parties' names
 * are the judgment debtor's (người phải thi hành án) and creditor's (người được thi hành
 * án): nothing else about them is stored.
 */
public record NewKeyCase(String decisionNumber, LocalDate decisionDate, LocalDate acceptedOn, String categoryCode,
		String debtorName, String creditorName, KeyCaseProgress progress) {

}
