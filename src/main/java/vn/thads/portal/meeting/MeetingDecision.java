package vn.thads.portal.meeting;

import java.time.LocalDate;

/**
 * One decision of a meeting: what was decided, who is responsible, by when, and what
 * became of it (written at the next meeting).
 *
 * @param responsible a unit or a person, free text; null when none was named
 * @param due null when none was set
 * @param result null until someone writes it
 */
public record MeetingDecision(String text, String responsible, LocalDate due, String result) {

}
