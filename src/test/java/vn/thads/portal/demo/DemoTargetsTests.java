package vn.thads.portal.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo targets exist for every statistical year from 2021 through the current one (2027
 * on 30/11/2026): the former agencies through 2025, the present ones from 2025, with the
 * national values of domain.md §4 (2026 on illustrative).
 */
@FullStack
class DemoTargetsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyAgencyHasTheTargetsOfTheYearsItExisted() {
		Map<String, Map<Integer, String>> byCode = new HashMap<>();
		this.jdbc.query("select a.code, t.stat_year, t.cases_rate || '/' || t.money_rate from target t"
				+ " join agency a on a.id = t.agency_id where t.updated_by = 'demo'", (rs) -> {
					byCode.computeIfAbsent(rs.getString(1), (c) -> new TreeMap<>()).put(rs.getInt(2), rs.getString(3));
				});
		assertThat(byCode.get("TW")).containsOnlyKeys(2021, 2022, 2023, 2024, 2025, 2026, 2027)
			.containsEntry(2022, "81.50/40.10")
			.containsEntry(2025, "83.90/51.90")
			.containsEntry(2026, "84.00/52.00")
			.containsEntry(2027, "84.00/52.00");
		assertThat(byCode.get("KG")).containsOnlyKeys(2021, 2022, 2023, 2024, 2025).containsEntry(2022, "81.50/40.10");
		assertThat(byCode.get("KG-RG")).containsOnlyKeys(2021, 2022, 2023, 2024, 2025);
		assertThat(byCode.get("HB")).containsOnlyKeys(2021, 2022, 2023, 2024, 2025).containsEntry(2021, "82.50/40.50");
		assertThat(byCode.get("AG")).containsOnlyKeys(2025, 2026, 2027).containsEntry(2025, "83.90/51.90");
		assertThat(byCode.get("AG-KV15")).containsOnlyKeys(2025, 2026, 2027);
		assertThat(byCode.get("TN-KV12")).containsOnlyKeys(2025, 2026, 2027);
		for (DemoAgencies.DemoAgency agency : DemoAccountsAndAgencies.all()) {
			assertThat(byCode).as(agency.code()).containsKey(agency.code());
			int years = agency.code().equals(DemoAgencies.CENTRAL) ? 7 : agency.isFormer() ? 5 : 3;
			assertThat(byCode.get(agency.code())).as(agency.code()).hasSize(years);
		}
	}

}
