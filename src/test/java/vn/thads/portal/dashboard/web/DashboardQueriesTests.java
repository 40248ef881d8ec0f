package vn.thads.portal.dashboard.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.returns.ReturnStatus;
import org.springframework.security.core.userdetails.UserDetails;
import vn.thads.portal.stats.StatsFixtures;
import vn.thads.portal.support.DemoPrincipals;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.SqlStatements;
import vn.thads.portal.support.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What one dashboard request costs in SQL statements: a small fixed number, the same for
 * a province of two units as for one of twelve, and for the whole country, so that a
 * query per unit (N+1) cannot creep in unnoticed. Counted with the engine's answers and
 * the rendered pages never kept (the worst case: a snapshot nobody has read yet); kept
 * answers cost fewer, a kept page almost none (KeptDashboardsTests).
 */
@FullStack
@TestPropertySource(properties = { "thads.stats.cache-size=0", "thads.dashboard.kept-chars=0" })
class DashboardQueriesTests {

	/**
	 * The menu's review badge (the leader's agency, its subtree, the count: 3), scope
	 * (the agency, the user's own: 2), the period range, the breakdown (children,
	 * targets, sums: 3), completeness, the trend (series, target: 2), the breadcrumb (at
	 * most 2): 14; and the user's own agency read a second time, since a page holds no
	 * transaction of its own (Dashboards): 15.
	 */
	static final int BOUND = 15;

	@Autowired
	TestAgencies testAgencies;

	@Autowired
	StatsFixtures statsFixtures;

	@Autowired
	MockMvc mvc;

	private List<String> statements(String path, String username) throws Exception {
		// the test loads its principal before counting: only the request is counted
		UserDetails principal = DemoPrincipals.load(username);
		SqlStatements.start();
		try {
			this.mvc.perform(get(path).param("period", "2023-06").with(user(principal))).andExpect(status().isOk());
			return SqlStatements.stop();
		}
		finally {
			SqlStatements.stop();
		}
	}

	/** A test province with its own return and {@code units} districts, all reported. */
	private AgencyRef province(int units) {
		AgencyRef province = this.testAgencies.province();
		this.statsFixtures.file(province, "2023-06", ReturnStatus.APPROVED, StatsFixtures.enforceable(10, 20),
				StatsFixtures.enforceable(100, 200));
		for (int i = 0; i < units; i++) {
			AgencyRef unit = this.testAgencies.local(province);
			this.statsFixtures.file(unit, "2023-06", ReturnStatus.SUBMITTED, StatsFixtures.enforceable(5, 10),
					StatsFixtures.enforceable(50, 100));
			this.statsFixtures.file(unit, "2022-06", ReturnStatus.APPROVED, StatsFixtures.enforceable(4, 10),
					StatsFixtures.enforceable(40, 100));
		}
		return province;
	}

	@Test
	void aProvincesDashboardCostsTheSameWhateverItsNumberOfUnits() throws Exception {
		AgencyRef small = province(2);
		AgencyRef large = province(12);
		String smallLeader = this.testAgencies.leader(small);
		String largeLeader = this.testAgencies.leader(large);
		// once, so that nothing loaded on first use is counted (and both badges' counts,
		// kept per data version, are kept alike)
		statements("/dashboard/" + small.code(), smallLeader);
		statements("/dashboard/" + large.code(), largeLeader);

		List<String> forSmall = statements("/dashboard/" + small.code(), smallLeader);
		List<String> forLarge = statements("/dashboard/" + large.code(), largeLeader);
		assertThat(forLarge).as("statements for 12 units: %s", forLarge).hasSameSizeAs(forSmall);
		assertThat(forLarge).hasSizeLessThanOrEqualTo(BOUND).isNotEmpty();
		List<String> exported = statements("/dashboard/" + large.code() + "/units.csv", largeLeader);
		assertThat(exported).hasSizeLessThanOrEqualTo(BOUND);
	}

	@Test
	void theNationalDashboardIsBoundedToo() throws Exception {
		statements("/dashboard/TW", "tw.lanhdao");
		List<String> national = statements("/dashboard/TW", "tw.lanhdao");
		List<String> province = statements("/dashboard/KG", "kg.lanhdao");
		List<String> unit = statements("/dashboard/KG-RG", "tw.lanhdao");
		assertThat(national).as("%s", national).hasSizeLessThanOrEqualTo(BOUND);
		assertThat(province).as("%s", province).hasSizeLessThanOrEqualTo(BOUND);
		assertThat(unit).as("%s", unit).hasSizeLessThanOrEqualTo(BOUND);
		// the sums are grouped: one statement reads the returns of all the rows
		assertThat(national.stream().filter((sql) -> sql.contains("monthly_return")).count())
			.isLessThanOrEqualTo(province.stream().filter((sql) -> sql.contains("monthly_return")).count());
	}

}
