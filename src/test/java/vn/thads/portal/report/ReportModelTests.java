package vn.thads.portal.report;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ReturnStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The view model carries the figures it is given and derives nothing but through
 * derive().
 */
class ReportModelTests {

	private final ReportDocument kg22 = Kg22Report.document(3, 1, ReportMessages.VI, ReportMessages.titles(),
			ReportMessages.narrative());

	@Test
	void theTwoBandsHoldTheTwentyColumnsInPrintedOrder() {
		assertThat(ReportBand.INTAKE.columns()).hasSize(10)
			.startsWith(FormColumn.CARRIED_OVER)
			.endsWith(FormColumn.REDUCED);
		assertThat(ReportBand.RESULTS.columns()).hasSize(10)
			.startsWith(FormColumn.IN_PROGRESS)
			.endsWith(FormColumn.CONDITIONS_SHARE);
		assertThat(ReportBand.INTAKE.withTarget()).isFalse();
		assertThat(ReportBand.RESULTS.withTarget()).isTrue();
	}

	@Test
	void aRowShowsEnteredAndDerivedColumns() {
		ReportRow total = this.kg22.cases().total();
		assertThat(total.value(FormColumn.CARRIED_OVER)).isEqualTo(7_776L);
		assertThat(total.value(FormColumn.RESOLVED)).isEqualTo(12_230L);
		assertThat(total.value(FormColumn.WITH_CONDITIONS)).isEqualTo(14_647L);
		assertThat((BigDecimal) total.value(FormColumn.COMPLETION_RATE)).isEqualByComparingTo("83.50");
		assertThat(total.rate()).isEqualByComparingTo("83.50");
		assertThat(total.gap()).isEqualByComparingTo("2.00");
		assertThat(this.kg22.money().total().rate()).isEqualByComparingTo("57.79");
		assertThat(this.kg22.money().total().gap()).isEqualByComparingTo("17.69");
	}

	@Test
	void unapprovedUnitsAreListedAndMarked() {
		List<ReportRow> rows = this.kg22.cases().rows();
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0).unitName()).isEqualTo(Kg22Report.OWN_ROW);
		assertThat(rows.get(1).status()).isEqualTo(ReturnStatus.SUBMITTED);
		assertThat(rows.get(1).approved()).isFalse();
		assertThat(rows.get(2).approved()).isTrue();
		assertThat(this.kg22.unapprovedUnits()).containsExactly("Chi cục THADS thành phố Rạch Giá");
		assertThat(this.kg22.fullyApproved()).isFalse();
		assertThat(Kg22Report.document(3, 0, ReportMessages.VI, ReportMessages.titles(), ReportMessages.narrative())
			.fullyApproved()).isTrue();
	}

	@Test
	void theFixtureRowsAddUpToThePublishedTotals() {
		long completed = this.kg22.money().rows().stream().mapToLong((r) -> r.figures().completed()).sum();
		assertThat(completed).isEqualTo(1_165_081_049L);
		assertThat(this.kg22.narrative()).hasSize(3);
		assertThat(this.kg22.tables()).containsExactly(this.kg22.cases(), this.kg22.money());
	}

}
