package vn.thads.portal.returns;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The companion forms' definition (issue 14): numbers, generated legends, fields, columns
 * and message keys from the lines; derived lines from their formulas; the lines an
 * installation leaves out.
 */
class CompanionFormTests {

	@Test
	void legendsFieldsAndColumnsComeFromTheLines() {
		assertThat(ComplaintLine.COMPLAINTS_OUTSTANDING.legend()).isEqualTo("(4) = (2) - (3)");
		assertThat(ComplaintLine.DENUNCIATIONS_OUTSTANDING.legend()).isEqualTo("(8) = (6) - (7)");
		assertThat(AdminJudgmentLine.TOTAL.legend()).isEqualTo("(3) = (1) + (2)");
		assertThat(AdminJudgmentLine.OUTSTANDING.legend()).isEqualTo("(5) = (3) - (4)");
		assertThat(ReceptionLine.LEADER_VISITS.field()).isEqualTo("reception.leaderVisits");
		assertThat(ReceptionLine.SQL_NAMES).containsExactly("reception_visits", "reception_people",
				"reception_leader_visits", "reception_leader_people", "reception_judgments_received");
		assertThat(CompanionForm.COMPLAINTS.sqlNames()).containsExactly("complaints_received", "complaints_competent",
				"complaints_resolved", "denunciations_received", "denunciations_competent", "denunciations_resolved");
		assertThat(CompanionForm.ADMIN_JUDGMENTS.sqlNames()).containsExactly("admin_judgments_carried_over",
				"admin_judgments_received", "admin_judgments_completed");
		assertThat(AdminJudgmentLine.COMPLETED.labelKey()).isEqualTo("return.adminJudgments.completed");
		assertThat(CompanionForm.line("complaints.complaintsResolved")).contains(ComplaintLine.COMPLAINTS_RESOLVED);
		assertThat(CompanionForm.line("cases.completed")).isEmpty();
	}

	@Test
	void derivedLinesAreComputedAndSumsAddEnteredLines() {
		CompanionValues one = new CompanionValues(CompanionForm.ADMIN_JUDGMENTS, List.of(12L, 20L, 9L));
		CompanionValues two = new CompanionValues(CompanionForm.ADMIN_JUDGMENTS, List.of(1L, 2L, 3L));
		assertThat(one.get(AdminJudgmentLine.TOTAL)).isEqualTo(32);
		assertThat(one.get(AdminJudgmentLine.OUTSTANDING)).isEqualTo(23);
		assertThat(one.plus(two).get(AdminJudgmentLine.OUTSTANDING)).isEqualTo(23 + 0);
		assertThat(one.byCode()).containsEntry("total", 32L).containsEntry("outstanding", 23L).hasSize(5);
	}

	@Test
	void theColumnsRecordsHoldEveryEnteredLine() {
		CompanionValues values = new CompanionValues(CompanionForm.COMPLAINTS, List.of(1L, 2L, 3L, 4L, 5L, 6L));
		assertThat(CompanionColumns.read(CompanionForm.COMPLAINTS, CompanionColumns.of(values))).isEqualTo(values);
		assertThat(new Reception(191, 195, 135, 139, 9838).values().get(ReceptionLine.LEADER_PEOPLE)).isEqualTo(139);
		assertThat(Reception.of(new Reception(191, 195, 135, 139, 9838).values()))
			.isEqualTo(new Reception(191, 195, 135, 139, 9838));
	}

	@Test
	void anInstallationMayLeaveOutALine() {
		CompanionSettings settings = new CompanionSettings(List.of("adminJudgments.carriedOver"));
		assertThat(settings.lines(CompanionForm.ADMIN_JUDGMENTS)).containsExactly(AdminJudgmentLine.RECEIVED,
				AdminJudgmentLine.TOTAL, AdminJudgmentLine.COMPLETED, AdminJudgmentLine.OUTSTANDING);
		assertThat(new CompanionSettings(null).lines(CompanionForm.ADMIN_JUDGMENTS)).hasSize(5);
	}

}
