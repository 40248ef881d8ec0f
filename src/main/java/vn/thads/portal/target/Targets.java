package vn.thads.portal.target;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.shared.NotFoundException;

/**
 * Reads and sets targets. Setting checks scope through {@link AgencyScope} (a leader of
 * the parent agency, or an administrator), refuses a stale version, and audits every
 * change; a sheet is saved whole or not at all.
 */
@Service
@Transactional
public class Targets {

	private static final int HISTORY_SHOWN = 30;

	private final TargetRepository targets;

	private final TargetAuditRepository audit;

	private final AgencyDirectory directory;

	private final AgencyScope scope;

	private final ReportingCalendar calendar;

	Targets(TargetRepository targets, TargetAuditRepository audit, AgencyDirectory directory, AgencyScope scope,
			ReportingCalendar calendar) {
		this.targets = targets;
		this.audit = audit;
		this.directory = directory;
		this.scope = scope;
		this.calendar = calendar;
	}

	/** An agency's targets for a year, if set (no scope check: for the engine). */
	@Transactional(readOnly = true)
	public Optional<TargetRates> find(long agencyId, int statYear) {
		return this.targets.findByAgencyIdAndStatYear(agencyId, statYear).map(Target::rates);
	}

	/** The targets set for these agencies for a year, by agency id, in one query. */
	@Transactional(readOnly = true)
	public Map<Long, TargetRates> forAgencies(Collection<Long> agencyIds, int statYear) {
		return this.targets.findByAgencyIdInAndStatYear(agencyIds, statYear)
			.stream()
			.collect(Collectors.toMap(Target::getAgencyId, Target::rates));
	}

	/**
	 * @throws NotFoundException when the agency has no target for the year
	 */
	@Transactional(readOnly = true)
	public AgencyTarget get(PortalUser user, String agencyCode, int statYear) {
		AgencyRef agency = this.scope.requireView(user, agencyCode);
		AgencyTarget target = current(agency, statYear);
		if (!target.isSet()) {
			throw new NotFoundException("No target for " + agencyCode + " in " + statYear);
		}
		return target;
	}

	/**
	 * Sets one agency's targets (the API). {@code version} is optional; when given and
	 * stale the change is refused.
	 */
	public AgencyTarget set(PortalUser user, String agencyCode, int statYear, BigDecimal casesRate,
			BigDecimal moneyRate, Long version) {
		AgencyRef agency = this.scope.requireSetTarget(user, agencyCode);
		List<FieldProblem> problems = new ArrayList<>();
		TargetRules.checkYear(statYear, problems);
		BigDecimal cases = TargetRules.check(casesRate, TargetRules.shown(casesRate), "casesRate", problems);
		BigDecimal money = TargetRules.check(moneyRate, TargetRules.shown(moneyRate), "moneyRate", problems);
		throwIfAny(problems);
		Target target = this.targets.findByAgencyIdAndStatYear(agency.id(), statYear).orElse(null);
		if (version != null && (target == null || target.getVersion() != version)) {
			throw new OptimisticLockingFailureException("Targets of " + agencyCode + " changed since they were read");
		}
		save(agency.id(), statYear, target, new TargetRates(cases, money), user.getUsername());
		return current(agency, statYear);
	}

	/**
	 * The targets page: the agencies directly below {@code parentCode} (the user's own
	 * agency for a leader; any agency for an administrator).
	 * @throws AccessDeniedException unless the user may set the targets of those agencies
	 */
	@Transactional(readOnly = true)
	public TargetSheet sheet(PortalUser user, String parentCode, int statYear) {
		AgencyRef parent = requireParent(user, parentCode);
		List<AgencyRef> units = unitsBelow(parent, statYear);
		List<Long> ids = units.stream().map(AgencyRef::id).toList();
		Map<Long, Target> stored = this.targets.findByAgencyIdInAndStatYear(ids, statYear)
			.stream()
			.collect(Collectors.toMap(Target::getAgencyId, Function.identity()));
		List<AgencyTarget> rows = units.stream()
			.map((unit) -> toTarget(unit, statYear, stored.get(unit.id())))
			.toList();
		Map<Long, AgencyRef> byId = units.stream().collect(Collectors.toMap(AgencyRef::id, Function.identity()));
		List<TargetChange> history = this.audit
			.findByAgencyIdInAndStatYearOrderByChangedAtDescIdDesc(ids, statYear, Limit.of(HISTORY_SHOWN))
			.stream()
			.map((change) -> {
				AgencyRef unit = byId.get(change.getAgencyId());
				return change.toChange(unit.code(), unit.name());
			})
			.toList();
		return new TargetSheet(parent, statYear, current(parent, statYear), rows, forAgencies(ids, statYear - 1),
				history);
	}

