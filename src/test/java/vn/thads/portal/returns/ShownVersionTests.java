package vn.thads.portal.returns;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nobody acts on figures they did not see (issue 11, item 5): every action carries the
 * version shown, a return changed since is refused with what changed, and the entry
 * page's save-then-submit is one transaction.
 */
@FullStack
class ShownVersionTests {

	static final ReturnFigures VALID = PublishedForms.KG22;

	static final ReturnFigures CORRECTED = new ReturnFigures(
			VALID.cases().with(FormColumn.COMPLETED, 12_100).with(FormColumn.IN_PROGRESS, 2_373), VALID.money());

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Autowired
	ReturnEntry entry;

	@Autowired
	ReturnWorkflow workflow;

	@Autowired
	ReturnSubmission submission;

	@Autowired
	ReturnBook book;

	TestUnits units;

	PortalUser officer;

	PortalUser leader;

	@BeforeEach
	void units() {
		this.units = TestUnits.create(this.agencies, this.users);
		this.officer = TestUnits.user(this.units.officer());
		this.leader = TestUnits.user(this.units.leader());
	}

	private ReturnView stored(String period) {
		return this.book.open(this.leader, this.units.province(), period);
	}

	/**
	 * Submitted at version 1, returned, corrected by the officer and submitted again: the
	 * leader who opened version 1 never saw the corrected figures.
	 */
	private ReturnView correctedBehindTheLeadersBack(String period) {
		String p = this.units.province();
		ReturnView created = this.entry.save(this.officer, p, period, null, VALID);
		ReturnView submitted = this.workflow.submit(this.officer, p, period, created.version(), null);
		ReturnView returned = this.workflow.sendBack(this.leader, p, period, submitted.version(), "Xem lại");
		ReturnView corrected = this.entry.save(this.officer, p, period, returned.version(), CORRECTED);
		this.workflow.submit(this.officer, p, period, corrected.version(), null);
		return submitted;
	}

