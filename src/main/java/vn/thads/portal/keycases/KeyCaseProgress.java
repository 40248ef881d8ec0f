package vn.thads.portal.keycases;

import java.time.LocalDate;

/**
 * What the officers of the case's agency keep current, checked ({@link KeyCaseInputs}).
 *
 * @param officerUserId the enforcement officer when a portal user, else null
 * @param officerName the enforcement officer's name when not a portal user
 */
public record KeyCaseProgress(long amount, long collected, KeyCaseStatus status, LocalDate closedOn, String nextStep,
		LocalDate nextStepDue, Long officerUserId, String officerName) {

}
