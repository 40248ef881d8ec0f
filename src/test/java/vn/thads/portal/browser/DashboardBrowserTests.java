package vn.thads.portal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

import vn.thads.portal.support.Browser;
import vn.thads.portal.support.InBrowser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provincial leader prepares the monthly meeting: lands on the province's dashboard,
 * goes back to the 12-month report of 2022, sorts the units by rate, opens the weakest
 * one; the charts are drawn (the page's scripts run under the CSP) and the central leader
 * drills down from the country.
 */
@InBrowser
class DashboardBrowserTests {

	@Test
	void aProvincialLeaderChangesThePeriodSortsAndDrillsDown(Browser.Session session) {
		List<String> errors = new ArrayList<>();
		session.page().onPageError(errors::add);
		session.page().onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				errors.add(message.text());
			}
		});
		Page page = session.signIn("ag.lanhdao", "demo");
		assertThat(page).hasURL(Pattern.compile(".*/dashboard/AG$"));
		assertThat(page.locator("h1")).hasText("Thi hành án dân sự tỉnh An Giang");
		// Kiên Giang, a predecessor, is in An Giang's leader's scope
		page.navigate("/dashboard/KG?period=2024-09");
		assertThat(page.locator("h1")).hasText("Cục Thi hành án dân sự tỉnh Kiên Giang");

		// each choice reloads the page (the selects submit themselves)
		page.waitForLoadState(LoadState.LOAD);
		page.selectOption("#choose-year", "2022-09");
		page.waitForURL(Pattern.compile(".*/dashboard/KG\\?period=2022-09$"));
		page.waitForLoadState(LoadState.LOAD);
		page.selectOption("#choose-period", "2022-08");
		page.waitForURL(Pattern.compile(".*/dashboard/KG\\?period=2022-08$"));
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator("#period-label")).hasText("11 tháng năm 2022 (01/10/2021 – 31/08/2022)");
		page.click("#period-next");
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator("#period-label")).hasText("12 tháng năm 2022 (01/10/2021 – 30/09/2022)");
		assertThat(page.locator("#card-cases .headline-rate")).hasText("83,50 %");
		assertThat(page.locator("#card-money .headline-rate")).hasText("57,79 %");

		// the charts were drawn by Chart.js from the page's JSON
		Object drawn = page.evaluate("() => Array.from(document.querySelectorAll('canvas[data-chart]'))"
				+ ".every(c => window.Chart.getChart(c) !== undefined)");
		assertThat(drawn).isEqualTo(true);

		// sort by rate: ascending puts the lowest first, again descending
		Locator rate = page.locator("#units-cases thead th").nth(4);
		rate.locator("button").click();
		assertThat(rate).hasAttribute("aria-sort", "ascending");
		List<Double> ascending = rates(page);
		assertThat(ascending).isSorted();
		rate.locator("button").click();
		assertThat(rate).hasAttribute("aria-sort", "descending");
		List<Double> descending = rates(page);
		assertThat(descending.get(0)).isEqualTo(ascending.get(ascending.size() - 1));

		// the first row is now the best unit; the weakest is last: open it
		Locator weakest = page.locator("#units-cases tbody tr").last();
		String code = weakest.getAttribute("id").replace("row-cases-", "");
		weakest.locator("td").first().click();
		assertThat(page).hasURL(Pattern.compile(".*/dashboard/" + code + "\\?period=2022-09$"));
		assertThat(page.locator("#trail")).containsText("Kiên Giang");
		assertThat(page.locator("#own-return")).isVisible();
		assertThat(page.locator("#chart-cases-trend")).isVisible();
		assertThat(errors).isEmpty();
	}

	@Test
	void theCentralLeaderDrillsDownFromTheCountry(Browser.Session session) {
		Page page = session.signIn("tw.lanhdao", "demo");
		assertThat(page).hasURL(Pattern.compile(".*/dashboard/TW$"));
		page.click("#tab-money");
		assertThat(page.locator("#units-money")).isVisible();
		page.click("#tab-cases");
		page.click("#row-cases-PT a");
		assertThat(page).hasURL(Pattern.compile(".*/dashboard/PT\\?period=.*"));
		page.click("#row-cases-PT-KV01 a");
		assertThat(page).hasURL(Pattern.compile(".*/dashboard/PT-KV01\\?period=.*"));
		assertThat(page.locator("#trail a")).hasText(new String[] { "Cục Quản lý THADS", "Phú Thọ" });
	}

	/** The rates of the cases table, top to bottom, rows without one left out. */
	private static List<Double> rates(Page page) {
		List<Double> rates = new ArrayList<>();
		Object keys = page.locator("#units-cases tbody tr td:nth-child(5)")
			.evaluateAll("cells => cells.map(c => c.getAttribute('data-sort'))");
		for (Object key : (List<?>) keys) {
			if (key != null && !key.toString().isEmpty()) {
				rates.add(Double.valueOf(key.toString()));
			}
		}
		return rates;
	}

}
