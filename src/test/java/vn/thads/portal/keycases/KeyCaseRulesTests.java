package vn.thads.portal.keycases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thads.portal.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The register's rules at their boundaries: inclusion, overdue, erasure day, order. */
class KeyCaseRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	final KeyCaseRules rules = new KeyCaseRules(null, new KeyCaseSettings(5_000_000, 3, Period.ofYears(5)),
			Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneId.of("Asia/Ho_Chi_Minh")));

	@Test
	void aCaseIsFollowedForItsValueFromTheThresholdOn() {
		LocalDate recent = TODAY.minusMonths(2);
		assertThat(this.rules.reasons(5_000_000, recent, null, false)).containsExactly(KeyCaseReason.LARGE_VALUE);
		assertThat(this.rules.reasons(4_999_999, recent, null, false)).isEmpty();
	}

	@Test
	void aCaseIsLongRunningWhenAcceptedMoreThanTheSetYearsAgo() {
		assertThat(this.rules.reasons(1, TODAY.minusYears(3), null, false)).isEmpty();
		assertThat(this.rules.reasons(1, TODAY.minusYears(3).minusDays(1), null, false))
			.containsExactly(KeyCaseReason.LONG_RUNNING);
	}

	@Test
	void aCategoryOrAFlagIsAReasonOnItsOwn() {
		assertThat(this.rules.reasons(1, TODAY, "TIN_DUNG_NGAN_HANG", false)).containsExactly(KeyCaseReason.CATEGORY);
		assertThat(this.rules.reasons(1, TODAY, null, true)).containsExactly(KeyCaseReason.FLAGGED);
	}

	@Test
	void onlyAnOpenCaseWithADueDayBeforeTodayIsOverdue() {
		assertThat(this.rules.overdue(KeyCaseStatus.OPEN, TODAY.minusDays(1))).isTrue();
		assertThat(this.rules.overdue(KeyCaseStatus.OPEN, TODAY)).isFalse();
		assertThat(this.rules.overdue(KeyCaseStatus.COMPLETED, TODAY.minusDays(1))).isFalse();
		assertThat(this.rules.overdue(KeyCaseStatus.OPEN, null)).isFalse();
	}

	@Test
	void namesAreErasedFiveYearsAfterClosing() {
		assertThat(this.rules.eraseNamesClosedOnOrBefore()).isEqualTo(LocalDate.of(2021, 11, 30));
	}

	@Test
	void theRegisterPutsOpenOverdueCasesFirstThenTheLargestOutstanding() {
		List<KeyCaseRow> rows = new ArrayList<>(List.of(row(1, 10_000_000, 0, KeyCaseStatus.OPEN, false),
				row(2, 90_000_000, 0, KeyCaseStatus.COMPLETED, false), row(3, 1_000_000, 0, KeyCaseStatus.OPEN, true),
				row(4, 50_000_000, 45_000_000, KeyCaseStatus.OPEN, false),
				row(5, 20_000_000, 0, KeyCaseStatus.OPEN, false)));
		rows.sort(KeyCaseRules.RANKING);
		assertThat(rows).extracting(KeyCaseRow::id).containsExactly(3L, 5L, 1L, 4L, 2L);
	}

	@Test
	void typedAmountsMayBeGroupedWithDotsAndCollectedCannotExceedTheAmount() {
		KeyCaseInputs inputs = new KeyCaseInputs(TODAY);
		KeyCaseProgress progress = inputs.progress(entry("1.250.000", "250 000", null, null), TODAY,
				KeyCaseStatus.OPEN);
		assertThat(progress.amount()).isEqualTo(1_250_000);
		assertThat(progress.collected()).isEqualTo(250_000);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(
					() -> new KeyCaseInputs(TODAY).progress(entry("100", "101", null, null), TODAY, KeyCaseStatus.OPEN))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting("field", "code")
				.containsExactly(
						org.assertj.core.groups.Tuple.tuple("collected", "keycase.error.collectedAboveAmount")));
	}

	@Test
	void aClosedCaseNeedsItsClosingDayNotAfterToday() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new KeyCaseInputs(TODAY).progress(entry("100", "0", "COMPLETED", null), TODAY,
					KeyCaseStatus.OPEN))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting("code")
				.containsExactly("keycase.error.closedOnNeeded"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> new KeyCaseInputs(TODAY).progress(entry("1e3", "0", "COMPLETED", "2026-12-01"),
					TODAY.minusYears(1), KeyCaseStatus.OPEN))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting("field")
				.containsExactlyInAnyOrder("amount", "closedOn"));
	}

	private static KeyCaseEntry entry(String amount, String collected, String status, String closedOn) {
		return new KeyCaseEntry(null, null, null, null, null, null, amount, collected, status, closedOn, null, null,
				null, null);
	}

	private KeyCaseRow row(long id, long amount, long collected, KeyCaseStatus status, boolean overdue) {
		return new KeyCaseRow(id, "X", "X", "n", TODAY, TODAY, null, amount, collected, status, null, null, null, null,
				null, false, Set.of(), overdue, null, null, false, 0, List.of());
	}

}
