package vn.thads.portal.report;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.report.NarrativeFacts.Results;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thads.portal.report.ReportMessages.EN;
import static vn.thads.portal.report.ReportMessages.VI;

/**
 * The narrative words the numbers it is given in the style of the seed articles, with the
 * sign of a gap or a change said in words.
 */
class NarrativeWriterTests {

	private static final ReportingPeriod YEAR_2022 = ReportingPeriod.of(2022, 9);

	/** KG22 by cases: X 12 230 of G 14 647, 83,50 %, target 81,50, gap +2,00. */
	private static final Results KG22_CASES = Results.of(12_230, 14_647, new BigDecimal("83.50"))
		.withTarget(new BigDecimal("81.50"), new BigDecimal("2.00"));

	/** KG22 by money, with 2021: X 790 981 267, +47,30 %, rate +9,90 points. */
	private static final Results KG22_MONEY = Results.of(1_165_081_049L, 2_015_887_559L, new BigDecimal("57.79"))
		.withTarget(new BigDecimal("40.10"), new BigDecimal("17.69"))
		.withPreviousYear(790_981_267L, new BigDecimal("47.30"), new BigDecimal("9.90"));

	private final NarrativeWriter writer = ReportMessages.narrative();

	@Test
	void kienGiang2022InTheWordsOfTheProvince() {
		List<String> paragraphs = this.writer.write(facts(AgencyLevel.PROVINCE, KG22_CASES, KG22_MONEY), VI);

		assertThat(paragraphs).containsExactly(
				"Thực hiện chế độ báo cáo thống kê thi hành án dân sự, Cục Thi hành án dân sự tỉnh Kiên Giang "
						+ "báo cáo kết quả thi hành án dân sự (Quý IV năm 2022) như sau:",
				"Toàn tỉnh đã thi hành xong 12.230 việc trên tổng số 14.647 việc có điều kiện, đạt tỷ lệ 83,50 %, "
						+ "vượt 2,00 % so với chỉ tiêu được giao (81,50 %).",
				"Về tiền, đã thi hành xong 1.165.081.049 nghìn đồng trên tổng số 2.015.887.559 nghìn đồng có điều "
						+ "kiện, đạt tỷ lệ 57,79 %, vượt 17,69 % so với chỉ tiêu được giao (40,10 %); số tiền thi hành "
						+ "xong tăng 47,30 % so với cùng kỳ năm 2021 (790.981.267 nghìn đồng), tỷ lệ thi hành xong "
						+ "tăng 9,90 %.");
	}

	@Test
	void belowTargetIsStillMissing() {
		// VP21 by cases: 80,90 % against 82,50 → "còn thiếu 1,60 %"
		Results vp21 = Results.of(5_200, 6_428, new BigDecimal("80.90"))
			.withTarget(new BigDecimal("82.50"), new BigDecimal("-1.60"));

		String cases = this.writer.write(facts(AgencyLevel.PROVINCE, vp21, KG22_MONEY), VI).get(1);

		assertThat(cases).contains("đạt tỷ lệ 80,90 %, còn thiếu 1,60 % so với chỉ tiêu được giao (82,50 %).")
			.doesNotContain("vượt")
			.doesNotContain("-");
	}

	@Test
	void exactlyOnTargetMeetsIt() {
		Results onTarget = Results.of(80, 100, new BigDecimal("80.00"))
			.withTarget(new BigDecimal("80.00"), new BigDecimal("0.00"));

		assertThat(this.writer.write(facts(AgencyLevel.LOCAL, onTarget, KG22_MONEY), VI).get(1))
			.isEqualTo("Đơn vị đã thi hành xong 80 việc trên tổng số 100 việc có điều kiện, đạt tỷ lệ 80,00 %, "
					+ "đạt chỉ tiêu được giao (80,00 %).");
	}

	@Test
	void aDecreaseOnLastYearIsSaidAsSuch() {
		Results fewer = Results.of(2_628, 3_313, new BigDecimal("79.32"))
			.withPreviousYear(2_900, new BigDecimal("-9.38"), new BigDecimal("-1.25"));

		String cases = this.writer.write(facts(AgencyLevel.PROVINCE, fewer, KG22_MONEY), VI).get(1);

		assertThat(cases).isEqualTo("Toàn tỉnh đã thi hành xong 2.628 việc trên tổng số 3.313 việc có điều kiện, "
				+ "đạt tỷ lệ 79,32 %; số việc thi hành xong giảm 9,38 % so với cùng kỳ năm 2021 (2.900 việc), "
				+ "tỷ lệ thi hành xong giảm 1,25 %.");
	}

