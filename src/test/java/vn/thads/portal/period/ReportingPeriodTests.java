package vn.thads.portal.period;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.thads.portal.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statistical calendar of domain.md §2. */
class ReportingPeriodTests {

	@Test
	void theYearIsNamedByTheYearItEnds() {
		assertThat(ReportingPeriod.of(2021, 10).statYear()).isEqualTo(2022);
		assertThat(ReportingPeriod.of(2022, 9).statYear()).isEqualTo(2022);
		assertThat(ReportingPeriod.of(2022, 10).statYear()).isEqualTo(2023);
	}

	@Test
	void august2021IsTheElevenMonthReport() {
		ReportingPeriod period = ReportingPeriod.of(2021, 8);
		assertThat(period.months()).isEqualTo(11);
		assertThat(period.from()).isEqualTo(LocalDate.of(2020, 10, 1));
		assertThat(period.to()).isEqualTo(LocalDate.of(2021, 8, 31));
	}

	@Test
	void quartersEndOnMonthsThreeSixNineTwelve() {
		assertThat(ReportingPeriod.of(2021, 12).quarter()).isEqualTo(1);
		assertThat(ReportingPeriod.of(2022, 3).quarter()).isEqualTo(2);
		assertThat(ReportingPeriod.of(2022, 6).quarter()).isEqualTo(3);
		assertThat(ReportingPeriod.of(2022, 9).quarter()).isEqualTo(4);
		assertThat(ReportingPeriod.of(2022, 8).quarter()).isZero();
	}

	@Test
	void samePeriodLastYearAndTheMonthBefore() {
		assertThat(ReportingPeriod.of(2022, 9).samePeriodLastYear()).isEqualTo(ReportingPeriod.of(2021, 9));
		assertThat(ReportingPeriod.of(2021, 11).previousInYear()).isEqualTo(ReportingPeriod.of(2021, 10));
		assertThat(ReportingPeriod.of(2021, 10).previousInYear()).isNull();
		assertThat(ReportingPeriod.of(2022, 3).endOfPreviousYear()).isEqualTo(ReportingPeriod.of(2021, 9));
	}

	@Test
	void theMonthsOfAYear() {
		assertThat(ReportingPeriod.of(2021, 12).monthsSoFar()).extracting(ReportingPeriod::code)
			.containsExactly("2021-10", "2021-11", "2021-12");
		assertThat(ReportingPeriod.of(2021, 12).monthsOfYear()).hasSize(12)
			.last()
			.isEqualTo(ReportingPeriod.of(2022, 9));
		assertThat(ReportingPeriod.endOfYear(2022, 10)).isEqualTo(ReportingPeriod.of(2022, 9));
	}

	@Test
	void aPeriodCanBeReportedOnceItHasEnded() {
		ReportingPeriod period = ReportingPeriod.of(2022, 9);
		assertThat(period.hasEnded(LocalDate.of(2022, 9, 30))).isFalse();
		assertThat(period.hasEnded(LocalDate.of(2022, 10, 1))).isTrue();
	}

	@Test
	void dueDatesCountWorkingDaysOnly() {
		// 30/09/2022 is a Friday: 2 working days -> Tuesday 04/10; 4 -> Thursday 06/10
		assertThat(ReportingPeriod.of(2022, 9).dueDate(2)).isEqualTo(LocalDate.of(2022, 10, 4));
		assertThat(ReportingPeriod.of(2022, 9).dueDate(4)).isEqualTo(LocalDate.of(2022, 10, 6));
		// 31/08/2024 is a Saturday: 2 working days -> Tuesday 03/09
		assertThat(ReportingPeriod.of(2024, 8).dueDate(2)).isEqualTo(LocalDate.of(2024, 9, 3));
	}

	@Test
	void anotherFirstMonthIsASetting() {
		ReportingPeriod calendarYear = new ReportingPeriod(java.time.YearMonth.of(2022, 3), 1);
		assertThat(calendarYear.statYear()).isEqualTo(2022);
		assertThat(calendarYear.months()).isEqualTo(3);
		assertThat(calendarYear.from()).isEqualTo(LocalDate.of(2022, 1, 1));
	}

	@Test
	void onlyYearDashMonthParses() {
		assertThat(ReportingPeriod.parse("2022-09", 10)).isEqualTo(ReportingPeriod.of(2022, 9));
		assertThatThrownBy(() -> ReportingPeriod.parse("2022-9", 10)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> ReportingPeriod.parse("2022-13", 10)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> ReportingPeriod.parse(null, 10)).isInstanceOf(InvalidInputException.class);
	}

}
