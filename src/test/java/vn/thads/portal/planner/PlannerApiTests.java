package vn.thads.portal.planner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.keycases.KeyCaseOverview;
import vn.thads.portal.keycases.OpenKeyCase;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.stats.AgencyStats;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.stats.StatsEngine;
import vn.thads.portal.stats.UnitBreakdown;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.basic;

/**
 * {@code GET /api/v1/planner/{agency}/{period}} as api.md writes it, on the demo's An
 * Giang: its fields, its figures against the engine's and a computation of their own, its
 * scope.
 */
@FullStack
class PlannerApiTests {

	private static final List<String> CONTRACT = List.of("agencyCode", "casesNeeded", "moneyNeeded", "casesPerMonth",
			"moneyPerMonth", "projectedCasesRate", "projectedMoneyRate", "atRisk");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	StatsEngine engine;

	@Autowired
	AgencyDirectory directory;

	private JsonNode plan(String user, String agency, String period) throws Exception {
		String body = this.mvc.perform(get("/api/v1/planner/{a}/{p}", agency, period).with(basic(user)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body);
	}

	/** The engine's stats of AG's rows, keyed as the planner's rows are. */
	private Map<String, AgencyStats> engineRows(ReportingPeriod period) {
		UnitBreakdown breakdown = this.engine.units(this.directory.getByCode("AG"), period, Basis.SUBMITTED);
		Map<String, AgencyStats> rows = new HashMap<>();
		rows.put("AG", breakdown.total());
		breakdown.units().forEach((r) -> rows.put(r.ownReturnOnly() ? "own" : r.agency().code(), r));
		return rows;
	}

	private static String key(JsonNode row, int index) {
		return (index > 0 && row.get("ownReturnOnly").asBoolean()) ? "own" : row.get("agencyCode").asString();
	}

	/**
	 * An Giang 10/2026: a row for AG, then its own return and each of its fifteen
	 * regional offices; still needed as the statistics' gap, per month rounded up over
	 * the 11 months left, projections with two decimals.
	 */
	@Test
	void anGiangInOctober2026() throws Exception {
		JsonNode plan = plan("ag.lanhdao", "AG", "2026-10");
		assertThat(plan.get("agencyCode").asString()).isEqualTo("AG");
		assertThat(plan.get("period").asString()).isEqualTo("2026-10");
		assertThat(plan.get("monthsLeft").asInt()).isEqualTo(11);
		JsonNode rows = plan.get("rows");
		assertThat(rows.get(0).get("agencyCode").asString()).isEqualTo("AG");
		assertThat(rows.get(0).get("ownReturnOnly").asBoolean()).isFalse();
		List<String> keys = IntStream.range(0, rows.size()).mapToObj((i) -> key(rows.get(i), i)).toList();
		List<String> expected = new ArrayList<>(List.of("AG", "own"));
		IntStream.rangeClosed(1, 15).mapToObj("AG-KV%02d"::formatted).forEach(expected::add);
		assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);

		Map<String, AgencyStats> stats = engineRows(ReportingPeriod.of(2026, 10));
		List<Boolean> atRisk = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			JsonNode row = rows.get(i);
			CONTRACT.forEach((field) -> assertThat(row.has(field)).as(field).isTrue());
			AgencyStats engineRow = stats.get(key(row, i));
			assertThat(row.get("casesNeeded").asLong()).isEqualTo(engineRow.gap().casesNeeded());
			assertThat(row.get("moneyNeeded").asLong()).isEqualTo(engineRow.gap().moneyNeeded());
			// rounded up, computed here another way
			assertThat(row.get("casesPerMonth").asLong()).isEqualTo((engineRow.gap().casesNeeded() + 10) / 11);
			assertThat(row.get("moneyPerMonth").asLong()).isEqualTo((engineRow.gap().moneyNeeded() + 10) / 11);
			for (String rate : List.of("projectedCasesRate", "projectedMoneyRate")) {
				if (!row.get(rate).isNull()) {
					assertThat(row.get(rate).decimalValue().scale()).isLessThanOrEqualTo(2);
				}
			}
			if (i > 0) {
				atRisk.add(row.get("atRisk").asBoolean());
			}
		}
		// the units at risk come first, right after the agency's row
		assertThat(atRisk).contains(true, false);
		assertThat(atRisk).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
	}

	/**
	 * September: no month is left, so nothing per month, and every projection is the rate
	 * as it stands (the agency's too, the sum of its rows).
	 */
	@Test
	void inSeptemberNoMonthIsLeft() throws Exception {
		JsonNode plan = plan("ag.lanhdao", "AG", "2026-09");
		assertThat(plan.get("monthsLeft").asInt()).isZero();
		for (JsonNode row : plan.get("rows")) {
			assertThat(row.get("casesPerMonth").isNull()).isTrue();
			assertThat(row.get("moneyPerMonth").isNull()).isTrue();
			assertThat(row.get("projectedCasesRate").decimalValue())
				.isEqualByComparingTo(row.get("casesRate").decimalValue());
			assertThat(row.get("projectedMoneyRate").decimalValue())
				.isEqualByComparingTo(row.get("moneyRate").decimalValue());
		}
	}

	/** "If every unit keeps its pace": the agency's projection is its rows' added up. */
	@Test
	void theAgencyEndsWhereItsUnitsEnd(@Autowired SprintPlanner planner) {
		SprintPlan plan = planner.plan(this.directory.getByCode("AG"), ReportingPeriod.of(2026, 10), Basis.SUBMITTED);
		Outcome sum = Outcome.ZERO;
		for (PlanRow row : plan.units()) {
			if (row.cases().projection() != null) {
				sum = sum.plus(row.cases().projection().central());
			}
		}
		assertThat(plan.total().cases().projectedRate()).isEqualTo(sum.rate());
		assertThat(plan.total().cases().projection().years()).containsExactly(2026, 2025, 2024);
		assertThat(plan.total().cases().past()).hasSize(3);
	}

	/**
	 * What the open key cases could cover: their amount still to collect, capped at the
	 * money still needed; the units' add up to the agency's.
	 */
	@Test
	void theOpenKeyCasesCover(@Autowired SprintPlanner planner, @Autowired KeyCaseOverview register) throws Exception {
		AgencyRef ag = this.directory.getByCode("AG");
		SprintPlan plan = planner.plan(ag, ReportingPeriod.of(2026, 10), Basis.SUBMITTED);
		List<OpenKeyCase> open = register.openCases(ag.id());
		long outstanding = 0;
		for (OpenKeyCase c : open) {
			outstanding += c.amount() - c.collected();
		}
		KeyCaseCover total = plan.total().keyCases();
		assertThat(total.openCases()).isEqualTo(open.size()).isPositive();
		assertThat(total.outstanding()).isEqualTo(outstanding);
		assertThat(total.coverable()).isEqualTo(Math.min(outstanding, plan.total().money().needed()));
		assertThat(plan.units().stream().mapToInt((r) -> r.keyCases().openCases()).sum()).isEqualTo(open.size());
		assertThat(plan.units().stream().mapToLong((r) -> r.keyCases().outstanding()).sum()).isEqualTo(outstanding);
		for (PlanRow row : plan.units()) {
			assertThat(row.keyCases().coverable()).isLessThanOrEqualTo(row.money().needed())
				.isLessThanOrEqualTo(row.keyCases().outstanding());
		}
		JsonNode json = plan("ag.lanhdao", "AG", "2026-10").get("rows").get(0);
		assertThat(json.get("keyCasesOpen").asInt()).isEqualTo(open.size());
		assertThat(json.get("keyCasesOutstanding").asLong()).isEqualTo(outstanding);
		assertThat(json.get("keyCasesCoverable").asLong()).isEqualTo(total.coverable());
		assertThat(json.get("keyCasesShare").decimalValue()).isEqualByComparingTo(total.share());
	}

	@Test
	void scopeAsTheStatistics() throws Exception {
		for (String user : List.of("pt.lanhdao", "ag-kv01.canbo", "tn.canbo")) {
			this.mvc.perform(get("/api/v1/planner/AG/2026-10").with(basic(user)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		this.mvc.perform(get("/api/v1/planner/AG/2026-10").with(basic("ag.canbo"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/planner/AG-KV01/2026-10").with(basic("ag-kv01.canbo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.length()").value(1));
		this.mvc.perform(get("/api/v1/planner/AG/2026-10").with(basic("tw.lanhdao"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/planner/AG/2026-10")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/planner/NOPE/2026-10").with(basic("admin"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/planner/NOPE/2026-10").with(basic("ag.lanhdao")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/planner/AG/2026-13").with(basic("ag.lanhdao")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	/** The nation: a row per present province, their projections summed. */
	@Test
	void theNation() throws Exception {
		JsonNode plan = plan("tw.lanhdao", "TW", "2026-10");
		assertThat(plan.get("rows").get(0).get("agencyCode").asString()).isEqualTo("TW");
		List<String> codes = new ArrayList<>();
		plan.get("rows").forEach((row) -> codes.add(row.get("agencyCode").asString()));
		assertThat(codes).contains("AG", "PT", "TN");
		assertThat(plan.get("rows").get(0).get("projectedCasesRate").decimalValue()).isGreaterThan(BigDecimal.ZERO);
		// a province is projected alike in the nation's planner and in its own
		JsonNode anGiang = plan("ag.lanhdao", "AG", "2026-10").get("rows").get(0);
		for (JsonNode row : plan.get("rows")) {
			if (row.get("agencyCode").asString().equals("AG")) {
				for (String field : List.of("projectedCasesRate", "projectedMoneyRate", "projectedCasesLow",
						"projectedMoneyHigh", "atRisk")) {
					assertThat(row.get(field)).as(field).isEqualTo(anGiang.get(field));
				}
			}
		}
	}

}
