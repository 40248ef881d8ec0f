package vn.thads.portal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.stats.AgencyStats;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.stats.FormTotals;
import vn.thads.portal.stats.StatsEngine;
import vn.thads.portal.stats.StatsFixtures;
import vn.thads.portal.stats.UnitBreakdown;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thads.portal.report.ReportMessages.VI;

/**
 * Reports assembled from the statistics engine: the demo's Kiên Giang quý IV 2022 (the
 * published KG22 figures), a district, the whole country, and provinces of the test's
 * own. Every row is the engine's row, the total the engine's total.
 */
@FullStack
class ReportAssemblerTests {

	static final ReportingPeriod SEP_2022 = ReportingPeriod.of(2022, 9);

	static final LocalDate REPORT_DATE = LocalDate.of(2022, 10, 5);

	/** The first column of Kiên Giang's tables: its office, then the districts A to Z. */
	static final List<String> KG_ROWS = List.of("Văn phòng Cục THADS tỉnh", "An Biên", "An Minh", "Châu Thành",
			"Giang Thành", "Giồng Riềng", "Gò Quao", "Hà Tiên", "Hòn Đất", "Kiên Hải", "Kiên Lương", "Phú Quốc",
			"Rạch Giá", "Tân Hiệp", "U Minh Thượng", "Vĩnh Thuận");

	@Autowired
	TestAgencies testAgencies;

	@Autowired
	StatsFixtures statsFixtures;

	@Autowired
	ReportAssembler assembler;

	@Autowired
	StatsEngine engine;

	@Autowired
	AgencyDirectory directory;

	@Test
	void kienGiangQuarterFourIsTheEnginesBreakdownWithThePublishedTotals() {
		AgencyRef kg = this.directory.getByCode("KG");
		ReportDocument report = quarterIV(kg);

		UnitBreakdown engine = this.engine.units(kg, SEP_2022, Basis.SUBMITTED);
		assertThat(report.cases().rows()).extracting(ReportRow::unitName).containsExactlyElementsOf(KG_ROWS);
		Map<String, AgencyStats> byLabel = byLabel(engine, "Văn phòng Cục THADS tỉnh");
		for (ReportTable table : report.tables()) {
			for (ReportRow row : table.rows()) {
				assertRowIs(row, byLabel.get(row.unitName()), table);
			}
			assertRowIs(table.total(), engine.total(), table);
		}
		ReportRow cases = report.cases().total();
		assertThat(cases.derived().resolved()).isEqualTo(12_230);
		assertThat(cases.derived().withConditions()).isEqualTo(14_647);
		assertThat(cases.rate()).isEqualByComparingTo("83.50");
		assertThat(cases.target()).isEqualByComparingTo("81.50");
		assertThat(cases.gap()).isEqualByComparingTo("2.00");
		ReportRow money = report.money().total();
		assertThat(money.derived().resolved()).isEqualTo(1_165_081_049L);
		assertThat(money.derived().withConditions()).isEqualTo(2_015_887_559L);
		assertThat(money.rate()).isEqualByComparingTo("57.79");
		assertThat(money.gap()).isEqualByComparingTo("17.69");

		// KG-KH's return is submitted, not approved: its row is marked and the report
		// says so
		assertThat(report.cases().rows()).filteredOn((row) -> !row.approved())
			.extracting(ReportRow::unitName, ReportRow::status)
			.containsExactly(tuple("Kiên Hải", ReturnStatus.SUBMITTED));
		assertThat(report.unapprovedUnits()).containsExactly("Chi cục Thi hành án dân sự huyện Kiên Hải");
		assertThat(report.approvedOnly()).isFalse();
		assertThat(report.unapprovedKey()).isEqualTo("report.notice.unapproved");
	}

