package vn.thads.portal.returns;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.ConflictException;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every transition of domain.md §5 and the forbidden ones, scope, optimistic locking and
 * what the audit records, on the real database with agencies of the test's own.
 */
@FullStack
class ReturnWorkflowTests {

	static final ReturnFigures VALID = PublishedForms.KG22;

	static final ReturnFigures BROKEN = PublishedForms.OFF_BY_105;

	@Autowired
	ReturnEntry entry;

	@Autowired
	ReturnWorkflow workflow;

	@Autowired
	ReturnBook book;

	@Autowired
	ReturnHistory history;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Autowired
	JdbcTemplate jdbc;

	TestUnits units;

	PortalUser officer;

	PortalUser leader;

	@BeforeEach
	void units() {
		this.units = TestUnits.create(this.agencies, this.users);
		this.officer = TestUnits.user(this.units.officer());
		this.leader = TestUnits.user(this.units.leader());
	}

	private ReturnView save(String period, Long version, ReturnFigures figures) {
		return this.entry.save(this.officer, this.units.province(), period, version, figures);
	}

	/** The version a user sees now: what a page or an API client would send. */
	private Long shown(String agency, String period) {
		return this.book.find(this.leader, agency, period).map(ReturnView::version).orElse(0L);
	}

	private ReturnView submitted(String period) {
		save(period, null, VALID);
		return this.workflow.submit(this.officer, this.units.province(), period, 0L, null);
	}

	@Test
	void aDraftIsSavedEvenWithIdentityErrorsButCannotBeSubmitted() {
		ReturnView draft = save("2020-09", null, BROKEN);
		assertThat(draft.status()).isEqualTo(ReturnStatus.DRAFT);
		assertThat(draft.version()).isZero();
		assertThat(draft.check().errors()).extracting(FieldProblem::field).containsExactly("cases.withoutConditions");
		assertThatThrownBy(() -> this.workflow.submit(this.officer, this.units.province(), "2020-09",
				shown(this.units.province(), "2020-09"), "x"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getProblems()).extracting(FieldProblem::code)
						.containsExactly("return.error.mustEnforce"));
		ReturnView fixed = save("2020-09", draft.version(), VALID);
		assertThat(fixed.version()).isEqualTo(1);
		ReturnView submitted = this.workflow.submit(this.officer, this.units.province(), "2020-09",
				shown(this.units.province(), "2020-09"), null);
		assertThat(submitted.status()).isEqualTo(ReturnStatus.SUBMITTED);
		assertThat(submitted.firstSubmittedAt()).isNotNull().isEqualTo(submitted.submittedAt());
		assertThat(submitted.submittedBy()).isEqualTo(this.units.officer());
	}

