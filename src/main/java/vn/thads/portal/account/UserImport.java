package vn.thads.portal.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.account.UserImportLine.Outcome;
import vn.thads.portal.account.UserImportResult.NewAccount;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * Loads real accounts from a spreadsheet (issue 10): a dry run says row by row what would
 * be created, updated or refused; the import then applies the whole file in one
 * transaction or nothing of it. Passwords are never in the file: each new account gets a
 * generated initial password, returned once. The same rules as the user form
 * ({@link AccountRules}), and no account is put into a closed agency.
 */
@Service
@Transactional
public class UserImport {

	/** A file is a province's or the country's staff, not a dump of anything. */
	public static final int MAX_ROWS = 5000;

	private final UserAccountRepository users;

	private final AgencyDirectory agencies;

	private final ReportingCalendar calendar;

	private final PasswordEncoder passwordEncoder;

	private final UserAuditLog audit;

	UserImport(UserAccountRepository users, AgencyDirectory agencies, ReportingCalendar calendar,
			PasswordEncoder passwordEncoder, UserAuditLog audit) {
		this.users = users;
		this.agencies = agencies;
		this.calendar = calendar;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
	}

	/** The dry run: what each row would do; changes nothing. */
	@Transactional(readOnly = true)
	public UserImportPlan plan(List<UserImportRow> rows) {
		LocalDate day = this.calendar.today();
		Map<String, AgencyRef> byCode = this.agencies.all()
			.stream()
			.collect(Collectors.toMap(AgencyRef::code, Function.identity()));
		Map<String, UserAccount> existing = this.users
			.findAllByUsernameIn(rows.stream().map((r) -> AccountRules.username(r.username())).toList())
			.stream()
			.collect(Collectors.toMap(UserAccount::getUsername, Function.identity()));
		Map<String, Integer> firstLine = new HashMap<>();
		List<UserImportLine> lines = new ArrayList<>();
		for (UserImportRow row : rows) {
			lines.add(line(row, day, byCode, existing, firstLine));
		}
		return new UserImportPlan(lines);
	}

	/**
	 * Applies the file: all of it, or nothing when any row is refused or when a row would
	 * now do something else than the administrator's dry run said ({@code reviewed}: its
	 * outcomes, row by row; someone created one of the accounts meanwhile, say).
	 */
	public UserImportResult apply(String fileName, List<UserImportRow> rows, List<Outcome> reviewed, String actor) {
		UserImportPlan plan = plan(rows);
		if (plan.lines().isEmpty()) {
			throw new InvalidInputException(FieldProblem.of("file", "userImport.file.empty"));
		}
		if (plan.hasErrors()) {
			throw new InvalidInputException(FieldProblem.of("file", "userImport.rejected", plan.count(Outcome.ERROR)));
		}
		if (!plan.outcomes().equals(reviewed)) {
			throw new InvalidInputException(FieldProblem.of("file", "userImport.changed"));
		}
		Map<String, AgencyRef> byCode = new HashMap<>();
		Instant now = this.calendar.now().toInstant();
		List<NewAccount> created = new ArrayList<>();
		int updated = 0;
		for (UserImportLine line : plan.lines()) {
			AgencyRef agency = byCode.computeIfAbsent(line.agencyCode(), this.agencies::getByCode);
			if (line.outcome() == Outcome.CREATE) {
				String password = InitialPasswords.generate();
				UserAccount account = new UserAccount(line.username(), line.displayName(),
						this.passwordEncoder.encode(password), line.role(), agency.id(), now);
				account.update(line.displayName(), line.role(), agency.id(), line.email());
				this.users.save(account);
				created.add(new NewAccount(line.username(), line.displayName(), agency.code(), password));
				this.audit.record(actor, UserAuditAction.CREATED, line.username(),
						UserAuditEntry.details(fileName, agency.code(), line.role()));
			}
			else if (line.outcome() == Outcome.UPDATE) {
				this.users.findByUsername(line.username())
					.orElseThrow()
					.update(line.displayName(), line.role(), agency.id(), line.email());
				updated++;
				this.audit.record(actor, UserAuditAction.UPDATED, line.username(),
						UserAuditEntry.details(fileName, agency.code(), line.role()));
			}
		}
		int unchanged = (int) plan.count(Outcome.UNCHANGED);
		this.audit.record(actor, UserAuditAction.IMPORTED, null,
				UserAuditEntry.details(fileName, created.size(), updated, unchanged));
		return new UserImportResult(fileName, created, updated, unchanged);
	}

	private static UserImportLine line(UserImportRow row, LocalDate day, Map<String, AgencyRef> byCode,
			Map<String, UserAccount> existing, Map<String, Integer> firstLine) {
		List<FieldProblem> problems = new ArrayList<>();
		String username = AccountRules.username(row.username());
		AccountRules.checkUsername(username, problems);
		if (problems.isEmpty()) {
			Integer earlier = firstLine.putIfAbsent(username, row.line());
			if (earlier != null) {
				problems.add(FieldProblem.of("username", "userImport.username.duplicate", username, earlier));
			}
		}
		String displayName = (row.displayName() != null) ? row.displayName().strip() : "";
		AccountRules.checkDisplayName(displayName, problems);
		Role role = RoleNames.parse(row.role());
		if (role == null) {
			problems.add((row.role() == null || row.role().isBlank()) ? FieldProblem.of("role", "user.role.required")
					: FieldProblem.of("role", "userImport.role.unknown", row.role().strip()));
		}
		String code = (row.agencyCode() != null) ? row.agencyCode().strip().toUpperCase(Locale.ROOT) : "";
		AgencyRef agency = byCode.get(code);
		if (code.isEmpty()) {
			problems.add(FieldProblem.of("agencyCode", "user.agency.required"));
		}
		else if (agency == null) {
			problems.add(FieldProblem.of("agencyCode", "user.agency.unknown", code));
		}
		else if (agency.isClosedOn(day)) {
			problems.add(FieldProblem.of("agencyCode", "user.agency.closed", code));
		}
		String email = AccountRules.email(row.email());
		AccountRules.checkEmail(email, problems);
		return new UserImportLine(row.line(), username, displayName, role, code,
				(agency != null) ? agency.name() : null, email,
				outcome(problems, existing.get(username), displayName, role, agency, email), problems);
	}

	private static Outcome outcome(List<FieldProblem> problems, UserAccount current, String displayName, Role role,
			AgencyRef agency, String email) {
		if (!problems.isEmpty()) {
			return Outcome.ERROR;
		}
		if (current == null) {
			return Outcome.CREATE;
		}
		boolean same = current.getDisplayName().equals(displayName) && current.getRole() == role
				&& current.getAgencyId() == agency.id() && Objects.equals(current.getEmail(), email);
		return same ? Outcome.UNCHANGED : Outcome.UPDATE;
	}

}
