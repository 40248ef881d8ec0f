package vn.thads.portal.report;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a report can be asked for: the reports a statistical year offers, the kind a link
 * names, the latest quarter a page opens on, and the conventions of the heading.
 */
class ReportChoicesTests {

	private static final int OCTOBER = ReportingPeriod.DEFAULT_FIRST_MONTH;

	@Test
	void aYearOffersFourQuartersTheNamedPeriodsAndTwelveMonths() {
		var choices = PeriodChoice.of(2022, OCTOBER);
		assertThat(choices).hasSize(20);
		assertThat(choices.subList(0, 8)).extracting(PeriodChoice::code)
			.containsExactly("quarter-1", "quarter-2", "quarter-3", "quarter-4", "six-months", "nine-months",
					"ten-months", "year");
		assertThat(choices.subList(0, 8)).extracting((c) -> c.period().code())
			.containsExactly("2021-12", "2022-03", "2022-06", "2022-09", "2022-03", "2022-06", "2022-07", "2022-09");
		assertThat(choices.get(8).code()).isEqualTo("month-10");
		assertThat(choices.get(8).period()).isEqualTo(ReportingPeriod.of(2021, 10));
		assertThat(choices.get(19).code()).isEqualTo("month-09");
		assertThat(choices.get(19).period()).isEqualTo(ReportingPeriod.of(2022, 9));
		assertThat(PeriodChoice.find("month-08", 2021, OCTOBER).orElseThrow().period())
			.isEqualTo(ReportingPeriod.of(2021, 8));
		assertThat(PeriodChoice.find("quarter-5", 2021, OCTOBER)).isEmpty();
	}

	@Test
	void labelsNameTheQuarterInRomanNumeralsAndAMonthWithItsMonths() {
		PeriodChoice second = PeriodChoice.find("quarter-2", 2022, OCTOBER).orElseThrow();
		assertThat(second.labelKey()).isEqualTo("report.choice.QUARTER");
		assertThat(second.labelArguments()).containsExactly("II");
		PeriodChoice august = PeriodChoice.find("month-08", 2021, OCTOBER).orElseThrow();
		assertThat(august.labelArguments()).containsExactly("8", "11");
		assertThat(PeriodChoice.find("year", 2021, OCTOBER).orElseThrow().labelArguments()).isEmpty();
	}

	@Test
	void pagesOpenOnTheLatestQuarterEndingAtOrBeforeTheLatestData() {
		assertThat(PeriodChoice.latestQuarter(ReportingPeriod.of(2024, 9)))
			.isEqualTo(new PeriodChoice("quarter-4", ReportKind.QUARTER, ReportingPeriod.of(2024, 9)));
		assertThat(PeriodChoice.latestQuarter(ReportingPeriod.of(2024, 8)).period())
			.isEqualTo(ReportingPeriod.of(2024, 6));
		assertThat(PeriodChoice.latestQuarter(ReportingPeriod.of(2024, 1)).period())
			.isEqualTo(ReportingPeriod.of(2023, 12));
		// the first two months of a year: quý IV of the year before
		assertThat(PeriodChoice.latestQuarter(ReportingPeriod.of(2024, 11)))
			.isEqualTo(new PeriodChoice("quarter-4", ReportKind.QUARTER, ReportingPeriod.of(2024, 9)));
	}

	@Test
	void aLinkNamesTheKindOrGetsTheUsualOne() {
		ReportingPeriod march = ReportingPeriod.of(2022, 3);
		assertThat(ReportKind.parse(null, march)).isEqualTo(ReportKind.SIX_MONTHS);
		assertThat(ReportKind.parse("quarter", march)).isEqualTo(ReportKind.QUARTER);
		assertThat(ReportKind.parse(" Six-Months ", march)).isEqualTo(ReportKind.SIX_MONTHS);
		assertThat(ReportKind.parse("month", march)).isEqualTo(ReportKind.MONTH);
		assertThat(ReportKind.QUARTER.code()).isEqualTo("quarter");
		assertThat(ReportKind.TEN_MONTHS.code()).isEqualTo("ten-months");
		assertThatThrownBy(() -> ReportKind.parse("quarter", ReportingPeriod.of(2022, 5)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.getProblems().get(0).field()).isEqualTo("kind");
				assertThat(ex.getProblems().get(0).code()).isEqualTo("report.kind.mismatch.QUARTER");
				assertThat(ex.getProblems().get(0).arguments()).containsExactly("2022-05");
			});
		assertThatThrownBy(() -> ReportKind.parse("semester", march)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("report.kind.invalid");
	}

	@Test
	void theFormsOfAYearAreThoseInForceWhenItBegan() {
		assertThat(ReportConventions.circular(2021)).isEqualTo("06/2019/TT-BTP");
		// 05/2024/TT-BTP came into force on 26/07/2024, in the last quarter of year 2024
		assertThat(ReportConventions.circular(2024)).isEqualTo("06/2019/TT-BTP");
		assertThat(ReportConventions.circular(2025)).isEqualTo("05/2024/TT-BTP");
		// 05/2026/TT-BTP comes into force on 01/07/2026
		assertThat(ReportConventions.circular(2026)).isEqualTo("05/2024/TT-BTP");
		assertThat(ReportConventions.circular(2027)).isEqualTo("05/2026/TT-BTP");
	}

	@Test
	void theSymbolNamesTheIssuersLevelAsNamedThen() {
		LocalDate before = LocalDate.of(2025, 6, 30);
		assertThat(ReportConventions.numberSymbol(AgencyLevel.CENTRAL, before)).isEqualTo("…/BC-TCTHADS");
		assertThat(ReportConventions.numberSymbol(AgencyLevel.PROVINCE, before)).isEqualTo("…/BC-CTHADS");
		assertThat(ReportConventions.numberSymbol(AgencyLevel.LOCAL, before)).isEqualTo("…/BC-CCTHADS");
		LocalDate after = before.plusDays(1);
		assertThat(ReportConventions.numberSymbol(AgencyLevel.CENTRAL, after)).isEqualTo("…/BC-CQLTHADS");
		assertThat(ReportConventions.numberSymbol(AgencyLevel.PROVINCE, after)).isEqualTo("…/BC-THADS");
		assertThat(ReportConventions.numberSymbol(AgencyLevel.LOCAL, after)).isEqualTo("…/BC-PTHADS");
	}

	@Test
	void officesSortByTheirNumber() {
		assertThat(ReportAssembler.numbersPadded("Khu vực 2")).isLessThan(ReportAssembler.numbersPadded("Khu vực 10"));
	}

}
