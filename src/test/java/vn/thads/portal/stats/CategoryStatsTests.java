package vn.thads.portal.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The categories' sums (issue 14) through the same counting rule as the main forms, on
 * both sides of the 2025 switch: former province P (unit L, closed 30/06/2025) merged
 * into N (office K, successor of L) from 01/07/2025.
 */
@FullStack
class CategoryStatsTests {

	private static final String BANK = "TIN_DUNG_NGAN_HANG";

	private static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);

	@Autowired
	StatsEngine engine;

	@Autowired
	StatsFixtures fixtures;

	@Autowired
	TestAgencies agencies;

	@Autowired
	JdbcTemplate jdbc;

	AgencyRef p;

	AgencyRef l;

	AgencyRef n;

	AgencyRef k;

	@BeforeEach
	void structure() {
		this.agencies.province();
		LocalDate closed = LocalDate.of(2025, 6, 30);
		LocalDate opened = LocalDate.of(2025, 7, 1);
		this.p = this.agencies.agency(AgencyLevel.PROVINCE, TestAgencies.ROOT, LONG_AGO, closed, List.of());
		this.l = this.agencies.agency(AgencyLevel.LOCAL, this.p.code(), LONG_AGO, closed, List.of());
		this.n = this.agencies.agency(AgencyLevel.PROVINCE, TestAgencies.ROOT, opened, null, List.of(this.p.code()));
		this.k = this.agencies.agency(AgencyLevel.LOCAL, this.n.code(), opened, null, List.of(this.l.code()));
		// main forms: r resolved of 4r enforceable; bank credit: r/10 resolved of r
		for (String period : List.of("2024-09", "2025-03")) {
			file(this.p, period, ReturnStatus.APPROVED, 10);
			file(this.l, period, ReturnStatus.APPROVED, 100);
		}
		file(this.n, "2025-09", ReturnStatus.APPROVED, 1_000);
		file(this.k, "2025-09", ReturnStatus.SUBMITTED, 2_000);
		// a draft never counts, its category neither
		file(this.k, "2025-08", ReturnStatus.DRAFT, 5_000);
	}

	private void file(AgencyRef agency, String period, ReturnStatus status, long resolved) {
		this.fixtures.file(agency, period, status, carried(resolved, 4 * resolved),
				carried(resolved * 1000, 4 * resolved * 1000));
		bank(agency, period, carried(resolved / 10, resolved), carried(resolved * 100, resolved * 1000));
	}

	/** G1 = X, G4 = G − X, all carried over: F = G. */
	private static Figures carried(long resolved, long withConditions) {
		return StatsFixtures.enforceable(resolved, withConditions).with(FormColumn.CARRIED_OVER, withConditions);
	}

	private void bank(AgencyRef agency, String period, Figures cases, Figures money) {
		List<Object> values = new ArrayList<>(List.of(BANK));
		for (Form form : Form.values()) {
			for (FormColumn column : FormColumn.ENTERED) {
				values.add(form == Form.CASES ? cases.get(column) : money.get(column));
			}
		}
		values.add(agency.id());
		values.add(ReportingPeriod.parse(period, 10).monthStart());
		this.jdbc.update("insert into return_category_figures (return_id, category_code, "
				+ String.join(", ", FormColumn.SQL_NAMES) + ") select id, ?" + ", ?".repeat(FormColumn.SQL_NAMES.size())
				+ " from monthly_return where agency_id = ? and period = ?", values.toArray());
	}

	private static CategoryStats bankOf(List<CategoryStats> categories) {
		return categories.stream().filter((c) -> c.category().code().equals(BANK)).findFirst().orElseThrow();
	}

	@Test
	void aCategoryIsSummedOverTheSubtreeWithItsRatesAndShare() {
		CategoryStats bank = bankOf(this.engine.categories(this.n, ReportingPeriod.of(2025, 9), Basis.SUBMITTED));
		assertThat(bank.cases().derived().resolved()).isEqualTo(100 + 200);
		assertThat(bank.cases().derived().withConditions()).isEqualTo(1_000 + 2_000);
		assertThat(bank.cases().derived().completionRate()).isEqualByComparingTo("10.00");
		assertThat(bank.money().derived().completionRate()).isEqualByComparingTo("10.00");
		// money to enforce: the category's 3.000.000 of the main form's 12.000.000
		assertThat(bank.money().derived().mustEnforce()).isEqualTo(3_000_000);
		assertThat(bank.shareOfMoney()).isEqualByComparingTo("25.00");
		// the approved basis leaves K's submitted return out, its category too
		CategoryStats approved = bankOf(this.engine.categories(this.n, ReportingPeriod.of(2025, 9), Basis.APPROVED));
		assertThat(approved.cases().derived().resolved()).isEqualTo(100);
	}

	@Test
	void beforeItExistedAPresentProvincesCategoriesAreItsPredecessorsAndSoIsLastYear() {
		CategoryStats before = bankOf(this.engine.categories(this.n, ReportingPeriod.of(2025, 3), Basis.SUBMITTED));
		assertThat(before.cases().derived().resolved()).isEqualTo(1 + 10);
		CategoryStats after = bankOf(this.engine.categories(this.n, ReportingPeriod.of(2025, 9), Basis.SUBMITTED));
		assertThat(after.casesLastYear().derived().resolved()).as("P and L in 2024-09").isEqualTo(1 + 10);
		CategoryStats office = bankOf(this.engine.categories(this.k, ReportingPeriod.of(2025, 9), Basis.SUBMITTED));
		assertThat(office.casesLastYear().derived().resolved()).as("K's cùng kỳ: L").isEqualTo(10);
		CategoryStats draft = bankOf(this.engine.categories(this.k, ReportingPeriod.of(2025, 8), Basis.SUBMITTED));
		assertThat(draft.cases().derived().resolved()).isZero();
		assertThat(draft.shareOfMoney()).isNull();
	}

}
