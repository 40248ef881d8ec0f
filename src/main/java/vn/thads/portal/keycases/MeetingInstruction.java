package vn.thads.portal.keycases;

/**
 * An instruction given at a meeting with the case it was given on, for the meeting pack.
 */
public record MeetingInstruction(KeyCaseInstruction instruction, String agencyCode, String decisionNumber,
		long outstanding, KeyCaseStatus status) {

}
