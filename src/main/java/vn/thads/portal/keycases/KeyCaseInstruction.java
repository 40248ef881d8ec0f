package vn.thads.portal.keycases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An instruction given on a case at a monthly meeting, and what became of it.
 *
 * @param meeting the month of the meeting (giao ban) it was given at
 * @param doneOn the day it was carried out, null while it is not
 */
public record KeyCaseInstruction(long id, long caseId, YearMonth meeting, String givenBy, String givenByName,
		Instant givenAt, String text, LocalDate due, String followUp, String followedUpBy, Instant followedUpAt,
		LocalDate doneOn) {

	/** The meeting as the meetings name it, {@code 10/2026}. */
	public String meetingLabel() {
		return label(this.meeting);
	}

	/** A meeting's month as the meetings name it, {@code 10/2026}. */
	public static String label(YearMonth meeting) {
		return String.format("%02d/%d", meeting.getMonthValue(), meeting.getYear());
	}

	public boolean done() {
		return this.doneOn != null;
	}

}
