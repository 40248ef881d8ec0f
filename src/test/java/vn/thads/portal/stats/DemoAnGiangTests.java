package vn.thads.portal.stats;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLineage;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * The demo's An Giang across the 2025 switch (domain.md §1a): Kiên Giang and the former
 * An Giang until 30/06/2025, An Giang with its 15 regional offices from 01/07/2025.
 */
@FullStack
class DemoAnGiangTests {

	private static final ReportingPeriod MARCH_2025 = ReportingPeriod.of(2025, 3);

	@Autowired
	StatsEngine engine;

	@Autowired
	AgencyDirectory directory;

	@Autowired
	MockMvc mvc;

	private AgencyRef agency(String code) {
		return this.directory.getByCode(code);
	}

	@Test
	void anGiangsSamePeriodLastYearIsKienGiangPlusTheFormerAnGiang() {
		AgencyStats ag = this.engine.stats(agency("AG"), ReportingPeriod.of(2025, 9), Basis.SUBMITTED);
		ReportingPeriod september2024 = ReportingPeriod.of(2024, 9);
		AgencyStats kg = this.engine.stats(agency("KG"), september2024, Basis.SUBMITTED);
		AgencyStats agc = this.engine.stats(agency("AGC"), september2024, Basis.SUBMITTED);
		assertThat(ag.previousYear()).isNotNull();
		assertThat(ag.previousYear().cases().figures()).isEqualTo(kg.cases().figures().plus(agc.cases().figures()));
		assertThat(ag.previousYear().money().figures()).isEqualTo(kg.money().figures().plus(agc.money().figures()));
		assertThat(ag.change()).isNotNull();
	}

	@Test
	void anGiangs2025_03RowsAreItsFifteenOfficesAndItsPredecessorsOwnReturns() {
		AgencyRef ag = agency("AG");
		UnitBreakdown breakdown = this.engine.units(ag, MARCH_2025, Basis.SUBMITTED);
		Map<String, AgencyStats> rows = breakdown.units()
			.stream()
			.collect(Collectors.toMap((r) -> r.ownReturnOnly() ? "own" : r.agency().code(), Function.identity()));
		List<String> offices = IntStream.rangeClosed(1, 15).mapToObj("AG-KV%02d"::formatted).toList();
		assertThat(rows.keySet())
			.containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of("own"), offices.stream()).toList());

		// the own row: Kiên Giang's and the former An Giang's own returns, not their
		// subtrees
		Figures own = ownRow("KG").plus(ownRow("AGC"));
		assertThat(rows.get("own").cases().figures()).isEqualTo(own);

		// AG-KV01 is Rạch Giá and its other primary predecessors, as they were
		AgencyLineage lineage = this.directory.lineage();
		List<AgencyRef> predecessors = lineage.primaryPredecessors(agency("AG-KV01"));
		assertThat(predecessors).extracting(AgencyRef::code).contains("KG-RG");
		Figures kv01 = predecessors.stream()
			.map((p) -> this.engine.stats(p, MARCH_2025, Basis.SUBMITTED).cases().figures())
			.reduce(Figures.ZERO, Figures::plus);
		assertThat(rows.get("AG-KV01").cases().figures()).isEqualTo(kv01);

		// the rows add up to An Giang, which is Kiên Giang + the former An Giang then
		Figures sum = breakdown.units().stream().map((r) -> r.cases().figures()).reduce(Figures.ZERO, Figures::plus);
		assertThat(sum).isEqualTo(breakdown.total().cases().figures());
		assertThat(breakdown.total().cases().figures())
			.isEqualTo(this.engine.stats(agency("KG"), MARCH_2025, Basis.SUBMITTED)
				.cases()
				.figures()
				.plus(this.engine.stats(agency("AGC"), MARCH_2025, Basis.SUBMITTED).cases().figures()));
	}

	private Figures ownRow(String code) {
		return this.engine.units(agency(code), MARCH_2025, Basis.SUBMITTED)
			.units()
			.stream()
			.filter(AgencyStats::ownReturnOnly)
			.findFirst()
			.orElseThrow()
			.cases()
			.figures();
	}

	@ParameterizedTest
	@ValueSource(strings = { "AG", "PT", "TN", "TW" })
	void theProvinceIsTheSumOfItsUnitsEveryMonthOf2024To2026(String code) {
		AgencyRef agency = agency(code);
		for (YearMonth month = YearMonth.of(2023, 10); !month.isAfter(YearMonth.of(2026, 10)); month = month
			.plusMonths(1)) {
			ReportingPeriod period = ReportingPeriod.of(month.getYear(), month.getMonthValue());
			UnitBreakdown breakdown = this.engine.units(agency, period, Basis.SUBMITTED);
			Figures cases = breakdown.units()
				.stream()
				.map((r) -> r.cases().figures())
				.reduce(Figures.ZERO, Figures::plus);
			Figures money = breakdown.units()
				.stream()
				.map((r) -> r.money().figures())
				.reduce(Figures.ZERO, Figures::plus);
			assertThat(cases).as("%s %s cases", code, period.code()).isEqualTo(breakdown.total().cases().figures());
			assertThat(money).as("%s %s money", code, period.code()).isEqualTo(breakdown.total().money().figures());
			assertThat(breakdown.total().cases().derived().resolved()).as("%s %s", code, period.code()).isPositive();
		}
	}

	@Test
	void kienGiang2022AsPublishedReadByAnGiangsLeader() throws Exception {
		this.mvc.perform(get("/api/v1/stats/KG/2022-09").with(basic("ag.lanhdao")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyName").value("Cục Thi hành án dân sự tỉnh Kiên Giang"))
			.andExpect(jsonPath("$.cases.completionRate").value(83.50))
			.andExpect(jsonPath("$.money.completionRate").value(57.79))
			.andExpect(jsonPath("$.units.expected").value(16));
		this.mvc.perform(get("/api/v1/stats/VP/2022-09").with(basic("ag.lanhdao"))).andExpect(status().isForbidden());
	}

	@Test
	void theCentralAgencyIsNamedAsAtThePeriodsEnd() throws Exception {
		this.mvc.perform(get("/api/v1/stats/TW/2024-09").with(basic("tw.lanhdao")))
			.andExpect(jsonPath("$.agencyName").value("Tổng cục Thi hành án dân sự"));
		this.mvc.perform(get("/api/v1/stats/TW/2025-09").with(basic("tw.lanhdao")))
			.andExpect(jsonPath("$.agencyName").value("Cục Quản lý Thi hành án dân sự"));
	}

}
