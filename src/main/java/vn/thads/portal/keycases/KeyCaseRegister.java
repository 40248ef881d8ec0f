package vn.thads.portal.keycases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.returns.ReturnCategories;
import vn.thads.portal.returns.ReturnCategory;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.shared.NotFoundException;

/**
 * The register's service: the officers' reads and writes of key cases go through it (what
 * other modules read, {@link KeyCaseOverview}), with the rights of {@link KeyCaseRules}.
 * The parties' names leave it only through the methods that audit it ({@link #withNames},
 * {@link #caseWithNames}).
 */
@Service
@Transactional
public class KeyCaseRegister {

	private final KeyCaseRepository cases;

	private final KeyCaseQueries queries;

	private final KeyCaseJournal journal;

	private final KeyCaseRules rules;

	private final AgencyDirectory directory;

	private final ReturnCategories categories;

	private final Clock clock;

	KeyCaseRegister(KeyCaseRepository cases, KeyCaseQueries queries, KeyCaseJournal journal, KeyCaseRules rules,
			AgencyDirectory directory, ReturnCategories categories, Clock clock) {
		this.cases = cases;
		this.queries = queries;
		this.journal = journal;
		this.rules = rules;
		this.directory = directory;
		this.categories = categories;
		this.clock = clock;
	}

	/** The subtree's cases, ranked ({@link KeyCaseRules#RANKING}), without names. */
	@Transactional(readOnly = true)
	public List<KeyCaseRow> register(PortalUser user, String agencyCode, KeyCaseFilter filter) {
		AgencyRef agency = this.rules.requireSee(user, agencyCode);
		return ranked(agency, filter, false);
	}

	/**
	 * The same with the parties' names, the access audited ({@code EXPORT_NAMES} or
	 * {@code API_NAMES}); an export without names is audited as {@code EXPORT} through
	 * {@link #audit}.
	 */
	public List<KeyCaseRow> withNames(PortalUser user, String agencyCode, KeyCaseFilter filter, KeyCaseAccess action) {
		AgencyRef agency = this.rules.requireSee(user, agencyCode);
		List<KeyCaseRow> rows = ranked(agency, filter, true);
		this.journal.access(action, user.getUsername(), agency.code(), null, rows.size(), now());
		return rows;
	}

	/** Records an access that carried no names (an export). */
	public void audit(PortalUser user, String agencyCode, KeyCaseAccess action, int rows) {
		this.journal.access(action, user.getUsername(), agencyCode, null, rows, now());
	}

	private List<KeyCaseRow> ranked(AgencyRef agency, KeyCaseFilter filter, boolean withNames) {
		AgencyRef unit = (filter.unit() != null)
				? this.directory.findByCode(filter.unit()).filter(agency::contains).orElse(agency) : agency;
		Set<String> inUnit = this.directory.subtree(unit).stream().map(AgencyRef::code).collect(Collectors.toSet());
		return this.queries.subtree(agency.path(), withNames)
			.stream()
			.filter((row) -> filter.admits(row, inUnit::contains))
			.sorted(KeyCaseRules.RANKING)
			.toList();
	}

	@Transactional(readOnly = true)
	public KeyCaseRow get(PortalUser user, long id) {
		KeyCaseRow row = this.queries.one(id, false).orElseThrow(() -> new NotFoundException("No key case " + id));
		this.rules.requireSee(user, this.directory.getByCode(row.agencyCode()));
		return row;
	}

