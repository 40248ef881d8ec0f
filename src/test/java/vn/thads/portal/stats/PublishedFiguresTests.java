package vn.thads.portal.stats;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.target.TargetRates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fixture of the published figures (copied here from published-figures.md: tests
 * never read the shared folder), computed by the engine's formulas and compared to the
 * digit with what the agencies published.
 */
class PublishedFiguresTests {

	static final AgencyRef AGENCY = new AgencyRef(1, "KG", "Cục Thi hành án dân sự tỉnh Kiên Giang", "Kiên Giang",
			AgencyLevel.PROVINCE, 0L, "TW", "/TW/KG/", LocalDate.of(2010, 1, 1), null, 0);

	/** KG22 cases, the completed form: A, B, H, G1, G2, G4. */
	static final Figures KG22_CASES = new Figures(7_776, 12_576, 0, 0, 5_705, 12_056, 174, 0, 2_417, 0, 0, 0);

	/** KG22 money: A + B = 3 478 152 572, D = 73 086 304, G1 = X, G4 = 850 806 510. */
	static final Figures KG22_MONEY = new Figures(1_000_000_000L, 2_478_152_572L, 73_086_304L, 0, 1_389_178_709L,
			1_165_081_049L, 0, 0, 850_806_510L, 0, 0, 0);

	/** KG 2021 money: X = 790 981 267 and a G that gives the published 47,89. */
	static final Figures KG21_MONEY = enforceable(790_981_267L, 1_651_600_000L);

	/** G1 = X and G4 = G − X: a form with the given resolved and enforceable totals. */
	static Figures enforceable(long resolved, long withConditions) {
		return Figures.ZERO.with(FormColumn.COMPLETED, resolved)
			.with(FormColumn.IN_PROGRESS, withConditions - resolved);
	}

	static TargetRates target(String cases, String money) {
		return new TargetRates(new BigDecimal(cases), new BigDecimal(money));
	}

	static Totals totals(Figures cases, Figures money) {
		return new Totals(1, 1, 1, 0, 1, cases, money);
	}

	static AgencyStats stats(String period, Figures cases, Figures money, TargetRates target, Totals lastYear) {
		Slot slot = Slot.subtree(AGENCY, ReportingPeriod.parse(period, 10));
		return StatsArithmetic.assemble(slot, Basis.SUBMITTED, totals(cases, money), null, lastYear, target);
	}

	static AgencyStats stats(String period, Figures cases, Figures money, TargetRates target) {
		return stats(period, cases, money, target, Totals.NONE);
	}

	@Test
	void kienGiang2022() {
		AgencyStats kg = stats("2022-09", KG22_CASES, KG22_MONEY, target("81.50", "40.10"),
				totals(enforceable(11_000, 14_000), KG21_MONEY));
		assertThat(kg.cases().derived().mustEnforce()).isEqualTo(20_352);
		assertThat(kg.cases().derived().withConditions()).isEqualTo(14_647);
		assertThat(kg.cases().derived().carriedToNext()).isEqualTo(8_122);
		assertThat(kg.cases().derived().completionRate()).isEqualByComparingTo("83.50");
		assertThat(kg.cases().derived().conditionsShare()).isEqualByComparingTo("71.97");
		assertThat(kg.money().derived().completionRate()).isEqualByComparingTo("57.79");
		assertThat(kg.money().derived().conditionsShare()).isEqualByComparingTo("59.20");
		assertThat(kg.money().derived().carriedToNext()).isEqualTo(2_239_985_219L);
		// "vượt 17,69%" with the 2022 target 40,10; nothing more needed
		assertThat(kg.gap().moneyPoints()).isEqualByComparingTo("17.69");
		assertThat(kg.gap().casesPoints()).isEqualByComparingTo("2.00");
		assertThat(kg.gap().moneyNeeded()).isZero();
		assertThat(kg.gap().casesNeeded()).isZero();
		// the 12-month progress target is the target itself
		assertThat(kg.progressTarget().moneyRate()).isEqualByComparingTo("40.10");
		// "tăng 374.099.782 … tăng 47,30%"; the rate 47,89 → 57,79 is +9,90 points
		assertThat(kg.previousYear().money().derived().completionRate()).isEqualByComparingTo("47.89");
		assertThat(kg.money().derived().resolved() - kg.previousYear().money().derived().resolved())
			.isEqualTo(374_099_782L);
		assertThat(kg.change().moneyResolvedPct()).isEqualByComparingTo("47.30");
		assertThat(kg.change().moneyRatePoints()).isEqualByComparingTo("9.90");
	}