	@Test
	void kienGiangsHeadingAndNarrative() {
		AgencyRef kg = this.directory.getByCode("KG");
		ReportDocument report = quarterIV(kg);

		assertThat(report.parentAgencyName()).isEqualTo("Tổng cục Thi hành án dân sự");
		assertThat(report.agencyName()).isEqualTo("Cục Thi hành án dân sự tỉnh Kiên Giang");
		assertThat(report.placeName()).isEqualTo("Kiên Giang");
		assertThat(report.date()).isEqualTo(REPORT_DATE);
		assertThat(report.numberSymbol()).isEqualTo("…/BC-CTHADS");
		assertThat(report.recipient()).isEqualTo("Tổng cục Thi hành án dân sự");
		assertThat(report.circular()).isEqualTo("06/2019/TT-BTP");
		assertThat(report.periodTitle()).isEqualTo("Quý IV năm 2022");
		// the opening, cases, money, the one category with figures (bank credit) and the
		// citizen reception
		assertThat(report.narrative()).hasSize(7);
		assertThat(report.narrative().get(4)).contains("đã tiếp 191 lượt công dân (195 người)");
		// the other companion forms, each with the same period last year (issue 14 item
		// 5)
		assertThat(report.narrative().get(5)).startsWith("Về công tác giải quyết khiếu nại, tố cáo, đã nhận ")
			.contains("Cùng kỳ năm trước đã nhận ");
		assertThat(report.narrative().get(6))
			.startsWith("Trong công tác theo dõi thi hành án hành chính (THAHC), tổng số bản án, quyết định")
			.contains("Cùng kỳ năm trước phải theo dõi ");
		assertThat(report.categories()).extracting(ReportCategory::name).containsExactly("tín dụng, ngân hàng");
		assertThat(report.narrative().get(1))
			.startsWith("Toàn tỉnh đã thi hành xong 12.230 việc trên tổng số 14.647 việc có điều kiện, "
					+ "đạt tỷ lệ 83,50 %, vượt 2,00 % so với chỉ tiêu được giao (81,50 %)");
		assertThat(report.narrative().get(2))
			.startsWith("Về tiền, đã thi hành xong 1.165.081.049 nghìn đồng trên tổng số 2.015.887.559 nghìn đồng "
					+ "có điều kiện, đạt tỷ lệ 57,79 %, vượt 17,69 % so với chỉ tiêu được giao (40,10 %)")
			.contains("tăng 47,30 % so với cùng kỳ năm 2021 (790.981.267 nghìn đồng)")
			.endsWith("tỷ lệ thi hành xong tăng 9,90 %.");
	}

	@Test
	void theApprovedBasisLeavesOutTheSubmittedReturnAndSaysSo() {
		AgencyRef kg = this.directory.getByCode("KG");
		ReportDocument report = this.assembler.assemble(request(kg, SEP_2022, ReportKind.YEAR, Basis.APPROVED), VI);

		UnitBreakdown approved = this.engine.units(kg, SEP_2022, Basis.APPROVED);
		assertThat(report.money().total().figures()).isEqualTo(approved.total().money().figures());
		assertThat(report.money().total().derived().resolved()).isLessThan(1_165_081_049L);
		assertThat(report.periodTitle()).isEqualTo("12 tháng năm 2022");
		assertThat(report.approvedOnly()).isTrue();
		assertThat(report.unapprovedKey()).isEqualTo("report.notice.excluded");
		assertThat(report.unapprovedUnits()).containsExactly("Chi cục Thi hành án dân sự huyện Kiên Hải");
	}

	@Test
	void aDistrictReportsItsOwnReturnToItsProvince() {
		AgencyRef rachGia = this.directory.getByCode("KG-RG");
		ReportDocument report = quarterIV(rachGia);

		AgencyStats engine = this.engine.stats(rachGia, SEP_2022, Basis.SUBMITTED);
		assertThat(report.cases().rows()).extracting(ReportRow::unitName).containsExactly("Rạch Giá");
		assertRowIs(report.cases().rows().get(0), engine, report.cases());
		assertRowIs(report.money().total(), engine, report.money());
		assertThat(report.parentAgencyName()).isEqualTo("Cục Thi hành án dân sự tỉnh Kiên Giang");
		assertThat(report.recipient()).isEqualTo("Cục Thi hành án dân sự tỉnh Kiên Giang");
		assertThat(report.placeName()).isEqualTo("Rạch Giá");
		assertThat(report.numberSymbol()).isEqualTo("…/BC-CCTHADS");
		assertThat(report.narrative().get(1)).startsWith("Đơn vị đã thi hành xong ");
		assertThat(report.fullyApproved()).isTrue();
	}

	@Test
	void theCentralReportHasAProvinceARowAndNoRowOfItsOwn() {
		AgencyRef central = this.directory.getByCode("TW");
		ReportDocument report = quarterIV(central);

		UnitBreakdown engine = this.engine.units(central, SEP_2022, Basis.SUBMITTED);
		// the central agency files no return; other tests may add provinces without any
		assertThat(report.cases().rows()).extracting(ReportRow::unitName)
			// today's provinces, each with its predecessors' figures of 2022 (domain.md
			// §1a)
			.containsSubsequence("An Giang", "Phú Thọ", "Tây Ninh")
			.doesNotContain("Cơ quan Tổng cục THADS");
		Map<String, AgencyStats> byLabel = byLabel(engine, "Cơ quan Tổng cục THADS");
		for (ReportRow row : report.money().rows()) {
			assertRowIs(row, byLabel.get(row.unitName()), report.money());
		}
		assertRowIs(report.cases().total(), engine.total(), report.cases());
		assertThat(report.parentAgencyName()).isEqualTo("Bộ Tư pháp");
		assertThat(report.recipient()).isEqualTo("Bộ Tư pháp");
		assertThat(report.placeName()).isEqualTo("Hà Nội");
		assertThat(report.numberSymbol()).isEqualTo("…/BC-TCTHADS");
		assertThat(report.narrative().get(1)).startsWith("Toàn quốc đã thi hành xong ");
		assertThat(report.unapprovedUnits()).contains("Chi cục Thi hành án dân sự huyện Kiên Hải");
	}