	/** A case with the parties' names; the view is audited. */
	public KeyCaseRow caseWithNames(PortalUser user, long id) {
		KeyCaseRow row = get(user, id);
		this.journal.access(KeyCaseAccess.VIEW_NAMES, user.getUsername(), row.agencyCode(), id, 1, now());
		return this.queries.one(id, true).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<KeyCaseChange> history(PortalUser user, long id) {
		get(user, id);
		return this.queries.history(id);
	}

	@Transactional(readOnly = true)
	public List<KeyCaseOfficer> officers(String agencyCode) {
		return this.queries.officers(this.directory.getByCode(agencyCode).id());
	}

	/** The categories a case may belong to. */
	@Transactional(readOnly = true)
	public List<ReturnCategory> categories() {
		return this.categories.all();
	}

	/**
	 * Enters a case; it must belong in the register (a reason of {@link KeyCaseRules}).
	 * @return its id
	 */
	public long create(PortalUser user, String agencyCode, KeyCaseEntry entry) {
		AgencyRef agency = this.rules.requireSee(user, agencyCode);
		this.rules.requireKeepCurrent(user, agency);
		NewKeyCase values = new KeyCaseInputs(this.rules.today()).newCase(entry, categoryCodes());
		List<FieldProblem> problems = new ArrayList<>();
		checkOfficer(agency, values.progress(), problems);
		if (this.cases.existsByAgencyIdAndDecisionNumber(agency.id(), values.decisionNumber())) {
			problems.add(FieldProblem.of("decisionNumber", "keycase.error.duplicate"));
		}
		if (this.rules.reasons(values.progress().amount(), values.acceptedOn(), values.categoryCode(), false)
			.isEmpty()) {
			problems.add(FieldProblem.of("reasons", "keycase.error.notFollowed", this.rules.settings().largeValue(),
					this.rules.settings().longRunningYears()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return enter(agency.id(), values, user.getUsername());
	}

	/** Enters a checked case without rights (the demo). */
	public long enter(long agencyId, NewKeyCase values, String username) {
		Instant now = now();
		KeyCase saved = this.cases.saveAndFlush(new KeyCase(agencyId, values, username, now));
		this.journal.change(saved.getId(), "created", null, values.decisionNumber(), username, now);
		return saved.getId();
	}

	/**
	 * Saves what an officer keeps current.
	 * @throws OptimisticLockingFailureException when someone saved the case since
	 * {@code version} was read
	 */
	public void update(PortalUser user, long id, long version, KeyCaseEntry entry) {
		KeyCase found = find(id);
		AgencyRef agency = this.directory.getById(found.getAgencyId());
		this.rules.requireSee(user, agency);
		this.rules.requireKeepCurrent(user, agency);
		KeyCaseProgress progress = new KeyCaseInputs(this.rules.today()).progress(entry, found.getAcceptedOn(),
				found.getStatus());
		List<FieldProblem> problems = new ArrayList<>();
		checkOfficer(agency, progress, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (found.getVersion() != version) {
			throw new OptimisticLockingFailureException("Key case " + id + " changed since it was read");
		}
		Instant now = now();
		Map<String, String[]> changes = found.apply(progress, user.getUsername(), now);
		this.cases.saveAndFlush(found);
		namesForIds(changes.get("officerUserId"), agency);
		this.journal.changes(id, changes, user.getUsername(), now);
	}

	/** A leader flags a case to follow it (or removes the flag). */
	public void flag(PortalUser user, long id, boolean on) {
		KeyCase found = find(id);
		AgencyRef agency = this.directory.getById(found.getAgencyId());
		this.rules.requireSee(user, agency);
		this.rules.requireLead(user, agency);
		if (found.isFlagged() != on) {
			Instant now = now();
			String[] change = found.flag(on, user.getUsername(), now);
			this.cases.saveAndFlush(found);
			this.journal.change(id, "flagged", change[0], change[1], user.getUsername(), now);
		}
	}

	/**
	 * A leader's instruction given at the meeting of {@code meeting} ({@code YYYY-MM}).
	 */
	public long instruct(PortalUser user, long id, String meeting, String text, String due) {
		KeyCase found = find(id);
		AgencyRef agency = this.directory.getById(found.getAgencyId());
		this.rules.requireSee(user, agency);
		this.rules.requireLead(user, agency);
		List<FieldProblem> problems = new ArrayList<>();
		YearMonth month = meeting(meeting, problems);
		String checked = KeyCaseInputs.instructionText(text, problems, "text");
		LocalDate dueOn = KeyCaseInputs.optionalDate(due, problems, "due");
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return this.journal.instruct(id, month, user.getUsername(), user.getDisplayName(), checked, dueOn, now());
	}

	/** Gives an instruction without rights (the demo). */
	public long instructAs(long id, YearMonth meeting, String username, String name, String text, LocalDate due,
			Instant givenAt) {
		return this.journal.instruct(id, meeting, username, name, text, due, givenAt);
	}

	/** What became of an instruction, written by the officers who keep the case. */
	public void followUp(PortalUser user, long id, long instructionId, String text, boolean done) {
		KeyCase found = find(id);
		AgencyRef agency = this.directory.getById(found.getAgencyId());
		this.rules.requireSee(user, agency);
		this.rules.requireKeepCurrent(user, agency);
		List<FieldProblem> problems = new ArrayList<>();
		String checked = KeyCaseInputs.instructionText(text, problems, "followUp");
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		followUpAs(id, instructionId, checked, done ? this.rules.today() : null, user.getUsername());
	}

	/** Records a follow-up without rights (the demo). */
	public void followUpAs(long id, long instructionId, String text, LocalDate doneOn, String username) {
		if (!this.journal.followUp(id, instructionId, text, doneOn, username, now())) {
			throw new NotFoundException("No instruction " + instructionId + " on key case " + id);
		}
	}

	private YearMonth meeting(String text, List<FieldProblem> problems) {
		try {
			YearMonth month = YearMonth.parse((text != null) ? text.strip() : "");
			if (month.isAfter(YearMonth.from(this.rules.today())) || month.getYear() < 2000) {
				problems.add(FieldProblem.of("meeting", "keycase.error.meeting"));
			}
			return month;
		}
		catch (DateTimeParseException ex) {
			problems.add(FieldProblem.of("meeting", "keycase.error.meeting"));
			return null;
		}
	}

	private void checkOfficer(AgencyRef agency, KeyCaseProgress progress, List<FieldProblem> problems) {
		if (progress.officerUserId() != null
				&& this.queries.officers(agency.id()).stream().noneMatch((o) -> o.id() == progress.officerUserId())) {
			problems.add(FieldProblem.of("officerUserId", "keycase.error.officer"));
		}
	}

	/** The history names the officer, not the account's number. */
	private void namesForIds(String[] officerIds, AgencyRef agency) {
		if (officerIds != null) {
			Map<String, String> names = this.queries.officers(agency.id())
				.stream()
				.collect(Collectors.toMap((o) -> Long.toString(o.id()), KeyCaseOfficer::displayName));
			for (int i = 0; i < officerIds.length; i++) {
				officerIds[i] = (officerIds[i] != null) ? names.getOrDefault(officerIds[i], officerIds[i]) : null;
			}
		}
	}

	private Set<String> categoryCodes() {
		return this.categories.all().stream().map(ReturnCategory::code).collect(Collectors.toSet());
	}

	private KeyCase find(long id) {
		return this.cases.findById(id).orElseThrow(() -> new NotFoundException("No key case " + id));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
