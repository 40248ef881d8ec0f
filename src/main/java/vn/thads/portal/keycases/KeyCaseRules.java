package vn.thads.portal.keycases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;

/**
 * Every rule of the register in one place (domain.md §11): who may do what, which cases
 * belong in it, what is overdue, and when the parties' names are erased.
 * <ul>
 * <li>Whoever may see an agency's figures ({@link AgencyScope#canView}) sees its key
 * cases and may ask for the parties' names (audited).</li>
 * <li>The officers who enter the agency's returns ({@link AgencyScope#canEditReturns}:
 * its own officers, a province's officers for its regional offices) enter its cases and
 * keep them current, and write the follow-up of instructions.</li>
 * <li>The leaders of the agency and of every agency above ({@link AgencyScope#canReview})
 * flag cases and give instructions. An administrator may do everything.</li>
 * </ul>
 */
@Component
public class KeyCaseRules {

	private final AgencyScope scope;

	private final KeyCaseSettings settings;

	private final Clock clock;

	KeyCaseRules(AgencyScope scope, KeyCaseSettings settings, Clock clock) {
		this.scope = scope;
		this.settings = settings;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public KeyCaseSettings settings() {
		return this.settings;
	}

	/** Why a case is followed; empty: it does not belong in the register. */
	public Set<KeyCaseReason> reasons(long amount, LocalDate acceptedOn, String categoryCode, boolean flagged) {
		Set<KeyCaseReason> reasons = EnumSet.noneOf(KeyCaseReason.class);
		if (amount >= this.settings.largeValue()) {
			reasons.add(KeyCaseReason.LARGE_VALUE);
		}
		if (acceptedOn != null && acceptedOn.isBefore(today().minusYears(this.settings.longRunningYears()))) {
			reasons.add(KeyCaseReason.LONG_RUNNING);
		}
		if (categoryCode != null) {
			reasons.add(KeyCaseReason.CATEGORY);
		}
		if (flagged) {
			reasons.add(KeyCaseReason.FLAGGED);
		}
		return reasons;
	}

	/** A next step of an open case whose due day has passed. */
	public boolean overdue(KeyCaseStatus status, LocalDate nextStepDue) {
		return status == KeyCaseStatus.OPEN && nextStepDue != null && nextStepDue.isBefore(today());
	}

	/**
	 * The register's order: open cases first, among them those whose next step is
	 * overdue, then by amount still to collect, largest first.
	 */
	/** Still to collect: the amount to enforce less what was collected so far. */
	public static long outstanding(long amount, long collected) {
		return amount - collected;
	}

	public static final Comparator<KeyCaseRow> RANKING = Comparator
		.comparing((KeyCaseRow row) -> row.status().isClosed())
		.thenComparing((row) -> !row.overdue())
		.thenComparing(Comparator.comparingLong(KeyCaseRow::outstanding).reversed())
		.thenComparingLong(KeyCaseRow::id);

	/** The names of cases closed on or before this day are erased. */
	public LocalDate eraseNamesClosedOnOrBefore() {
		return today().minus(this.settings.eraseNamesAfter());
	}

	public boolean canSee(PortalUser user, AgencyRef agency) {
		return this.scope.canView(user, agency);
	}

	public boolean canKeepCurrent(PortalUser user, AgencyRef agency) {
		return user.hasRole(Role.ADMIN) || this.scope.canEditReturns(user, agency);
	}

	public boolean canLead(PortalUser user, AgencyRef agency) {
		return user.hasRole(Role.ADMIN) || this.scope.canReview(user, agency);
	}

	/** What the user may do with one case, for the page. */
	public KeyCaseRights rights(PortalUser user, AgencyRef agency) {
		return new KeyCaseRights(canKeepCurrent(user, agency), canLead(user, agency));
	}

	/**
	 * @throws AccessDeniedException (403) unless the user may see the agency; an unknown
	 * code is 403 too (only an administrator learns it does not exist)
	 */
	public AgencyRef requireSee(PortalUser user, String agencyCode) {
		return this.scope.requireView(user, agencyCode);
	}

	void requireSee(PortalUser user, AgencyRef agency) {
		require(canSee(user, agency));
	}

	void requireKeepCurrent(PortalUser user, AgencyRef agency) {
		require(canKeepCurrent(user, agency));
	}

	void requireLead(PortalUser user, AgencyRef agency) {
		require(canLead(user, agency));
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("Outside the user's key-case rights");
		}
	}

	/** What a user may do with a case: keep it current, or flag and instruct. */
	public record KeyCaseRights(boolean keepCurrent, boolean lead) {
	}

}
