package vn.thads.portal.keycases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * Checks a typed case field by field (messages {@code keycase.error.*}, Vietnamese by
 * default) and turns it into values; nothing is saved while any problem remains. The
 * limits are the API's (api.md, Limits): money a whole number from 0 to 10^15, texts at
 * most 2 000 characters (a next step 500, a decision number 60, a name 200).
 */
final class KeyCaseInputs {

	static final long MAX_AMOUNT = 1_000_000_000_000_000L;

	/** {@code 1234567}, {@code 1.234.567} or {@code 1 234 567} (thousands grouped). */
	private static final Pattern WHOLE = Pattern.compile("\\d{1,16}|\\d{1,3}([. ]\\d{3}){1,5}");

	private final List<FieldProblem> problems = new ArrayList<>();

	private final LocalDate today;

	KeyCaseInputs(LocalDate today) {
		this.today = today;
	}

	NewKeyCase newCase(KeyCaseEntry e, Set<String> categories) {
		String number = text(e.decisionNumber(), "decisionNumber", 60, true);
		LocalDate decided = pastDate(e.decisionDate(), "decisionDate", true);
		LocalDate accepted = pastDate(e.acceptedOn(), "acceptedOn", true);
		String category = blankToNull(e.categoryCode());
		if (category != null && !categories.contains(category)) {
			problem("categoryCode", "keycase.error.category");
		}
		String debtor = text(e.debtorName(), "debtorName", 200, false);
		String creditor = text(e.creditorName(), "creditorName", 200, false);
		KeyCaseProgress progress = progress(e, accepted, KeyCaseStatus.OPEN);
		throwIfAny();
		return new NewKeyCase(number, decided, accepted, category, debtor, creditor, progress);
	}

	/** The fields an officer keeps current; {@code accepted} bounds the closing day. */
	KeyCaseProgress progress(KeyCaseEntry e, LocalDate accepted, KeyCaseStatus defaultStatus) {
		Long amount = money(e.amount(), "amount", true);
		Long collected = money(e.collected(), "collected", false);
		if (amount != null && collected != null && collected > amount) {
			problem("collected", "keycase.error.collectedAboveAmount");
		}
		KeyCaseStatus status = status(e.status(), defaultStatus);
		LocalDate closedOn = pastDate(e.closedOn(), "closedOn", false);
		if (status != null && status.isClosed() && closedOn == null && !has("closedOn")) {
			problem("closedOn", "keycase.error.closedOnNeeded");
		}
		if (closedOn != null && accepted != null && closedOn.isBefore(accepted)) {
			problem("closedOn", "keycase.error.closedBeforeAccepted");
		}
		String nextStep = text(e.nextStep(), "nextStep", 500, false);
		LocalDate due = date(e.nextStepDue(), "nextStepDue", false);
		Long officerId = null;
		String officerId0 = blankToNull(e.officerUserId());
		if (officerId0 != null) {
			try {
				officerId = Long.valueOf(officerId0);
			}
			catch (NumberFormatException ex) {
				problem("officerUserId", "keycase.error.officer");
			}
		}
		String officerName = (officerId != null) ? null : text(e.officerName(), "officerName", 120, false);
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems);
		}
		return new KeyCaseProgress(amount, (collected != null) ? collected : 0, status,
				(status.isClosed()) ? closedOn : null, nextStep, due, officerId, officerName);
	}

	/** An instruction's text and due day. */
	static String instructionText(String text, List<FieldProblem> problems, String field) {
		KeyCaseInputs inputs = new KeyCaseInputs(null);
		String checked = inputs.text(text, field, 2000, true);
		problems.addAll(inputs.problems);
		return checked;
	}

	static LocalDate optionalDate(String text, List<FieldProblem> problems, String field) {
		KeyCaseInputs inputs = new KeyCaseInputs(null);
		LocalDate checked = inputs.date(text, field, false);
		problems.addAll(inputs.problems);
		return checked;
	}

	private KeyCaseStatus status(String text, KeyCaseStatus defaultStatus) {
		if (text == null || text.isBlank()) {
			return defaultStatus;
		}
		try {
			return KeyCaseStatus.valueOf(text.trim());
		}
		catch (IllegalArgumentException ex) {
			problem("status", "keycase.error.status");
			return defaultStatus;
		}
	}

	private Long money(String text, String field, boolean required) {
		String value = blankToNull(text);
		if (value == null) {
			if (required) {
				problem(field, "keycase.error.required");
			}
			return null;
		}
		if (!WHOLE.matcher(value).matches()) {
			problem(field, "keycase.error.money");
			return null;
		}
		long parsed = Long.parseLong(value.replace(".", "").replace(" ", ""));
		if (parsed > MAX_AMOUNT) {
			problem(field, "keycase.error.money");
			return null;
		}
		return parsed;
	}

	private LocalDate pastDate(String text, String field, boolean required) {
		LocalDate date = date(text, field, required);
		if (date != null && date.isAfter(this.today)) {
			problem(field, "keycase.error.future");
		}
		return date;
	}

	private LocalDate date(String text, String field, boolean required) {
		String value = blankToNull(text);
		if (value == null) {
			if (required) {
				problem(field, "keycase.error.required");
			}
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			if (date.getYear() < 1990 || date.getYear() > 2100) {
				problem(field, "keycase.error.date");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			problem(field, "keycase.error.date");
			return null;
		}
	}

	private String text(String text, String field, int max, boolean required) {
		String value = blankToNull(text);
		if (value == null) {
			if (required) {
				problem(field, "keycase.error.required");
			}
			return null;
		}
		if (value.length() > max) {
			problem(field, "keycase.error.tooLong", max);
			return null;
		}
		return value;
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private boolean has(String field) {
		return this.problems.stream().anyMatch((p) -> p.field().equals(field));
	}

	void problem(String field, String code, Object... arguments) {
		this.problems.add(FieldProblem.of(field, code, arguments));
	}

	void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems);
		}
	}

}