	/**
	 * Saves the targets page: every row is checked first, then the changed rows are saved
	 * and audited in one transaction. Rows left blank that had no target stay without
	 * one.
	 * @throws InvalidInputException with fields {@code rows[i].casesRate} /
	 * {@code rows[i].moneyRate}; nothing is saved
	 * @throws OptimisticLockingFailureException when a row changed since it was read
	 */
	public int saveSheet(PortalUser user, String parentCode, int statYear, List<TargetEntry> entries) {
		AgencyRef parent = requireParent(user, parentCode);
		Map<String, AgencyRef> units = new HashMap<>();
		unitsBelow(parent, statYear).forEach((unit) -> units.put(unit.code(), unit));
		List<FieldProblem> problems = new ArrayList<>();
		TargetRules.checkYear(statYear, problems);
		Map<AgencyRef, TargetRates> wanted = new LinkedHashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			TargetEntry entry = entries.get(i);
			AgencyRef unit = units.get(entry.agencyCode());
			if (unit == null) {
				throw new AccessDeniedException("Not a unit directly below " + parent.code());
			}
			if (isBlank(entry.casesRate()) && isBlank(entry.moneyRate()) && entry.version() == null) {
				continue;
			}
			String prefix = "rows[" + i + "].";
			BigDecimal cases = TargetRules.parse(entry.casesRate(), prefix + "casesRate", problems);
			BigDecimal money = TargetRules.parse(entry.moneyRate(), prefix + "moneyRate", problems);
			wanted.put(unit, new TargetRates(cases, money));
		}
		throwIfAny(problems);
		Map<Long, Target> stored = this.targets
			.findByAgencyIdInAndStatYear(wanted.keySet().stream().map(AgencyRef::id).toList(), statYear)
			.stream()
			.collect(Collectors.toMap(Target::getAgencyId, Function.identity()));
		int changed = 0;
		for (TargetEntry entry : entries) {
			AgencyRef unit = units.get(entry.agencyCode());
			if (!wanted.containsKey(unit)) {
				continue;
			}
			Target target = stored.get(unit.id());
			Long storedVersion = (target != null) ? target.getVersion() : null;
			if (!Objects.equals(storedVersion, entry.version())) {
				throw new OptimisticLockingFailureException("Targets of " + unit.code() + " changed since read");
			}
			changed += save(unit.id(), statYear, target, wanted.get(unit), user.getUsername()) ? 1 : 0;
		}
		return changed;
	}

	/**
	 * Sets targets without a user (demo data, generators); audited as {@code actor}.
	 */
	public void assign(long agencyId, int statYear, TargetRates rates, String actor) {
		save(agencyId, statYear, this.targets.findByAgencyIdAndStatYear(agencyId, statYear).orElse(null), rates, actor);
	}

	/** The statistical year pages open on: the one today falls in. */
	public int currentStatYear() {
		return this.calendar.currentStatYear();
	}

	/** Saves and audits a change; an unchanged target is left alone (no audit entry). */
	private boolean save(long agencyId, int statYear, Target target, TargetRates rates, String user) {
		TargetRates before = (target != null) ? target.rates() : null;
		if (rates.equals(before)) {
			return false;
		}
		Instant now = this.calendar.now().toInstant();
		Target saved = (target != null) ? target : new Target(agencyId, statYear);
		saved.set(rates, user, now);
		try {
			this.targets.saveAndFlush(saved);
		}
		catch (DataIntegrityViolationException ex) {
			// two first settings of one agency and year at once: the second meets the
			// unique
			// key and is refused as stale (409), as if it had read the first one's
			// version
			throw new OptimisticLockingFailureException("Targets of agency #" + agencyId + " set meanwhile", ex);
		}
		this.audit.save(new TargetAudit(agencyId, statYear, before, rates, user, now));
		return true;
	}

	private AgencyRef requireParent(PortalUser user, String parentCode) {
		AgencyRef parent = this.scope.requireView(user, parentCode);
		boolean mayEdit = user.hasRole(Role.ADMIN)
				|| (user.hasRole(Role.LEADER) && this.scope.home(user).id() == parent.id());
		if (!mayEdit) {
			throw new AccessDeniedException("Targets are set by the parent agency's leaders");
		}
		return parent;
	}

	/** The agencies directly below, active at some time during the statistical year. */
	private List<AgencyRef> unitsBelow(AgencyRef parent, int statYear) {
		ReportingPeriod end = this.calendar.endOfYear(statYear);
		return this.directory.children(parent)
			.stream()
			.filter((unit) -> unit.isActiveDuring(end.from(), end.to()))
			.toList();
	}

	private AgencyTarget current(AgencyRef agency, int statYear) {
		return toTarget(agency, statYear, this.targets.findByAgencyIdAndStatYear(agency.id(), statYear).orElse(null));
	}

	private static AgencyTarget toTarget(AgencyRef agency, int statYear, Target target) {
		if (target == null) {
			return new AgencyTarget(agency, statYear, null, null, null, null);
		}
		return new AgencyTarget(agency, statYear, target.rates(), target.getVersion(), target.getUpdatedAt(),
				target.getUpdatedBy());
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
