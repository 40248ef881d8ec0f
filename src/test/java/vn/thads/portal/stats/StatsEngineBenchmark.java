package vn.thads.portal.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Figures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's speed on the national data set (docs/benchmarks.md). Not part of
 * {@code ./mvnw verify}: the class name matches none of Surefire's test patterns. Run it
 * with
 *
 * <pre>
 * ./mvnw -B test -Dtest=StatsEngineBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * The first run fills {@code ./data/national} (profile {@code national}); later runs
 * reuse it. It asserts that the figures are right, never how fast they came: the times
 * are printed and written to {@code target/benchmark-engine.md}.
 */
@SpringBootTest(properties = { "thads.embedded-db.dir=data/national", "thads.embedded-db.clean=false",
		"spring.profiles.active=national", "logging.level.vn.thads=INFO",
		// the queries are measured, not the answers kept for an unchanged snapshot
		"thads.stats.cache-size=0" })
class StatsEngineBenchmark {

	static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 100);

	static final int RUNS = Integer.getInteger("benchmark.runs", 500);

	@Autowired
	StatsEngine engine;

	@Autowired
	AgencyDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void statsAndUnitsOfAProvinceAndOfTheCountry() throws IOException {
		Long returns = this.jdbc.queryForObject("select count(*) from monthly_return", Long.class);
		Long agencies = this.jdbc.queryForObject("select count(*) from agency", Long.class);
		assertThat(returns).isGreaterThanOrEqualTo(90_000);
		AgencyRef country = this.directory.getByCode("TW");
		AgencyRef province = this.directory.getByCode("N17");
		ReportingPeriod period = ReportingPeriod.of(2024, 6);

		// right before fast: the country is the sum of its rows, a province of its units
		UnitBreakdown national = this.engine.units(country, period, Basis.SUBMITTED);
		assertThat(national.units()).hasSizeGreaterThanOrEqualTo(64);
		Figures sum = national.units().stream().map((row) -> row.cases().figures()).reduce(Figures.ZERO, Figures::plus);
		assertThat(sum).isEqualTo(this.engine.stats(country, period, Basis.SUBMITTED).cases().figures());
		AgencyStats n17 = this.engine.stats(province, period, Basis.SUBMITTED);
		assertThat(n17.units().expected()).isEqualTo(12);
		assertThat(n17.previousYear()).isNotNull();
		assertThat(n17.gap()).isNotNull();

		List<String> lines = new ArrayList<>();
		lines.add("| call | p50 ms | p95 ms | max ms |");
		lines.add("|---|---|---|---|");
		lines.add(measure("stats, one province (N17, 2024-06)",
				() -> this.engine.stats(province, period, Basis.SUBMITTED)));
		lines.add(measure("units, one province (12 rows)", () -> this.engine.units(province, period, Basis.SUBMITTED)));
		lines.add(measure("stats, whole country (TW, 2024-06)",
				() -> this.engine.stats(country, period, Basis.SUBMITTED)));
		lines.add(measure("units, whole country (67 rows)", () -> this.engine.units(country, period, Basis.SUBMITTED)));
		lines.add(measure("series, one province (9 + 12 months)",
				() -> this.engine.series(province, period, Basis.SUBMITTED)));
		lines.add(measure("series, whole country", () -> this.engine.series(country, period, Basis.SUBMITTED)));
		lines.add(measure("completeness, whole country", () -> this.engine.completeness(country, period)));
		String report = "Data: %d agencies, %d returns. %d warm-up calls, then %d timed calls each.%n%n%s%n"
			.formatted(agencies, returns, WARM_UP, RUNS, String.join(System.lineSeparator(), lines));
		System.out.println(report);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/benchmark-engine.md"), report);
	}

	private static String measure(String name, Supplier<Object> call) {
		for (int i = 0; i < WARM_UP; i++) {
			assertThat(call.get()).isNotNull();
		}
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			Object result = call.get();
			nanos[i] = System.nanoTime() - start;
			assertThat(result).isNotNull();
		}
		Arrays.sort(nanos);
		return "| %s | %.2f | %.2f | %.2f |".formatted(name, millis(nanos[RUNS / 2]), millis(nanos[RUNS * 95 / 100]),
				millis(nanos[RUNS - 1]));
	}

	private static double millis(long nanos) {
		return nanos / 1_000_000.0;
	}

}
