package vn.thads.portal.account;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.shared.NotFoundException;

/** Users and their passwords. Passwords are only ever stored hashed. */
@Service
@Transactional
public class UserAdministration {

	/** Passwords chosen by people; generated temporary ones are longer. */
	public static final int MIN_PASSWORD_LENGTH = 8;

	/** The most bcrypt reads, in bytes of UTF-8 (not characters). */
	public static final int MAX_PASSWORD_BYTES = 72;

	private final UserAccountRepository users;

	private final AgencyDirectory agencies;

	private final PasswordEncoder passwordEncoder;

	private final ReportingCalendar calendar;

	UserAdministration(UserAccountRepository users, AgencyDirectory agencies, PasswordEncoder passwordEncoder,
			ReportingCalendar calendar) {
		this.users = users;
		this.agencies = agencies;
		this.passwordEncoder = passwordEncoder;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public List<UserSummary> list() {
		Map<Long, AgencyRef> byId = this.agencies.all()
			.stream()
			.collect(Collectors.toMap(AgencyRef::id, Function.identity()));
		LocalDate today = this.calendar.today();
		return this.users.findAllByOrderByUsername()
			.stream()
			.map((u) -> summary(u, byId.get(u.getAgencyId()), today))
			.toList();
	}

	/**
	 * Users whose username, name, e-mail or agency (code or name) contains {@code text},
	 * any case, optionally of one role.
	 */
	@Transactional(readOnly = true)
	public List<UserSummary> search(String text, Role role) {
		return search(text, role, null);
	}

	/**
	 * As {@link #search(String, Role)}, and with {@code active} given only the accounts
	 * that may sign in today ({@code true}) or those that may not: disabled, or of a
	 * closed agency ({@code false}).
	 */
	@Transactional(readOnly = true)
	public List<UserSummary> search(String text, Role role, Boolean active) {
		String needle = (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "";
		return list().stream()
			.filter((u) -> role == null || u.role() == role)
			.filter((u) -> active == null || u.active() == active)
			.filter((u) -> needle.isEmpty()
					|| Stream.of(u.username(), u.displayName(), u.email(), u.agencyCode(), u.agencyName())
						.anyMatch((field) -> field != null && field.toLowerCase(Locale.ROOT).contains(needle)))
			.toList();
	}

	/**
	 * The agencies an account may be given: those not closed today, and the account's own
	 * ({@code currentCode}, may be null) so that editing it never loses it.
	 */
	@Transactional(readOnly = true)
	public List<AgencyRef> agencyChoices(String currentCode) {
		LocalDate today = this.calendar.today();
		return this.agencies.all()
			.stream()
			.filter((a) -> !a.isClosedOn(today) || a.code().equals(currentCode))
			.toList();
	}

	@Transactional(readOnly = true)
	public UserSummary get(long id) {
		UserAccount account = find(id);
		return summary(account, this.agencies.getById(account.getAgencyId()), this.calendar.today());
	}

	public UserSummary create(UserCommand command) {
		List<FieldProblem> problems = new ArrayList<>();
		String username = AccountRules.username(command.username());
		AccountRules.checkUsername(username, problems);
		if (problems.isEmpty() && this.users.existsByUsername(username)) {
			problems.add(FieldProblem.of("username", "user.username.taken", username));
		}
		checkPassword("password", command.password(), problems);
		AgencyRef agency = checkCommon(command, null, problems);
		throwIfAny(problems);
		UserAccount account = new UserAccount(username, command.displayName().strip(),
				this.passwordEncoder.encode(command.password()), command.role(), agency.id(),
				this.calendar.now().toInstant());
		account.update(command.displayName().strip(), command.role(), agency.id(), AccountRules.email(command.email()));
		return summary(this.users.save(account), agency, this.calendar.today());
	}

	public UserSummary update(long id, UserCommand command) {
		UserAccount account = find(id);
		if (command.version() == null || command.version() != account.getVersion()) {
			throw new OptimisticLockingFailureException("User " + id + " changed since it was read");
		}
		List<FieldProblem> problems = new ArrayList<>();
		AgencyRef agency = checkCommon(command, account, problems);
		throwIfAny(problems);
		account.update(command.displayName().strip(), command.role(), agency.id(), AccountRules.email(command.email()));
		return summary(account, agency, this.calendar.today());
	}

	/** Enables or disables an account; administrators cannot lock themselves out. */
	public void setEnabled(long id, boolean enabled, long actingUserId) {
		if (!enabled && id == actingUserId) {
			throw new InvalidInputException(FieldProblem.of("enabled", "user.disable.self"));
		}
		UserAccount account = find(id);
		AgencyRef agency = this.agencies.getById(account.getAgencyId());
		if (enabled && agency.isClosedOn(this.calendar.today())) {
			// the switch could not open it: move it to a successor agency instead
			throw new InvalidInputException(FieldProblem.of("enabled", "user.enable.agencyClosed", agency.code()));
		}
		account.setEnabled(enabled);
	}

	/** Replaces the password by a generated one, returned once to be handed over. */
	public String resetPassword(long id) {
		String password = InitialPasswords.generate();
		find(id).changePassword(this.passwordEncoder.encode(password));
		return password;
	}

	/** A user changes their own password, proving they know the current one. */
	public void changeOwnPassword(long id, String current, String newPassword, String confirmation) {
		UserAccount account = find(id);
		List<FieldProblem> problems = new ArrayList<>();
		if (current == null || !fitsHash(current)
				|| !this.passwordEncoder.matches(current, account.getPasswordHash())) {
			problems.add(FieldProblem.of("current", "password.current.wrong"));
		}
		checkPassword("newPassword", newPassword, problems);
		if (newPassword != null && !newPassword.equals(confirmation)) {
			problems.add(FieldProblem.of("confirmation", "password.confirmation.mismatch"));
		}
		throwIfAny(problems);
		account.changePassword(this.passwordEncoder.encode(newPassword));
	}

	/**
	 * Creates an account unless one with this username exists, without the password
	 * policy: for demo data and the first administrator of a new installation only.
	 */
	public void provision(String username, String displayName, Role role, String agencyCode, String password) {
		provisionHashed(username, displayName, role, agencyCode, this.passwordEncoder.encode(password));
	}

	/**
	 * As {@link #provision} with the password already hashed by {@link #hash}: hashing is
	 * deliberately slow, and the demo gives dozens of accounts the same password.
	 */
	public void provisionHashed(String username, String displayName, Role role, String agencyCode,
			String passwordHash) {
		if (!this.users.existsByUsername(username)) {
			this.users.save(new UserAccount(username, displayName, passwordHash, role,
					this.agencies.getByCode(agencyCode).id(), this.calendar.now().toInstant()));
		}
	}

	/**
	 * Disables an account, if it exists, without an acting administrator: demo accounts
	 * of agencies closed at the 2025 switch.
	 */
	public void disable(String username) {
		this.users.findByUsername(username).ifPresent((account) -> account.setEnabled(false));
	}

	/**
	 * Disables those of these accounts whose password is still {@code password} and
	 * returns their usernames: the demo accounts once the demo is switched off (an
	 * account whose password was changed has become someone's own). The demo gives its
	 * accounts one shared hash, so each distinct hash is checked once.
	 */
	public List<String> disableWithPassword(Collection<String> usernames, String password) {
		Map<String, Boolean> matches = new HashMap<>();
		List<String> disabled = new ArrayList<>();
		for (UserAccount account : this.users.findAllByUsernameIn(usernames)) {
			if (account.isEnabled() && matches.computeIfAbsent(account.getPasswordHash(),
					(hash) -> this.passwordEncoder.matches(password, hash))) {
				account.setEnabled(false);
				disabled.add(account.getUsername());
			}
		}
		return disabled;
	}

	public String hash(String password) {
		return this.passwordEncoder.encode(password);
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.users.count();
	}

	/**
	 * Name, role, agency and e-mail; an account is never put into a closed agency (one
	 * already there may still be edited).
	 */
	private AgencyRef checkCommon(UserCommand command, UserAccount current, List<FieldProblem> problems) {
		AccountRules.checkDisplayName(command.displayName(), problems);
		if (command.role() == null) {
			problems.add(FieldProblem.of("role", "user.role.required"));
		}
		AccountRules.checkEmail(AccountRules.email(command.email()), problems);
		if (command.agencyCode() == null || command.agencyCode().isBlank()) {
			problems.add(FieldProblem.of("agencyCode", "user.agency.required"));
			return null;
		}
		AgencyRef agency = this.agencies.findByCode(command.agencyCode().strip()).orElse(null);
		if (agency == null) {
			problems.add(FieldProblem.of("agencyCode", "user.agency.unknown", command.agencyCode()));
		}
		else if (agency.isClosedOn(this.calendar.today())
				&& (current == null || current.getAgencyId() != agency.id())) {
			problems.add(FieldProblem.of("agencyCode", "user.agency.closed", agency.code()));
		}
		return agency;
	}

	private static void checkPassword(String field, String password, List<FieldProblem> problems) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			problems.add(FieldProblem.of(field, "password.tooShort", MIN_PASSWORD_LENGTH));
		}
		else if (!fitsHash(password)) {
			problems.add(FieldProblem.of(field, "password.tooLong", MAX_PASSWORD_BYTES));
		}
	}

	/**
	 * Whether bcrypt can hash the password: it reads at most 72 bytes of UTF-8, and a
	 * Vietnamese letter takes two or three of them ({@code ạ} is three).
	 */
	static boolean fitsHash(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
	}

	private UserAccount find(long id) {
		return this.users.findById(id).orElseThrow(() -> new NotFoundException("No user #" + id));
	}

	static UserSummary summary(UserAccount u, AgencyRef agency, LocalDate today) {
		return new UserSummary(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(),
				(agency != null) ? agency.code() : null, (agency != null) ? agency.name() : null, u.getEmail(),
				u.isEnabled(), agency != null && agency.isClosedOn(today), u.getCreatedAt(), u.getVersion());
	}

	private static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