	@Test
	void anUnchangedOrUncomparableRateIsSaidInWords() {
		Results same = Results.of(10, 20, new BigDecimal("50.00")).withPreviousYear(10, BigDecimal.ZERO, null);

		assertThat(this.writer.write(facts(AgencyLevel.PROVINCE, same, KG22_MONEY), VI).get(1))
			.endsWith("; số việc thi hành xong không thay đổi so với cùng kỳ năm 2021 (10 việc), "
					+ "tỷ lệ thi hành xong không so sánh được.");
	}

	@Test
	void withoutEnforceableCasesThereIsNoRateToTell() {
		Results none = Results.of(0, 0, null);

		List<String> paragraphs = this.writer.write(facts(AgencyLevel.CENTRAL, none, none), VI);

		assertThat(paragraphs.get(1)).isEqualTo("Toàn quốc không có việc có điều kiện thi hành trong kỳ báo cáo.");
		assertThat(paragraphs.get(2)).doesNotContain("—").startsWith("Về tiền, không có");
	}

	@Test
	void englishWordsTheSameNumbers() {
		List<String> paragraphs = this.writer.write(facts(AgencyLevel.PROVINCE, KG22_CASES, KG22_MONEY), EN);

		assertThat(paragraphs.get(1)).isEqualTo("The province resolved 12.230 cases out of 14.647 enforceable cases, "
				+ "a completion rate of 83,50 %, 2,00 points above the assigned target (81,50 %).");
		assertThat(paragraphs.get(2)).contains("up 47,30 % on the same period of 2021");
	}

	@Test
	void aCategoryInTheWordsOfSeed003() {
		NarrativeFacts.Category bank = new NarrativeFacts.Category("tín dụng, ngân hàng", new BigDecimal("29.24"),
				new BigDecimal("27.69"), new BigDecimal("47.40"));

		List<String> province = this.writer.write(withCategories(AgencyLevel.PROVINCE, bank), VI);
		List<String> country = this.writer.write(withCategories(AgencyLevel.CENTRAL, bank), VI);

		assertThat(province).hasSize(4)
			.last()
			.isEqualTo("Kết quả thi hành các vụ việc tín dụng, ngân hàng đạt tỷ lệ 29,24 % về việc và 27,69 % về "
					+ "tiền, trong khi loại này chiếm 47,40 % về tiền so với tổng số tiền phải thi hành của cả tỉnh.");
		assertThat(country.get(3)).endsWith("phải thi hành của toàn quốc.");
		assertThat(this.writer.write(withCategories(AgencyLevel.PROVINCE, bank), EN).get(3))
			.isEqualTo("Cases of tín dụng, ngân hàng reached a completion rate of 29,24 % by cases and 27,69 % by "
					+ "money, while they make up 47,40 % of the money to enforce in the province.");
	}

	@Test
	void aCategoryWithoutARateSaysSoWithoutADash() {
		NarrativeFacts.Category none = new NarrativeFacts.Category("tín dụng, ngân hàng", new BigDecimal("29.24"), null,
				new BigDecimal("47.40"));

		String sentence = this.writer.write(withCategories(AgencyLevel.PROVINCE, none), VI).get(3);

		assertThat(sentence).startsWith("Các vụ việc tín dụng, ngân hàng không có đủ số liệu").doesNotContain("—");
	}

	private static NarrativeFacts withCategories(AgencyLevel level, NarrativeFacts.Category... categories) {
		return new NarrativeFacts(level, "Cục Thi hành án dân sự tỉnh Kiên Giang", YEAR_2022, "Quý IV năm 2022",
				KG22_CASES, KG22_MONEY, List.of(categories));
	}

	private static NarrativeFacts facts(AgencyLevel level, Results cases, Results money) {
		return new NarrativeFacts(level, "Cục Thi hành án dân sự tỉnh Kiên Giang", YEAR_2022, "Quý IV năm 2022", cases,
				money);
	}

}
