package vn.thads.portal.returns;

import java.time.LocalDate;

/**
 * A return's due day and whether it was, or is being, met.
 *
 * @param dueDate the last day to submit on time
 */
public record Deadline(LocalDate dueDate, Timeliness timeliness) {

}
