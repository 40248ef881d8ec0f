package vn.thads.portal.stats.api;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.stats.StatsFixtures;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;
import vn.thads.portal.target.TargetRates;
import vn.thads.portal.target.Targets;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.stats.StatsFixtures.enforceable;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * {@code GET /api/v1/stats/{agency}/{period}} and {@code …/units} as api.md writes them.
 */
@FullStack
class StatsApiTests {

	@Autowired
	TestAgencies testAgencies;

	@Autowired
	StatsFixtures statsFixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	Targets targets;

	AgencyRef province;

	AgencyRef district;

	String leader;

	@BeforeEach
	void province() {
		this.province = this.testAgencies.province();
		this.district = this.testAgencies.local(this.province);
		this.leader = this.testAgencies.leader(this.province);
		// KG13: cases 6 844 / 10 928, money 265 281 958 / 548 761 273; targets 88 / 77
		Figures cases = enforceable(6_844, 10_928).with(vn.thads.portal.returns.FormColumn.CARRIED_OVER, 12_000)
			.with(vn.thads.portal.returns.FormColumn.WITHOUT_CONDITIONS, 12_000 - 10_928);
		this.statsFixtures.file(this.district, "2013-09", ReturnStatus.APPROVED, cases,
				enforceable(265_281_958L, 548_761_273L));
		this.targets.assign(this.province.id(), 2013, new TargetRates(new BigDecimal("88"), new BigDecimal("77")),
				"test");
	}

	@Test
	void theStatsObjectOfAProvince() throws Exception {
		this.mvc.perform(get("/api/v1/stats/{a}/2013-09", this.province.code()).with(basic(this.leader)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.agencyCode").value(this.province.code()))
			.andExpect(jsonPath("$.period").value("2013-09"))
			.andExpect(jsonPath("$.statYear").value(2013))
			.andExpect(jsonPath("$.months").value(12))
			.andExpect(jsonPath("$.from").value("2012-10-01"))
			.andExpect(jsonPath("$.to").value("2013-09-30"))
			.andExpect(jsonPath("$.units.expected").value(2))
			.andExpect(jsonPath("$.units.submitted").value(1))
			.andExpect(jsonPath("$.units.approved").value(1))
			.andExpect(jsonPath("$.units.missing").value(1))
			.andExpect(jsonPath("$.units.late").value(1))
			.andExpect(jsonPath("$.cases.carriedOver").value(12_000))
			.andExpect(jsonPath("$.cases.withConditions").value(10_928))
			.andExpect(jsonPath("$.cases.resolved").value(6_844))
			.andExpect(jsonPath("$.cases.mustEnforce").value(12_000))
			.andExpect(jsonPath("$.cases.completionRate").value(62.63))
			.andExpect(jsonPath("$.money.completionRate").value(48.34))
			.andExpect(jsonPath("$.money.reduced").value(0))
			.andExpect(jsonPath("$.target.casesRate").value(88.00))
			.andExpect(jsonPath("$.target.moneyRate").value(77.00))
			.andExpect(jsonPath("$.progressTarget.casesRate").value(88.00))
			.andExpect(jsonPath("$.gap.casesPoints").value(-25.37))
			.andExpect(jsonPath("$.gap.moneyPoints").value(-28.66))
			.andExpect(jsonPath("$.gap.casesNeeded").value(2_773))
			.andExpect(jsonPath("$.gap.moneyNeeded").value(157_264_223))
			.andExpect(jsonPath("$.previousYear").value(nullValue()))
			.andExpect(jsonPath("$.change").value(nullValue()));
	}

	@Test
	void ratesAreWrittenWithTwoDecimals() throws Exception {
		String body = this.mvc.perform(get("/api/v1/stats/{a}/2013-09", this.province.code()).with(basic("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(body)
			.contains("\"casesRate\":88.00")
			.contains("\"completionRate\":62.63")
			.contains("\"casesPoints\":-25.37");
	}

	@Test
	void withoutATargetTargetProgressAndGapAreNull() throws Exception {
		this.mvc.perform(get("/api/v1/stats/{a}/2013-09", this.district.code()).with(basic(this.leader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.target").value(nullValue()))
			.andExpect(jsonPath("$.progressTarget").value(nullValue()))
			.andExpect(jsonPath("$.gap").value(nullValue()))
			.andExpect(jsonPath("$.cases.completionRate").value(62.63));
	}

	@Test
	void aZeroDenominatorIsNullNotAnError() throws Exception {
		this.mvc.perform(get("/api/v1/stats/{a}/2014-09", this.province.code()).with(basic(this.leader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cases.completionRate").value(nullValue()))
			.andExpect(jsonPath("$.money.conditionsShare").value(nullValue()))
			.andExpect(jsonPath("$.previousYear.cases.resolved").value(6_844))
			.andExpect(jsonPath("$.change.casesResolvedPct").value(-100.00))
			.andExpect(jsonPath("$.change.casesRatePoints").value(nullValue()));
	}

	@Test
	void theUnitsRowsAreTheOwnReturnThenEachDistrict() throws Exception {
		this.mvc.perform(get("/api/v1/stats/{a}/2013-09/units", this.province.code()).with(basic(this.leader)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].agencyCode").value(this.province.code()))
			.andExpect(jsonPath("$[0].ownReturnOnly").value(true))
			.andExpect(jsonPath("$[0].cases.resolved").value(0))
			.andExpect(jsonPath("$[0].target.casesRate").value(88.00))
			.andExpect(jsonPath("$[1].agencyCode").value(this.district.code()))
			.andExpect(jsonPath("$[1].cases.resolved").value(6_844))
			.andExpect(jsonPath("$[1].units.expected").value(1));
	}

	@Test
	void theApprovedBasisIsAQueryParameter() throws Exception {
		this.statsFixtures.file(this.province, "2013-09", ReturnStatus.SUBMITTED, enforceable(100, 200), Figures.ZERO);
		this.mvc.perform(get("/api/v1/stats/{a}/2013-09", this.province.code()).with(basic(this.leader)))
			.andExpect(jsonPath("$.cases.resolved").value(6_944));
		this.mvc
			.perform(get("/api/v1/stats/{a}/2013-09", this.province.code()).param("basis", "approved")
				.with(basic(this.leader)))
			.andExpect(jsonPath("$.basis").value("approved"))
			.andExpect(jsonPath("$.cases.resolved").value(6_844));
	}

	@Test
	void outsideTheCallersScopeIs403() throws Exception {
		for (String user : List.of("ag.lanhdao", "ag-kv01.canbo", "pt.canbo")) {
			this.mvc.perform(get("/api/v1/stats/{a}/2013-09", this.province.code()).with(basic(user)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			this.mvc.perform(get("/api/v1/stats/{a}/2013-09/units", this.province.code()).with(basic(user)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/v1/stats/AG/2026-09").with(basic("ag-kv01.canbo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/stats/AG-KV01/2026-09").with(basic("ag-kv01.canbo"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/stats/KG/2022-09")).andExpect(status().isUnauthorized());
	}

	@Test
	void aMalformedPeriodOrBasisIs422() throws Exception {
		this.mvc.perform(get("/api/v1/stats/{a}/2013-13", this.province.code()).with(basic(this.leader)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		this.mvc
			.perform(get("/api/v1/stats/{a}/2013-09", this.province.code()).param("basis", "draft")
				.with(basic(this.leader)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("basis"));
	}

}
