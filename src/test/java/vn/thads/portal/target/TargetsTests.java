package vn.thads.portal.target;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.support.DemoPrincipals;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Setting targets: input rules, scope, optimistic locking, audit. */
@FullStack
class TargetsTests {

	@Autowired
	TestAgencies testAgencies;

	@Autowired
	Targets targets;

	AgencyRef province;

	AgencyRef first;

	AgencyRef second;

	PortalUser leader;

	@BeforeEach
	void tree() {
		this.province = this.testAgencies.province();
		this.first = this.testAgencies.local(this.province);
		this.second = this.testAgencies.local(this.province);
		this.leader = (PortalUser) DemoPrincipals.load(this.testAgencies.leader(this.province));
	}

	private List<TargetEntry> rows(String firstCases, String firstMoney, String secondCases, String secondMoney) {
		return List.of(new TargetEntry(this.first.code(), firstCases, firstMoney, null),
				new TargetEntry(this.second.code(), secondCases, secondMoney, null));
	}

	private static List<String> fields(InvalidInputException ex) {
		return ex.getProblems().stream().map((p) -> p.field() + ":" + p.code()).toList();
	}

	@Test
	void aLeaderSetsTheTargetsOfEveryUnitInOneSheetInEitherDecimalStyle() {
		int changed = this.targets.saveSheet(this.leader, this.province.code(), 2022,
				rows("81,50", "40.1", "82", "41,25"));
		assertThat(changed).isEqualTo(2);
		assertThat(this.targets.find(this.first.id(), 2022)).contains(rates("81.50", "40.10"));
		assertThat(this.targets.find(this.second.id(), 2022)).contains(rates("82.00", "41.25"));
		TargetSheet sheet = this.targets.sheet(this.leader, this.province.code(), 2022);
		assertThat(sheet.rows()).extracting((t) -> t.agency().code())
			.containsExactly(this.first.code(), this.second.code());
		assertThat(sheet.history()).hasSize(2);
		assertThat(sheet.history().get(0).user()).isEqualTo(this.leader.getUsername());
		assertThat(sheet.history().get(0).oldCasesRate()).isNull();
	}

	@Test
	void badRatesAreReportedOnTheirCellsAndNothingIsSaved() {
		assertThatThrownBy(
				() -> this.targets.saveSheet(this.leader, this.province.code(), 2022, rows("81,505", "101", "abc", "")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(fields(ex)).containsExactly("rows[0].casesRate:target.rate.decimals",
							"rows[0].moneyRate:target.rate.range", "rows[1].casesRate:target.rate.notNumber",
							"rows[1].moneyRate:target.rate.required"));
		assertThat(this.targets.find(this.first.id(), 2022)).isEmpty();
		// the message names the value as typed
		assertThatThrownBy(
				() -> this.targets.saveSheet(this.leader, this.province.code(), 2022, rows("81,505", "40", "", "")))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getProblems().get(0))
				.isEqualTo(FieldProblem.of("rows[0].casesRate", "target.rate.decimals", "81,505")));
	}

	@Test
	void theBoundsAreAllowedAndBlankRowsStayWithoutTargets() {
		this.targets.saveSheet(this.leader, this.province.code(), 2023, rows("0", "100,00", "", ""));
		assertThat(this.targets.find(this.first.id(), 2023)).contains(rates("0.00", "100.00"));
		assertThat(this.targets.find(this.second.id(), 2023)).isEmpty();
	}

	@Test
	void aStaleSheetIsRefusedWholeNeverASilentOverwrite() {
		this.targets.saveSheet(this.leader, this.province.code(), 2024, rows("80", "40", "80", "40"));
		TargetSheet read = this.targets.sheet(this.leader, this.province.code(), 2024);
		Long version = read.rows().get(0).version();
		// someone else changes the first unit meanwhile
		this.targets.set(this.leader, this.first.code(), 2024, new BigDecimal("85"), new BigDecimal("45"), version);
		List<TargetEntry> stale = List.of(new TargetEntry(this.first.code(), "90", "50", version),
				new TargetEntry(this.second.code(), "90", "50", read.rows().get(1).version()));
		assertThatThrownBy(() -> this.targets.saveSheet(this.leader, this.province.code(), 2024, stale))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.targets.find(this.first.id(), 2024)).contains(rates("85.00", "45.00"));
		assertThat(this.targets.find(this.second.id(), 2024)).contains(rates("80.00", "40.00"));
	}

	@Test
	void unchangedRowsAreNotAuditedAgain() {
		this.targets.saveSheet(this.leader, this.province.code(), 2021, rows("80", "40", "", ""));
		TargetSheet read = this.targets.sheet(this.leader, this.province.code(), 2021);
		int changed = this.targets.saveSheet(this.leader, this.province.code(), 2021,
				List.of(new TargetEntry(this.first.code(), "80,00", "40", read.rows().get(0).version())));
		assertThat(changed).isZero();
		assertThat(this.targets.sheet(this.leader, this.province.code(), 2021).history()).hasSize(1);
	}

	@Test
	void onlyTheParentsLeadersAndAdministratorsSetTargets() {
		PortalUser otherLeader = (PortalUser) DemoPrincipals.load("ag.lanhdao");
		PortalUser officer = (PortalUser) DemoPrincipals.load("ag-kv01.canbo");
		PortalUser admin = (PortalUser) DemoPrincipals.load("admin");
		assertThatThrownBy(() -> this.targets.sheet(otherLeader, this.province.code(), 2022))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> this.targets.set(otherLeader, this.first.code(), 2022, BigDecimal.TEN, BigDecimal.TEN, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.targets.sheet(officer, "KG", 2022)).isInstanceOf(AccessDeniedException.class);
		// a leader does not set their own agency's targets: the level above does
		assertThatThrownBy(
				() -> this.targets.set(this.leader, this.province.code(), 2022, BigDecimal.TEN, BigDecimal.TEN, null))
			.isInstanceOf(AccessDeniedException.class);
		this.targets.set(admin, this.province.code(), 2022, new BigDecimal("81.5"), new BigDecimal("40.1"), null);
		assertThat(this.targets.sheet(this.leader, this.province.code(), 2022).own().rates())
			.isEqualTo(rates("81.50", "40.10"));
	}

	private static TargetRates rates(String cases, String money) {
		return new TargetRates(new BigDecimal(cases), new BigDecimal(money));
	}

}
