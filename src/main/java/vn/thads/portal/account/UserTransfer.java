package vn.thads.portal.account;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLineage;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * Moves the accounts of an agency closed by the reorganisation to one of its successors
 * in one action (domain.md §1a: "their people work on under accounts of the successor
 * agencies"), audited. Only to a direct successor that is active today; the moved
 * accounts are enabled or stay disabled, as the administrator chooses. What those users
 * entered and approved stays theirs: the returns' audit names them by username.
 */
@Service
@Transactional
public class UserTransfer {

	private final UserAccountRepository users;

	private final AgencyDirectory agencies;

	private final ReportingCalendar calendar;

	private final UserAuditLog audit;

	UserTransfer(UserAccountRepository users, AgencyDirectory agencies, ReportingCalendar calendar,
			UserAuditLog audit) {
		this.users = users;
		this.agencies = agencies;
		this.calendar = calendar;
		this.audit = audit;
	}

	/** A closed agency that still has accounts, and how many. */
	public record ClosedAgency(AgencyRef agency, long accounts) {

	}

	/** A successor an agency's accounts may move to; the primary one first. */
	public record Successor(AgencyRef agency, boolean primary) {

	}

	/** The closed agencies that still hold accounts, by code. */
	@Transactional(readOnly = true)
	public List<ClosedAgency> closedAgenciesWithAccounts() {
		LocalDate today = this.calendar.today();
		Map<Long, Long> counts = this.users.findAll()
			.stream()
			.collect(Collectors.groupingBy(UserAccount::getAgencyId, Collectors.counting()));
		return this.agencies.all()
			.stream()
			.filter((a) -> a.isClosedOn(today) && counts.containsKey(a.id()))
			.sorted(Comparator.comparing(AgencyRef::code))
			.map((a) -> new ClosedAgency(a, counts.get(a.id())))
			.toList();
	}

	/** The successors of {@code closed} active today, the primary one first. */
	@Transactional(readOnly = true)
	public List<Successor> successors(AgencyRef closed) {
		LocalDate today = this.calendar.today();
		AgencyLineage lineage = this.agencies.lineage();
		return lineage.successorLinks(closed)
			.stream()
			.map((l) -> new Successor(lineage.byId(l.successorId()).orElseThrow(), l.primary()))
			.filter((s) -> s.agency().isActiveOn(today))
			.sorted(Comparator.comparing((Successor s) -> !s.primary()).thenComparing((s) -> s.agency().code()))
			.toList();
	}

	/** The accounts of an agency, by username. */
	@Transactional(readOnly = true)
	public List<UserSummary> accountsOf(AgencyRef agency) {
		LocalDate today = this.calendar.today();
		return this.users.findAllByAgencyIdOrderByUsername(agency.id())
			.stream()
			.map((u) -> UserAdministration.summary(u, agency, today))
			.toList();
	}

	/**
	 * Moves every account of the closed agency {@code fromCode} to its successor
	 * {@code toCode}; with {@code enable} they may sign in at once, otherwise they are
	 * disabled until an administrator enables them one by one. Returns how many moved.
	 */
	public int move(String fromCode, String toCode, boolean enable, String actor) {
		AgencyRef from = this.agencies.findByCode(fromCode)
			.orElseThrow(() -> new InvalidInputException(FieldProblem.of("from", "user.move.from.unknown", fromCode)));
		if (!from.isClosedOn(this.calendar.today())) {
			throw new InvalidInputException(FieldProblem.of("from", "user.move.from.notClosed", from.code()));
		}
		if (toCode == null || toCode.isBlank()) {
			throw new InvalidInputException(FieldProblem.of("to", "user.move.to.required"));
		}
		AgencyRef to = successors(from).stream()
			.map(Successor::agency)
			.filter((a) -> a.code().equalsIgnoreCase(toCode.strip()))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(
					FieldProblem.of("to", "user.move.to.notSuccessor", toCode, from.code())));
		List<UserAccount> accounts = this.users.findAllByAgencyIdOrderByUsername(from.id());
		if (accounts.isEmpty()) {
			throw new InvalidInputException(FieldProblem.of("from", "user.move.none", from.code()));
		}
		for (UserAccount account : accounts) {
			account.moveTo(to.id(), enable);
			this.audit.record(actor, UserAuditAction.MOVED, account.getUsername(),
					UserAuditEntry.details(from.code(), to.code(), enable ? 1 : 0));
		}
		return accounts.size();
	}

}
