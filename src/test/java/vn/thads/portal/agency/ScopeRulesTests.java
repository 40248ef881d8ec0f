package vn.thads.portal.agency;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.thads.portal.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The scope rules of domain.md §6 at their boundaries, on a small tree. */
class ScopeRulesTests {

	private static final AgencyRef TW = agency(1, "TW", AgencyLevel.CENTRAL, null, "/TW/");

	private static final AgencyRef KG = agency(2, "KG", AgencyLevel.PROVINCE, 1L, "/TW/KG/");

	private static final AgencyRef KG_RG = agency(3, "KG-RG", AgencyLevel.LOCAL, 2L, "/TW/KG/KG-RG/");

	private static final AgencyRef KG_HT = agency(4, "KG-HT", AgencyLevel.LOCAL, 2L, "/TW/KG/KG-HT/");

	private static final AgencyRef VP = agency(5, "VP", AgencyLevel.PROVINCE, 1L, "/TW/VP/");

	/** A code that starts like another's must not fall inside its subtree. */
	private static final AgencyRef KGX = agency(6, "KGX", AgencyLevel.PROVINCE, 1L, "/TW/KGX/");

	private static AgencyRef agency(long id, String code, AgencyLevel level, Long parentId, String path) {
		return new AgencyRef(id, code, code, code, level, parentId, null, path, LocalDate.of(2010, 1, 1), null, 0);
	}

	@Test
	void officerSeesOwnAgencyOnly() {
		assertThat(ScopeRules.canView(Role.OFFICER, List.of(KG_RG), KG_RG)).isTrue();
		assertThat(ScopeRules.canView(Role.OFFICER, List.of(KG_RG), KG_HT)).isFalse();
		assertThat(ScopeRules.canView(Role.OFFICER, List.of(KG_RG), KG)).isFalse();
	}

	@Test
	void provincialOfficerSeesTheProvinceSubtree() {
		assertThat(ScopeRules.canView(Role.OFFICER, List.of(KG), KG_RG)).isTrue();
		assertThat(ScopeRules.canView(Role.OFFICER, List.of(KG), KG)).isTrue();
		assertThat(ScopeRules.canView(Role.OFFICER, List.of(KG), VP)).isFalse();
		assertThat(ScopeRules.canView(Role.OFFICER, List.of(KG), TW)).isFalse();
	}

	@Test
	void aSimilarCodeIsNotPartOfTheSubtree() {
		assertThat(ScopeRules.canView(Role.LEADER, List.of(KG), KGX)).isFalse();
	}

	@Test
	void centralLeaderAndAdministratorSeeEverything() {
		assertThat(ScopeRules.canView(Role.LEADER, List.of(TW), KG_HT)).isTrue();
		assertThat(ScopeRules.canView(Role.ADMIN, List.of(KG_RG), VP)).isTrue();
	}

	@Test
	void onlyAnOfficerOfTheAgencyItselfEditsItsReturns() {
		assertThat(ScopeRules.canEditReturns(Role.OFFICER, KG_RG, KG_RG)).isTrue();
		assertThat(ScopeRules.canEditReturns(Role.OFFICER, KG, KG_RG)).isFalse();
		assertThat(ScopeRules.canEditReturns(Role.OFFICER, KG_RG, KG_HT)).isFalse();
		assertThat(ScopeRules.canEditReturns(Role.LEADER, KG_RG, KG_RG)).isFalse();
		assertThat(ScopeRules.canEditReturns(Role.ADMIN, KG_RG, KG_RG)).isFalse();
	}

	@Test
	void leadersReviewTheirOwnAgencyAndEverythingBelow() {
		assertThat(ScopeRules.canReview(Role.LEADER, List.of(KG), KG)).isTrue();
		assertThat(ScopeRules.canReview(Role.LEADER, List.of(KG), KG_RG)).isTrue();
		assertThat(ScopeRules.canReview(Role.LEADER, List.of(TW), KG_RG)).isTrue();
		assertThat(ScopeRules.canReview(Role.LEADER, List.of(KG_RG), KG)).isFalse();
		assertThat(ScopeRules.canReview(Role.LEADER, List.of(KG), VP)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "OFFICER", "ADMIN" })
	void onlyLeadersReview(Role role) {
		assertThat(ScopeRules.canReview(role, List.of(TW), KG_RG)).isFalse();
	}

	@Test
	void targetsAreSetByTheLeaderOfTheParentOnly() {
		assertThat(ScopeRules.canSetTarget(Role.LEADER, KG, KG_RG)).isTrue();
		assertThat(ScopeRules.canSetTarget(Role.LEADER, TW, KG)).isTrue();
		assertThat(ScopeRules.canSetTarget(Role.LEADER, TW, KG_RG)).as("two levels down").isFalse();
		assertThat(ScopeRules.canSetTarget(Role.LEADER, KG, KG)).as("own target").isFalse();
		assertThat(ScopeRules.canSetTarget(Role.OFFICER, KG, KG_RG)).isFalse();
		assertThat(ScopeRules.canSetTarget(Role.ADMIN, KG_RG, TW)).isTrue();
	}

}
