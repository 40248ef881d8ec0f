package vn.thads.portal.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rounding rule: half-up to two decimals, no value for a zero denominator. */
class PercentTests {

	@Test
	void roundsHalfUpAtTheThirdDecimalFive() {
		// 1/8 = 12.5 % exactly; 1/16 = 6.25 %; 1/32 = 3.125 % -> 3.13 (half-up, not
		// half-even 3.12)
		assertThat(Percent.of(1, 32)).isEqualByComparingTo("3.13");
		assertThat(Percent.of(3, 32)).isEqualByComparingTo("9.38");
		assertThat(Percent.of(-1, 32)).isEqualByComparingTo("-3.13");
		assertThat(Percent.round(new BigDecimal("2.345"))).isEqualByComparingTo("2.35");
		assertThat(Percent.round(new BigDecimal("2.3449"))).isEqualByComparingTo("2.34");
	}

	@Test
	void alwaysTwoDecimals() {
		assertThat(Percent.of(1, 2).toPlainString()).isEqualTo("50.00");
		assertThat(Percent.of(1, 3).toPlainString()).isEqualTo("33.33");
		assertThat(Percent.of(2, 3).toPlainString()).isEqualTo("66.67");
	}

	@Test
	void aZeroDenominatorHasNoValue() {
		assertThat(Percent.of(5, 0)).isNull();
		assertThat(Percent.of(0, 0)).isNull();
		assertThat(Percent.change(10, 0)).isNull();
		assertThat(Percent.points(null, BigDecimal.ONE)).isNull();
	}

	@Test
	void relativeChangeOfAnAmount() {
		// KG22: money resolved 1 165 081 049 against 790 981 267 the year before: "tăng
		// 47,30 %"
		assertThat(Percent.change(1_165_081_049L, 790_981_267L)).isEqualByComparingTo("47.30");
	}

	@Test
	void pointsAreTakenBetweenRatesAsShown() {
		assertThat(Percent.points(new BigDecimal("57.79"), new BigDecimal("47.89"))).isEqualByComparingTo("9.90");
		assertThat(Percent.points(new BigDecimal("62.63"), new BigDecimal("88"))).isEqualByComparingTo("-25.37");
	}

	@Test
	void shareOfAnAmountIsExact() {
		assertThat(Percent.share(new BigDecimal("88"), 10_928)).isEqualByComparingTo("9616.64");
	}

}
