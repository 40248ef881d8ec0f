package vn.thads.portal.agency;

import java.time.LocalDate;

/**
 * The reorganisation of 1 July 2025 (Decision 1898/QĐ-BTP; domain.md §1): the regional
 * offices replaced the district Chi cục as parts of their provincial agency, and the
 * agencies were renamed. What is named or labelled differently on either side asks here.
 */
public final class Reorganisation {

	/** The first day of the present structure. */
	public static final LocalDate DAY = LocalDate.of(2025, 7, 1);

	private Reorganisation() {
	}

	/** Whether {@code day} falls in the present structure (on or after the switch). */
	public static boolean isAfter(LocalDate day) {
		return !day.isBefore(DAY);
	}

	/**
	 * The message-key suffix of labels that changed with the switch: {@code ""} before,
	 * {@code ".present"} from it on.
	 */
	public static String era(LocalDate day) {
		return isAfter(day) ? ".present" : "";
	}

}