	@Test
	void kienGiang2021RateIsTheSameAcrossThePublishedRangeOfItsEnforceableTotal() {
		for (long g2021 : new long[] { 1_651_490_275L, 1_651_835_161L }) {
			AgencyStats kg = stats("2022-09", KG22_CASES, KG22_MONEY, null,
					totals(KG22_CASES, enforceable(790_981_267L, g2021)));
			assertThat(kg.previousYear().money().derived().completionRate()).isEqualByComparingTo("47.89");
			assertThat(kg.change().moneyRatePoints()).isEqualByComparingTo("9.90");
		}
		AgencyStats outside = stats("2022-09", KG22_CASES, KG22_MONEY, null,
				totals(KG22_CASES, enforceable(790_981_267L, 1_651_490_274L)));
		assertThat(outside.previousYear().money().derived().completionRate()).isEqualByComparingTo("47.90");
	}

	@Test
	void kienGiang2013() {
		AgencyStats kg = stats("2013-09", enforceable(6_844, 10_928), enforceable(265_281_958L, 548_761_273L),
				target("88", "77"));
		assertThat(kg.cases().derived().completionRate()).isEqualByComparingTo("62.63");
		assertThat(kg.money().derived().completionRate()).isEqualByComparingTo("48.34");
		assertThat(kg.gap().casesPoints()).isEqualByComparingTo("-25.37");
		assertThat(kg.gap().moneyPoints()).isEqualByComparingTo("-28.66");
		assertThat(kg.gap().casesNeeded()).isEqualTo(2_773);
		assertThat(kg.gap().moneyNeeded()).isEqualTo(157_264_223L);
	}

	@Test
	void national9Months2017() {
		Figures n17 = new Figures(290_524, 446_223, 8_520, 0, 148_814, 369_372, 0, 0, 210_041, 0, 0, 0);
		AgencyStats n = stats("2017-06", n17, Figures.ZERO, null);
		assertThat(n.period().months()).isEqualTo(9);
		assertThat(n.cases().derived().totalAccepted()).isEqualTo(736_747);
		assertThat(n.cases().derived().mustEnforce()).isEqualTo(728_227);
		assertThat(n.cases().derived().completionRate()).isEqualByComparingTo("63.75");
		assertThat(n.cases().derived().carriedToNext()).isEqualTo(358_855);
		assertThat(n.cases().derived().enforceableCarried()).isEqualTo(210_041);
		assertThat(n.cases().derived().conditionsShare()).isEqualByComparingTo("79.56");
	}

	@Test
	void aProvinceSixMonthsInto2019IsAheadOfItsProgressTarget() {
		// C 79 177 = A + B; D 580; E 4; G 54 681 (X 26 515); H 23 912
		Figures n19 = new Figures(30_000, 49_177, 580, 4, 23_912, 26_515, 0, 0, 54_681 - 26_515, 0, 0, 0);
		AgencyStats p = stats("2019-03", n19, Figures.ZERO, target("73", "35"));
		assertThat(p.period().months()).isEqualTo(6);
		assertThat(p.cases().derived().mustEnforce()).isEqualTo(78_593);
		assertThat(p.cases().derived().completionRate()).isEqualByComparingTo("48.49");
		assertThat(p.progressTarget().casesRate()).isEqualByComparingTo("36.50");
		assertThat(p.gap().casesProgressPoints()).isEqualByComparingTo("11.99");
		assertThat(p.gap().casesPoints()).isEqualByComparingTo("-24.51");
	}