	@Test
	void everyActionWithoutAVersionIsRefusedOnTheVersionField() {
		String p = this.units.province();
		ReturnView created = this.entry.save(this.officer, p, "2020-09", null, VALID);
		assertThatThrownBy(() -> this.workflow.submit(this.officer, p, "2020-09", null, null))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getProblems())
				.containsExactly(FieldProblem.of("version", "return.version.required")));
		this.workflow.submit(this.officer, p, "2020-09", created.version(), null);
		assertThatThrownBy(() -> this.workflow.approve(this.leader, p, "2020-09", null))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.workflow.sendBack(this.leader, p, "2020-09", null, " ")).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.getProblems()).extracting(FieldProblem::field)
					.containsExactly("version", "comment"));
		assertThatThrownBy(() -> this.workflow.reopen(this.leader, p, "2020-09", null, "Sửa"))
			.isInstanceOf(InvalidInputException.class);
		assertThat(stored("2020-09").status()).isEqualTo(ReturnStatus.SUBMITTED);
	}

	@Test
	void approvingAVersionNoLongerStoredApprovesNothingAndSaysWhatChanged() {
		ReturnView seen = correctedBehindTheLeadersBack("2020-09");
		assertThatThrownBy(() -> this.workflow.approve(this.leader, this.units.province(), "2020-09", seen.version()))
			.isInstanceOfSatisfying(StaleReturnException.class, (ex) -> {
				assertThat(ex.current().version()).isEqualTo(4);
				assertThat(ex.current().status()).isEqualTo(ReturnStatus.SUBMITTED);
				assertThat(ex.changed().shown()).isEqualTo(1);
				assertThat(ex.changed().changes()).containsExactly(new FieldChange("cases.completed", 12_056L, 12_100L),
						new FieldChange("cases.inProgress", 2_417L, 2_373L));
				assertThat(ex.changed().since()).extracting(HistoryEntry::action)
					.containsExactly(ReturnAction.RETURNED, ReturnAction.SAVED, ReturnAction.SUBMITTED);
			});
		assertThat(stored("2020-09").status()).isEqualTo(ReturnStatus.SUBMITTED);
		assertThat(this.workflow.approve(this.leader, this.units.province(), "2020-09", 4L).status())
			.isEqualTo(ReturnStatus.APPROVED);
	}

	@Test
	void aFigureChangedAndChangedBackIsNotListed() {
		ChangesSince changed = new ChangesSince(1, 3,
				java.util.List.of(
						new HistoryEntry(null, "a", ReturnAction.SAVED, 2,
								java.util.List.of(new FieldChange("cases.completed", 1L, 2L),
										new FieldChange("money.other", 5L, 6L)),
								null),
						new HistoryEntry(null, "a", ReturnAction.SAVED, 3,
								java.util.List.of(new FieldChange("cases.completed", 2L, 1L)), null)));
		assertThat(changed.changes()).containsExactly(new FieldChange("money.other", 5L, 6L));
	}

	@Test
	void approveAllRefusesTheWholeBatchWhenOneChangedSinceTheQueueShowedIt() {
		String p = this.units.province();
		ReturnView seen = correctedBehindTheLeadersBack("2020-09");
		ReturnView created = this.entry.save(this.officer, p, "2020-10", null, VALID);
		ReturnView other = this.workflow.submit(this.officer, p, "2020-10", created.version(), "Giải trình");
		BulkApproval refused = this.workflow.approveAll(this.leader,
				Map.of(seen.id(), seen.version(), other.id(), other.version()));
		assertThat(refused.refused()).isTrue();
		assertThat(refused.approved()).isZero();
		assertThat(refused.changed()).singleElement().satisfies((c) -> {
			assertThat(c.agency().code()).isEqualTo(p);
			assertThat(c.period().code()).isEqualTo("2020-09");
			assertThat(c.changed().changes()).extracting(FieldChange::field)
				.containsExactly("cases.completed", "cases.inProgress");
		});
		assertThat(stored("2020-09").status()).isEqualTo(ReturnStatus.SUBMITTED);
		assertThat(stored("2020-10").status()).isEqualTo(ReturnStatus.SUBMITTED);
		BulkApproval done = this.workflow.approveAll(this.leader,
				Map.of(seen.id(), stored("2020-09").version(), other.id(), other.version()));
		assertThat(done).isEqualTo(new BulkApproval(2, 0, java.util.List.of()));
	}

	@Test
	void aSubmitRefusedForErrorsLeavesTheStoredFiguresAsTheyWere() {
		String p = this.units.province();
		ReturnView draft = this.entry.save(this.officer, p, "2020-09", null, VALID);
		assertThatThrownBy(() -> this.submission.saveAndSubmit(this.officer, p, "2020-09", draft.version(),
				PublishedForms.OFF_BY_105, null))
			.isInstanceOf(InvalidInputException.class);
		ReturnView after = stored("2020-09");
		assertThat(after.figures()).isEqualTo(VALID);
		assertThat(after.version()).isEqualTo(draft.version());
		assertThat(after.status()).isEqualTo(ReturnStatus.DRAFT);
	}

	@Test
	void aNewReturnWhoseSubmitIsRefusedIsNotCreatedAndOneThatPassesIsBoth() {
		String p = this.units.province();
		this.entry.save(this.officer, p, "2020-09", null, VALID);
		// October starts from a carried-over figure that differs: a warning, no
		// explanation
		assertThatThrownBy(() -> this.submission.saveAndSubmit(this.officer, p, "2020-10", null, VALID, null))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getProblems())
				.containsExactly(FieldProblem.of("explanation", "return.explanation.required")));
		assertThat(this.book.find(this.leader, p, "2020-10")).isEmpty();
		ReturnView submitted = this.submission.saveAndSubmit(this.officer, p, "2020-10", null, VALID,
				"Số cũ điều chỉnh");
		assertThat(submitted.status()).isEqualTo(ReturnStatus.SUBMITTED);
		assertThat(submitted.figures()).isEqualTo(VALID);
	}

}