	/**
	 * A province of the test's own in statistical year 2025: no target, no previous year,
	 * returns approved, submitted and missing, more units not approved than the notice
	 * names.
	 */
	@Test
	void rowsAreApprovedOnlyWhenEveryReturnInThemIsAndTheNoticeNamesTenUnits() {
		AgencyRef province = this.testAgencies.province();
		List<AgencyRef> units = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			units.add(this.testAgencies.local(province));
		}
		this.statsFixtures.file(province, "2025-06", ReturnStatus.APPROVED, StatsFixtures.enforceable(80, 100),
				StatsFixtures.enforceable(4_000, 10_000));
		this.statsFixtures.file(units.get(0), "2025-06", ReturnStatus.SUBMITTED, StatsFixtures.enforceable(5, 10),
				StatsFixtures.enforceable(50, 100));
		this.statsFixtures.file(units.get(1), "2025-06", ReturnStatus.DRAFT, StatsFixtures.enforceable(1, 1),
				StatsFixtures.enforceable(1, 1));

		ReportDocument report = this.assembler
			.assemble(request(province, ReportingPeriod.of(2025, 6), ReportKind.QUARTER, Basis.SUBMITTED), VI);

		assertThat(report.circular()).isEqualTo("05/2024/TT-BTP");
		assertThat(report.periodTitle()).isEqualTo("Quý III năm 2025");
		ReportTable cases = report.cases();
		assertThat(cases.rows()).hasSize(12);
		assertThat(cases.rows().get(0).unitName()).isEqualTo("Văn phòng Cục THADS tỉnh");
		assertThat(cases.rows().get(0).status()).isEqualTo(ReturnStatus.APPROVED);
		assertThat(row(cases, units.get(0)).status()).isEqualTo(ReturnStatus.SUBMITTED);
		assertThat(row(cases, units.get(1)).status()).isNull();
		assertThat(row(cases, units.get(2)).status()).isNull();
		assertThat(cases.total().derived().resolved()).isEqualTo(85);
		assertThat(cases.total().target()).isNull();
		assertThat(cases.total().gap()).isNull();
		assertThat(report.narrative().get(1))
			.isEqualTo("Toàn tỉnh đã thi hành xong 85 việc trên tổng số 110 việc có điều kiện, đạt tỷ lệ 77,27 %.");
		// ten of the eleven units not approved by name, then how many more
		List<String> names = units.stream().map(AgencyRef::name).toList();
		assertThat(report.unapprovedUnits()).hasSize(ReportAssembler.NAMED_UNAPPROVED + 1)
			.endsWith("và 1 đơn vị khác")
			.doesNotContain(province.name());
		assertThat(report.unapprovedUnits().subList(0, ReportAssembler.NAMED_UNAPPROVED)).isSubsetOf(names)
			.doesNotHaveDuplicates();
	}

	/** The report of quý IV 2022, counting submitted and approved returns. */
	private ReportDocument quarterIV(AgencyRef agency) {
		return this.assembler.assemble(request(agency, SEP_2022, ReportKind.QUARTER, Basis.SUBMITTED), VI);
	}

	private static ReportRequest request(AgencyRef agency, ReportingPeriod period, ReportKind kind, Basis basis) {
		return new ReportRequest(agency, period, kind, basis, REPORT_DATE, true);
	}

	/** The engine's rows by the label the report gives them. */
	private static Map<String, AgencyStats> byLabel(UnitBreakdown engine, String ownLabel) {
		Map<String, AgencyStats> rows = new HashMap<>();
		for (AgencyStats row : engine.units()) {
			rows.put(row.ownReturnOnly() ? ownLabel : row.agency().shortName(), row);
		}
		return rows;
	}

	private static ReportRow row(ReportTable table, AgencyRef unit) {
		return table.rows().stream().filter((r) -> r.unitName().equals(unit.shortName())).findFirst().orElseThrow();
	}

	/** A row shows the engine's figures, derived rows, target and gap of its form. */
	static void assertRowIs(ReportRow row, AgencyStats stats, ReportTable table) {
		boolean cases = table.form() == Form.CASES;
		FormTotals totals = cases ? stats.cases() : stats.money();
		assertThat(row.figures()).as(row.unitName()).isEqualTo(totals.figures());
		assertThat(row.derived()).as(row.unitName()).isEqualTo(totals.derived());
		if (stats.target() == null) {
			assertThat(row.target()).isNull();
		}
		else {
			assertThat(row.target()).isEqualTo(cases ? stats.target().casesRate() : stats.target().moneyRate());
			assertThat(row.gap()).isEqualTo(cases ? stats.gap().casesPoints() : stats.gap().moneyPoints());
		}
	}

}