	@Test
	void nationalHalfYear2022() {
		AgencyStats n = stats("2022-03", enforceable(202_015, 410_615), enforceable(35_183_572_922L, 159_795_801_768L),
				null);
		assertThat(n.cases().derived().completionRate()).isEqualByComparingTo("49.20");
		assertThat(n.money().derived().completionRate()).isEqualByComparingTo("22.02");
		assertThat(n.gap()).isNull();
		assertThat(n.target()).isNull();
	}

	@Test
	void nationalYear2020() {
		AgencyStats n = stats("2020-09", enforceable(576_933, 708_674), Figures.ZERO, target("80", "38"));
		assertThat(n.cases().derived().completionRate()).isEqualByComparingTo("81.41");
		assertThat(n.gap().casesPoints()).isEqualByComparingTo("1.41");
	}

	@Test
	void onlyOneEnforceableTotalGivesThePublished7932WithX2628() {
		int matches = 0;
		long found = 0;
		for (long g = 2_628; g <= 20_000; g++) {
			AgencyStats s = stats("2019-03", enforceable(2_628, g), Figures.ZERO, null);
			if (s.cases().derived().completionRate().compareTo(new BigDecimal("79.32")) == 0) {
				matches++;
				found = g;
			}
		}
		assertThat(matches).isEqualTo(1);
		assertThat(found).isEqualTo(3_313);
	}

	@Test
	void vinhPhuc11Months2021() {
		// cases R 80,90 "còn thiếu 1,6%" (target 82,5); money R 43 "vượt 2,5%" (target
		// 40,5); money to enforce +18,7 %, money completed +23,75 % on 2020
		Figures money = enforceable(1_980, 4_605).with(FormColumn.CARRIED_OVER, 11_870)
			.with(FormColumn.WITHOUT_CONDITIONS, 11_870 - 4_605);
		Figures money2020 = enforceable(1_600, 4_000).with(FormColumn.CARRIED_OVER, 10_000)
			.with(FormColumn.WITHOUT_CONDITIONS, 6_000);
		AgencyStats vp = stats("2021-08", enforceable(809, 1_000), money, target("82.5", "40.5"),
				totals(enforceable(700, 1_000), money2020));
		assertThat(vp.period().months()).isEqualTo(11);
		assertThat(vp.cases().derived().completionRate()).isEqualByComparingTo("80.90");
		assertThat(vp.gap().casesPoints()).isEqualByComparingTo("-1.60");
		assertThat(vp.money().derived().completionRate()).isEqualByComparingTo("43.00");
		assertThat(vp.gap().moneyPoints()).isEqualByComparingTo("2.50");
		assertThat(vp.change().moneyMustEnforcePct()).isEqualByComparingTo("18.70");
		assertThat(vp.change().moneyResolvedPct()).isEqualByComparingTo("23.75");
	}

	@Test
	void chauThanhLongAn2015To2020() {
		String[][] years = { { "2015", "90.31", "88", "2.31", "81.38", "77", "4.38" },
				{ "2016", "77.43", "70", "7.43", "39.44", "30", "9.44" },
				{ "2017", "71.57", "70", "1.57", "36.13", "30", "6.13" },
				{ "2018", "77.98", "72", "5.98", "52.78", "32", "20.78" },
				{ "2019", "75.75", "73", "2.75", "41.89", "33", "8.89" },
				// printed "23,02": the article transposed two digits of 61,20 − 38
				{ "2020", "83.06", "80", "3.06", "61.20", "38", "23.20" } };
		for (String[] y : years) {
			AgencyStats ct = stats(y[0] + "-09", atRate(y[1]), atRate(y[4]), target(y[2], y[5]));
			assertThat(ct.cases().derived().completionRate()).as(y[0]).isEqualByComparingTo(y[1]);
			assertThat(ct.gap().casesPoints()).as(y[0]).isEqualByComparingTo(y[3]);
			assertThat(ct.money().derived().completionRate()).as(y[0]).isEqualByComparingTo(y[4]);
			assertThat(ct.gap().moneyPoints()).as(y[0]).isEqualByComparingTo(y[6]);
		}
	}

	/** X of 10 000 enforceable giving exactly this rate. */
	private static Figures atRate(String rate) {
		return enforceable(new BigDecimal(rate).movePointRight(2).longValueExact(), 10_000);
	}

}
