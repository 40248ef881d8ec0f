package vn.thads.portal.keycases;

/**
 * A case as typed on the page (or sent by a client), every field as text so that what was
 * typed is kept and each problem named on its field. On an update only the fields of
 * {@link KeyCaseProgress} are read.
 */
public record KeyCaseEntry(String decisionNumber, String decisionDate, String acceptedOn, String categoryCode,
		String debtorName, String creditorName, String amount, String collected, String status, String closedOn,
		String nextStep, String nextStepDue, String officerUserId, String officerName) {

}
