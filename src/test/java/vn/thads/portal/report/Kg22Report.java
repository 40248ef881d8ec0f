package vn.thads.portal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.report.NarrativeFacts.Results;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.shared.Percent;

/**
 * A report built in the test from the published KG22 figures (Cục THADS tỉnh Kiên Giang,
 * year 2022, fixtures/published-figures.md, copied here): the province's totals split
 * across district rows plus the province's own row. This class plays the statistics
 * engine (sums, gaps, changes), which is not on this branch; the report module itself
 * computes none of them.
 */
final class Kg22Report {

	static final ReportingPeriod PERIOD = ReportingPeriod.of(2022, 9);

	/** Cases, the completed published form: X 12 230, G 14 647, R 83,50. */
	static final Figures CASES = new Figures(7_776, 12_576, 0, 0, 5_705, 12_056, 174, 0, 2_417, 0, 0, 0);

	/** Money (A + B = 3 478 152 572, D = 73 086 304): X 1 165 081 049, R 57,79. */
	static final Figures MONEY = new Figures(1_000_000_000L, 2_478_152_572L, 73_086_304L, 0, 1_389_178_709L,
			1_165_081_049L, 0, 0, 850_806_510L, 0, 0, 0);

	static final BigDecimal CASES_TARGET = new BigDecimal("81.50");

	static final BigDecimal MONEY_TARGET = new BigDecimal("40.10");

	/** Money resolved in the same period of 2021, and the 2021 rate as shown (47,89). */
	static final long MONEY_RESOLVED_2021 = 790_981_267L;

	static final BigDecimal MONEY_RATE_2021 = new BigDecimal("47.89");

	/** The fifteen districts of Kiên Giang in the demo data's order. */
	static final List<District> DISTRICTS = List.of(new District("thành phố", "Rạch Giá"),
			new District("thành phố", "Hà Tiên"), new District("thành phố", "Phú Quốc"),
			new District("huyện", "Kiên Lương"), new District("huyện", "Hòn Đất"), new District("huyện", "Tân Hiệp"),
			new District("huyện", "Châu Thành"), new District("huyện", "Giồng Riềng"), new District("huyện", "Gò Quao"),
			new District("huyện", "An Biên"), new District("huyện", "An Minh"), new District("huyện", "Vĩnh Thuận"),
			new District("huyện", "U Minh Thượng"), new District("huyện", "Giang Thành"),
			new District("huyện", "Kiên Hải"));

	static final String OWN_ROW = "Văn phòng Cục";

	private Kg22Report() {
	}

	/**
	 * The report with {@code districts} district rows and the province's own row;
	 * {@code unapproved} districts (the first ones) have a submitted, not approved,
	 * return.
	 */
	static ReportDocument document(int districts, int unapproved, Locale locale, ReportTitles titles,
			NarrativeWriter narrative) {
		String periodTitle = titles.period(PERIOD, ReportKind.QUARTER, locale);
		// Rows carry the short name (the table's first column is narrow), the notice the
		// full one
		List<String> names = new ArrayList<>();
		List<String> notApproved = new ArrayList<>();
		for (int i = 0; i < districts; i++) {
			names.add(DISTRICTS.get(i).name());
			if (i < unapproved) {
				notApproved.add(DISTRICTS.get(i).fullName());
			}
		}
		ReportTable cases = table(Form.CASES, CASES, CASES_TARGET, names, unapproved);
		ReportTable money = table(Form.MONEY, MONEY, MONEY_TARGET, names, unapproved);
		NarrativeFacts facts = new NarrativeFacts(AgencyLevel.PROVINCE, "Cục Thi hành án dân sự tỉnh Kiên Giang",
				PERIOD, periodTitle, results(cases.total()),
				results(money.total()).withPreviousYear(MONEY_RESOLVED_2021,
						Percent.change(money.total().derived().resolved(), MONEY_RESOLVED_2021),
						Percent.points(money.total().rate(), MONEY_RATE_2021)));
		return new ReportDocument("Tổng cục Thi hành án dân sự", "Cục Thi hành án dân sự tỉnh Kiên Giang", "Kiên Giang",
				LocalDate.of(2022, 10, 5), "…/BC-CTHADS", "Tổng cục THADS", "06/2019/TT-BTP", PERIOD, periodTitle,
				cases, money, narrative.write(facts, locale), notApproved, false);
	}

	static Results results(ReportRow row) {
		return Results.of(row.derived().resolved(), row.derived().withConditions(), row.rate())
			.withTarget(row.target(), row.gap());
	}

	/**
	 * Each district gets a share of every entered figure (district i weighs i + 1); the
	 * province's own row takes the rest, so the rows add up to the published total.
	 */
	private static ReportTable table(Form form, Figures total, BigDecimal target, List<String> names, int unapproved) {
		long weights = 0;
		for (int i = 0; i <= names.size(); i++) {
			weights += i + 1;
		}
		List<ReportRow> rows = new ArrayList<>();
		Figures rest = total;
		for (int i = 0; i < names.size(); i++) {
			Figures share = Figures.ZERO;
			for (FormColumn column : FormColumn.ENTERED) {
				share = share.with(column, total.get(column) * (i + 1) / weights);
			}
			rest = rest.minus(share);
			rows.add(row(names.get(i), share, target,
					(i < unapproved) ? ReturnStatus.SUBMITTED : ReturnStatus.APPROVED));
		}
		rows.add(0, row(OWN_ROW, rest, target, ReturnStatus.APPROVED));
		return new ReportTable(form, rows, row(null, total, target, null));
	}

	private static ReportRow row(String name, Figures figures, BigDecimal target, ReturnStatus status) {
		BigDecimal rate = figures.derive().completionRate();
		return ReportRow.of(name, figures, target, Percent.points(rate, target), status);
	}

	/** A district: its short name in the tables, its agency's full name elsewhere. */
	record District(String kind, String name) {

		String fullName() {
			return "Chi cục THADS " + this.kind + " " + this.name;
		}

	}

}
