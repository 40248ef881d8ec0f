package vn.thads.portal.load;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The load test's settings, from system properties ({@code -Dload.users=200} …), with the
 * defaults of the run written down in docs/benchmarks.md.
 */
record LoadSettings(String baseUrl, int officers, int apiClients, int leaders, Duration duration, Duration rampUp,
		Duration pauseMin, Duration pauseMax, List<String> periods, String dashboardPeriod, String writeLog) {

	/**
	 * The national data set's agencies: 63 provinces × (provincial office + 11 units).
	 */
	static final int AGENCIES = 63 * 12;

	static LoadSettings fromSystemProperties() {
		int users = Integer.getInteger("load.users", 200);
		int leaders = Integer.getInteger("load.leaders", users * 15 / 100);
		int apiClients = Integer.getInteger("load.apiClients", users * 10 / 100);
		YearMonth first = YearMonth.parse(System.getProperty("load.firstPeriod", "2025-10"));
		List<String> periods = new ArrayList<>();
		for (int i = 0; i < Integer.getInteger("load.periods", 13); i++) {
			periods.add(first.plusMonths(i).toString());
		}
		return new LoadSettings(System.getProperty("load.baseUrl", "http://127.0.0.1:8080"),
				users - leaders - apiClients, apiClients, leaders,
				Duration.ofSeconds(Integer.getInteger("load.seconds", 300)),
				Duration.ofSeconds(Integer.getInteger("load.rampSeconds", 30)),
				Duration.ofMillis(Integer.getInteger("load.pauseMinMs", 2000)),
				Duration.ofMillis(Integer.getInteger("load.pauseMaxMs", 6000)), periods,
				System.getProperty("load.dashboardPeriod", "2025-09"),
				System.getProperty("load.writeLog", "target/load/writes.csv"));
	}

	int writers() {
		return this.officers + this.apiClients;
	}

	/** The code of the national agency at an index: {@code N01}, {@code N01-L01} … */
	static String agency(int index) {
		int province = index % AGENCIES / 12 + 1;
		int unit = index % 12;
		return (unit == 0) ? "N%02d".formatted(province) : "N%02d-L%02d".formatted(province, unit);
	}

}
