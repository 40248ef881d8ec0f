package vn.thads.portal.stats;

import java.util.List;

import vn.thads.portal.agency.AgencyLineage;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;

/**
 * The one rule of which returns count for an agency and a period (domain.md §1a, §5),
 * used by every query of the engine:
 * <ul>
 * <li>the agencies: those {@link AgencyLineage#countedOn} names for the period's last day
 * (the agency itself, or before it existed its primary predecessors), each with its
 * subtree — or its own return alone — as it stood that day ({@link #ACTIVE});</li>
 * <li>the returns: {@code SUBMITTED} and {@code APPROVED}, or {@code APPROVED} only
 * ({@link #COUNTED}); the central agency's own only when it files one (setting).</li>
 * </ul>
 */
final class Counting {

	/**
	 * Whether agency {@code a} was active on the last day of the month starting
	 * {@code <period>} (a SQL expression of type date).
	 */
	static String active(String period) {
		return """
				a.valid_from < %1$s + interval '1 month' \
				and (a.valid_to is null or a.valid_to >= %1$s + interval '1 month' - interval '1 day') \
				and (a.level <> 'CENTRAL' or :centralFiles)""".formatted(period);
	}

	/** Whether return {@code m} counts on the basis asked ({@code :approvedOnly}). */
	static final String COUNTED = "(m.status = 'APPROVED' or (m.status = 'SUBMITTED' and not :approvedOnly))";

	/**
	 * The name of agency {@code a} on the last day of the month starting
	 * {@code <period>}.
	 */
	static String nameAt(String period) {
		return """
				coalesce((select n.name from agency_name n where n.agency_id = a.id \
				and n.valid_from < %s + interval '1 month' order by n.valid_from desc limit 1), a.name)"""
			.formatted(period);
	}

	private Counting() {
	}

	/** The agencies whose subtrees (or own returns) make up the slot's sum. */
	static List<AgencyRef> roots(AgencyLineage lineage, AgencyRef agency, ReportingPeriod period) {
		return lineage.countedOn(agency, period.to());
	}

}
