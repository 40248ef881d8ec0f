package vn.thads.portal.report;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.thads.portal.period.ReportingPeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thads.portal.report.ReportMessages.EN;
import static vn.thads.portal.report.ReportMessages.VI;

/** Official titles of reporting periods (domain.md §2) and the place and date line. */
class ReportTitlesTests {

	private final ReportTitles titles = ReportMessages.titles();

	@Test
	void quartersOfTheStatisticalYearInRomanNumerals() {
		assertThat(this.titles.period(ReportingPeriod.of(2021, 12), ReportKind.QUARTER, VI))
			.isEqualTo("Quý I năm 2022");
		assertThat(this.titles.period(ReportingPeriod.of(2022, 3), ReportKind.QUARTER, VI))
			.isEqualTo("Quý II năm 2022");
		assertThat(this.titles.period(ReportingPeriod.of(2022, 6), ReportKind.QUARTER, VI))
			.isEqualTo("Quý III năm 2022");
		assertThat(this.titles.period(ReportingPeriod.of(2022, 9), ReportKind.QUARTER, VI))
			.isEqualTo("Quý IV năm 2022");
	}

	@Test
	void namedPeriodsCarryTheirMonths() {
		assertThat(this.titles.period(ReportingPeriod.of(2022, 3), ReportKind.SIX_MONTHS, VI))
			.isEqualTo("6 tháng năm 2022");
		assertThat(this.titles.period(ReportingPeriod.of(2022, 6), ReportKind.NINE_MONTHS, VI))
			.isEqualTo("9 tháng năm 2022");
		assertThat(this.titles.period(ReportingPeriod.of(2022, 7), ReportKind.TEN_MONTHS, VI))
			.isEqualTo("10 tháng năm 2022");
		assertThat(this.titles.period(ReportingPeriod.of(2022, 9), ReportKind.YEAR, VI)).isEqualTo("12 tháng năm 2022");
	}

	@Test
	void anyMonthIsNamedByItsCalendarMonthAndLength() {
		assertThat(this.titles.period(ReportingPeriod.of(2021, 8), ReportKind.MONTH, VI))
			.isEqualTo("Tháng 8 năm 2021 (11 tháng)");
		assertThat(this.titles.period(ReportingPeriod.of(2021, 11), ReportKind.MONTH, VI))
			.isEqualTo("Tháng 11 năm 2021 (2 tháng)");
		assertThat(this.titles.period(ReportingPeriod.of(2021, 8), ReportKind.MONTH, EN))
			.isEqualTo("Month 8/2021 (11 months)");
	}

	@Test
	void theUsualTitleFollowsTheLengthOfThePeriod() {
		assertThat(this.titles.period(ReportingPeriod.of(2021, 12), VI)).isEqualTo("Quý I năm 2022");
		assertThat(this.titles.period(ReportingPeriod.of(2022, 3), VI)).isEqualTo("6 tháng năm 2022");
		assertThat(this.titles.period(ReportingPeriod.of(2022, 6), VI)).isEqualTo("9 tháng năm 2022");
		assertThat(this.titles.period(ReportingPeriod.of(2022, 7), VI)).isEqualTo("10 tháng năm 2022");
		assertThat(this.titles.period(ReportingPeriod.of(2022, 9), VI)).isEqualTo("12 tháng năm 2022");
		assertThat(this.titles.period(ReportingPeriod.of(2022, 8), VI)).isEqualTo("Tháng 8 năm 2022 (11 tháng)");
	}

	@Test
	void aPeriodCannotCarryTheTitleOfAnother() {
		assertThat(ReportKind.QUARTER.fits(ReportingPeriod.of(2022, 8))).isFalse();
		assertThat(ReportKind.SIX_MONTHS.fits(ReportingPeriod.of(2022, 3))).isTrue();
		assertThat(ReportKind.YEAR.fits(ReportingPeriod.of(2022, 6))).isFalse();
		assertThatThrownBy(() -> this.titles.period(ReportingPeriod.of(2022, 8), ReportKind.QUARTER, VI))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.titles.period(ReportingPeriod.of(2022, 6), ReportKind.YEAR, VI))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void dateLineWritesDayAndMonthWithTwoDigits() {
		assertThat(this.titles.dateLine("Kiên Giang", LocalDate.of(2022, 10, 5), VI))
			.isEqualTo("Kiên Giang, ngày 05 tháng 10 năm 2022");
		assertThat(this.titles.dateLine("Long An", LocalDate.of(2021, 1, 9), VI))
			.isEqualTo("Long An, ngày 09 tháng 01 năm 2021");
	}

}