	@Test
	void warningsAskForAnExplanation() {
		// month 2 with a completed count lower than month 1's: cumulative figures never
		// fall
		save("2019-10", null, VALID);
		save("2019-11", null, new ReturnFigures(
				VALID.cases().with(FormColumn.COMPLETED, 12_055).with(FormColumn.IN_PROGRESS, 2_418), VALID.money()));
		assertThatThrownBy(() -> this.workflow.submit(this.officer, this.units.province(), "2019-11",
				shown(this.units.province(), "2019-11"), "  "))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getProblems())
				.containsExactly(FieldProblem.of("explanation", "return.explanation.required")));
		ReturnView submitted = this.workflow.submit(this.officer, this.units.province(), "2019-11",
				shown(this.units.province(), "2019-11"), " Một vụ việc bị hủy quyết định ");
		assertThat(submitted.status()).isEqualTo(ReturnStatus.SUBMITTED);
		assertThat(submitted.explanation()).isEqualTo("Một vụ việc bị hủy quyết định");
		assertThat(submitted.check().warnings()).extracting(FieldProblem::code)
			.containsExactly("return.warning.flowDecreased");
	}

	@Test
	void aLeaderApprovesAndApprovedReturnsAreReadOnly() {
		submitted("2020-03");
		ReturnView approved = this.workflow.approve(this.leader, this.units.province(), "2020-03",
				shown(this.units.province(), "2020-03"));
		assertThat(approved.status()).isEqualTo(ReturnStatus.APPROVED);
		assertThat(approved.approvedBy()).isEqualTo(this.units.leader());
		assertThat(approved.can().edit()).isFalse();
		assertThatThrownBy(() -> this.workflow.approve(this.leader, this.units.province(), "2020-03",
				shown(this.units.province(), "2020-03")))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> save("2020-03", approved.version(), VALID)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.workflow.submit(this.officer, this.units.province(), "2020-03",
				shown(this.units.province(), "2020-03"), null))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void aSubmittedReturnCannotBeEditedAndGoesBackOnlyWithAComment() {
		ReturnView submitted = submitted("2020-04");
		assertThatThrownBy(() -> save("2020-04", submitted.version(), VALID)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.workflow.sendBack(this.leader, this.units.province(), "2020-04",
				shown(this.units.province(), "2020-04"), " "))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getProblems())
				.containsExactly(FieldProblem.of("comment", "return.comment.required")));
		ReturnView returned = this.workflow.sendBack(this.leader, this.units.province(), "2020-04",
				shown(this.units.province(), "2020-04"), "Kiểm tra lại số thụ lý mới");
		assertThat(returned.status()).isEqualTo(ReturnStatus.RETURNED);
		assertThat(returned.reviewComment()).isEqualTo("Kiểm tra lại số thụ lý mới");
		// edited, it stays returned; submitted again, it keeps its first submission time
		ReturnView edited = save("2020-04", returned.version(), VALID);
		assertThat(edited.status()).isEqualTo(ReturnStatus.RETURNED);
		ReturnView again = this.workflow.submit(this.officer, this.units.province(), "2020-04",
				shown(this.units.province(), "2020-04"), null);
		assertThat(again.status()).isEqualTo(ReturnStatus.SUBMITTED);
		assertThat(again.firstSubmittedAt()).isEqualTo(submitted.firstSubmittedAt());
		assertThat(again.submittedAt()).isAfter(submitted.submittedAt());
	}

	@Test
	void onlyAnApprovedReturnIsReopenedAndOnlyWithAReason() {
		submitted("2020-05");
		assertThatThrownBy(() -> this.workflow.reopen(this.leader, this.units.province(), "2020-05",
				shown(this.units.province(), "2020-05"), "Sai số"))
			.isInstanceOf(ConflictException.class);
		this.workflow.approve(this.leader, this.units.province(), "2020-05", shown(this.units.province(), "2020-05"));
		assertThatThrownBy(() -> this.workflow.reopen(this.leader, this.units.province(), "2020-05",
				shown(this.units.province(), "2020-05"), null))
			.isInstanceOf(InvalidInputException.class);
		ReturnView reopened = this.workflow.reopen(this.leader, this.units.province(), "2020-05",
				shown(this.units.province(), "2020-05"), "Cục phát hiện sai số tiền");
		assertThat(reopened.status()).isEqualTo(ReturnStatus.RETURNED);
		assertThat(reopened.approvedAt()).isNull();
		assertThat(reopened.can().edit()).isFalse();
		assertThat(this.book.open(this.officer, this.units.province(), "2020-05").can().edit()).isTrue();
	}

	@Test
	void draftsAreNeitherApprovedNorReturned() {
		save("2020-06", null, VALID);
		assertThatThrownBy(() -> this.workflow.approve(this.leader, this.units.province(), "2020-06",
				shown(this.units.province(), "2020-06")))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.workflow.sendBack(this.leader, this.units.province(), "2020-06",
				shown(this.units.province(), "2020-06"), "x"))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.workflow.submit(this.officer, this.units.province(), "2020-07",
				shown(this.units.province(), "2020-07"), null))
			.isInstanceOf(vn.thads.portal.shared.NotFoundException.class);
	}

	@Test
	void rolesAndScopeDecideWhoDoesWhat() {
		submitted("2020-08");
		PortalUser districtOfficer = TestUnits.user(this.units.districtOfficer());
		PortalUser otherLeader = TestUnits.user(this.units.otherLeader());
		// an officer neither approves nor edits another agency's return, not even below
		assertThatThrownBy(() -> this.workflow.approve(this.officer, this.units.province(), "2020-08",
				shown(this.units.province(), "2020-08")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> this.entry.save(districtOfficer, this.units.province(), "2020-08", null, ReturnFigures.ZERO))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.entry.save(this.officer, this.units.district(), "2020-08", null, VALID))
			.isInstanceOf(AccessDeniedException.class);
		// a leader enters nothing, and approves nothing outside their subtree
		assertThatThrownBy(() -> this.entry.save(this.leader, this.units.province(), "2020-09", null, VALID))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.workflow.approve(otherLeader, this.units.province(), "2020-08",
				shown(this.units.province(), "2020-08")))
			.isInstanceOf(AccessDeniedException.class);
		// the province leader approves a district's return
		this.entry.save(districtOfficer, this.units.district(), "2020-08", null, VALID);
		this.workflow.submit(districtOfficer, this.units.district(), "2020-08", shown(this.units.district(), "2020-08"),
				null);
		assertThat(this.workflow
			.approve(this.leader, this.units.district(), "2020-08", shown(this.units.district(), "2020-08"))
			.status()).isEqualTo(ReturnStatus.APPROVED);
	}

	@Test
	void aSecondSaveFromTheSameVersionIsAConflictAndChangesNothing() {
		ReturnView first = save("2020-02", null, VALID);
		save("2020-02", first.version(), new ReturnFigures(
				VALID.cases().with(FormColumn.NEWLY_ACCEPTED, 12_600).with(FormColumn.WITHOUT_CONDITIONS, 5_729),
				VALID.money()));
		assertThatThrownBy(() -> save("2020-02", first.version(), BROKEN))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> save("2020-02", null, BROKEN)).isInstanceOf(OptimisticLockingFailureException.class);
		ReturnView stored = this.book.open(this.officer, this.units.province(), "2020-02");
		assertThat(stored.version()).isEqualTo(1);
		assertThat(stored.figures().cases().newlyAccepted()).isEqualTo(12_600);
		assertThat(this.history.since(this.officer, this.units.province(), "2020-02", first.version())).singleElement()
			.satisfies((e) -> assertThat(e.changes()).containsExactly(
					new FieldChange("cases.newlyAccepted", 12_576L, 12_600L),
					new FieldChange("cases.withoutConditions", 5_705L, 5_729L)));
	}

	@Test
	void figuresOutOfRangeAndUnendedPeriodsAreRefusedAndNothingIsStored() {
		ReturnView saved = save("2020-01", null, VALID);
		ReturnFigures negative = new ReturnFigures(VALID.cases().with(FormColumn.COMPLETED, -1), VALID.money());
		assertThatThrownBy(() -> save("2020-01", saved.version(), negative))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getProblems())
				.containsExactly(FieldProblem.of("cases.completed", FigureInput.NEGATIVE, "-1")));
		ReturnFigures huge = new ReturnFigures(VALID.cases(), VALID.money().with(FormColumn.OTHER, Figures.MAX + 1));
		assertThatThrownBy(() -> save("2020-01", saved.version(), huge)).isInstanceOf(InvalidInputException.class);
		ReturnFigures reducedCases = new ReturnFigures(VALID.cases().with(FormColumn.REDUCED, 1), VALID.money());
		assertThatThrownBy(() -> save("2020-01", saved.version(), reducedCases))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.book.open(this.officer, this.units.province(), "2020-01").figures()).isEqualTo(VALID);
		assertThat(this.book.open(this.officer, this.units.province(), "2020-01").version()).isZero();
		String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
		assertThatThrownBy(() -> save(thisMonth, null, VALID)).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.getProblems()).extracting(FieldProblem::field, FieldProblem::code)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("period", "return.period.notEnded")));
		assertThatThrownBy(() -> save("2019-09", null, VALID)).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.getProblems()).extracting(FieldProblem::code)
					.containsExactly("return.period.notYetExisting"));
	}

	@Test
	void theAuditRecordsEveryChangeWithUserTimeAndReason() {
		ReturnView created = save("2019-12", null, BROKEN);
		save("2019-12", created.version(), VALID);
		this.workflow.submit(this.officer, this.units.province(), "2019-12", shown(this.units.province(), "2019-12"),
				"Không có cảnh báo");
		this.workflow.sendBack(this.leader, this.units.province(), "2019-12", shown(this.units.province(), "2019-12"),
				"Thiếu giải trình số tiền");
		this.workflow.submit(this.officer, this.units.province(), "2019-12", shown(this.units.province(), "2019-12"),
				null);
		this.workflow.approve(this.leader, this.units.province(), "2019-12", shown(this.units.province(), "2019-12"));
		this.workflow.reopen(this.leader, this.units.province(), "2019-12", shown(this.units.province(), "2019-12"),
				"Điều chỉnh theo kiểm tra");
		List<HistoryEntry> entries = this.history.of(this.officer, this.units.province(), "2019-12").entries();
		assertThat(entries).extracting(HistoryEntry::action)
			.containsExactly(ReturnAction.CREATED, ReturnAction.SAVED, ReturnAction.SUBMITTED, ReturnAction.RETURNED,
					ReturnAction.SUBMITTED, ReturnAction.APPROVED, ReturnAction.REOPENED);
		assertThat(entries).extracting(HistoryEntry::user)
			.containsExactly(this.units.officer(), this.units.officer(), this.units.officer(), this.units.leader(),
					this.units.officer(), this.units.leader(), this.units.leader());
		assertThat(entries).extracting(HistoryEntry::comment)
			.containsExactly(null, null, "Không có cảnh báo", "Thiếu giải trình số tiền", null, null,
					"Điều chỉnh theo kiểm tra");
		assertThat(entries).extracting(HistoryEntry::version).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
		assertThat(entries.get(0).changes()).contains(new FieldChange("cases.carriedOver", null, 7_776L),
				new FieldChange("money.inProgress", null, 850_806_510L));
		assertThat(entries.get(0).changes()).extracting(FieldChange::field).doesNotContain("cases.entrusted");
		assertThat(entries.get(1).changes())
			.containsExactly(new FieldChange("cases.withoutConditions", 5_600L, 5_705L));
		assertThat(entries).allSatisfy((e) -> assertThat(e.at()).isNotNull());
		Integer rows = this.jdbc.queryForObject(
				"select count(*) from return_event e join monthly_return r on r.id = e.return_id where r.period = '2019-12-01'"
						+ " and r.agency_id = (select id from agency where code = ?)",
				Integer.class, this.units.province());
		assertThat(rows).isEqualTo(7);
	}

	@Test
	void aNewMonthStartsFromTheMonthBeforeOrLastYearsCarriedToNext() {
		ReturnView september = save("2020-09", null, VALID);
		ReturnView october = this.book.open(this.officer, this.units.province(), "2020-10");
		assertThat(october.exists()).isFalse();
		assertThat(october.figures().cases()).isEqualTo(Figures.ZERO.with(FormColumn.CARRIED_OVER, 8_122));
		assertThat(october.figures().money().carriedOver()).isEqualTo(2_239_985_219L);
		assertThat(october.check().warnings()).isEmpty();
		ReturnView november = this.book.open(this.officer, this.units.province(), "2020-11");
		assertThat(november.figures()).isEqualTo(october.figures());
		save("2020-10", null, VALID);
		assertThat(this.book.open(this.officer, this.units.province(), "2020-12").figures()).isEqualTo(VALID);
		assertThat(september.can().edit()).isTrue();
	}

	@Test
	void aLeaderApprovesSeveralAtOnceAndOthersAreSkipped() {
		ReturnView a = submitted("2021-01");
		ReturnView b = submitted("2021-02");
		ReturnView c = submitted("2021-03");
		this.workflow.approve(this.leader, this.units.province(), "2021-03", shown(this.units.province(), "2021-03"));
		BulkApproval done = this.workflow.approveAll(this.leader,
				Map.of(a.id(), a.version(), b.id(), b.version(), c.id(), c.version()));
		assertThat(done).isEqualTo(new BulkApproval(2, 1, List.of()));
		assertThat(this.book.open(this.leader, this.units.province(), "2021-02").status())
			.isEqualTo(ReturnStatus.APPROVED);
		ReturnView d = submitted("2021-04");
		PortalUser otherLeader = TestUnits.user(this.units.otherLeader());
		assertThatThrownBy(() -> this.workflow.approveAll(otherLeader, Map.of(d.id(), d.version())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.book.open(this.leader, this.units.province(), "2021-04").status())
			.isEqualTo(ReturnStatus.SUBMITTED);
	}

}
