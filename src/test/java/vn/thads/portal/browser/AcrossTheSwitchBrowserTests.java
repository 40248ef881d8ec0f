package vn.thads.portal.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

import vn.thads.portal.support.Browser;
import vn.thads.portal.support.InBrowser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Giang's leader, on 30/11/2026 (the tests' pinned day), lands on today's An Giang for
 * 10/2026, goes back to the 12 months of 2025 (which cross the switch), then to 2024,
 * before An Giang existed in its present form, and drills into Kiên Giang as it was and
 * its 2022 published figures.
 */
@InBrowser
class AcrossTheSwitchBrowserTests {

	@Test
	void anGiangsLeaderDrillsFromTodayIntoKienGiang(Browser.Session session) {
		List<String> errors = new ArrayList<>();
		session.page().onPageError(errors::add);
		Page page = session.signIn("ag.lanhdao", "demo");
		assertThat(page).hasURL(Pattern.compile(".*/dashboard/AG$"));
		assertThat(page.locator("h1")).hasText("Thi hành án dân sự tỉnh An Giang");
		assertThat(page.locator("#period-label")).hasText("1 tháng năm 2027 (01/10/2026 – 31/10/2026)");
		assertThat(page.locator("#row-cases-AG-KV01")).isVisible();

		// the 12 months ending 09/2026 are one click away
		page.waitForLoadState(LoadState.LOAD);
		page.click("#period-previous");
		page.waitForURL(Pattern.compile(".*/dashboard/AG\\?period=2026-09$"));
		assertThat(page.locator("#period-label")).hasText("12 tháng năm 2026 (01/10/2025 – 30/09/2026)");

		// the year that spans the switch: continuous, with its marker
		page.waitForLoadState(LoadState.LOAD);
		page.selectOption("#choose-year", "2025-09");
		page.waitForURL(Pattern.compile(".*/dashboard/AG\\?period=2025-09$"));
		assertThat(page.locator("#period-label")).hasText("12 tháng năm 2025 (01/10/2024 – 30/09/2025)");
		Object marker = page.evaluate("() => JSON.parse(document.querySelector('#dashboard-data')"
				+ ".getAttribute('data-charts')).casesTrend.marker");
		assertThat(marker).isEqualTo(9);

		// before the switch: today's offices are listed, the predecessors are named
		page.waitForLoadState(LoadState.LOAD);
		page.selectOption("#choose-year", "2024-09");
		page.waitForURL(Pattern.compile(".*/dashboard/AG\\?period=2024-09$"));
		assertThat(page.locator("#row-cases-AG-KV01")).isVisible();
		assertThat(page.locator("#lineage-counted")).containsText("Cục Thi hành án dân sự tỉnh Kiên Giang");
		page.locator("#lineage-counted a", new Page.LocatorOptions().setHasText("Kiên Giang")).click();
		assertThat(page).hasURL(Pattern.compile(".*/dashboard/KG\\?period=2024-09$"));
		assertThat(page.locator("h1")).hasText("Cục Thi hành án dân sự tỉnh Kiên Giang");
		assertThat(page.locator("#trail")).containsText("An Giang");
		assertThat(page.locator("#units-cases tbody")).containsText("Rạch Giá");
		assertThat(page.locator("#lineage-successor")).containsText("Thi hành án dân sự tỉnh An Giang");

		// Kiên Giang's published 2022 figures, read by An Giang's leader
		page.waitForLoadState(LoadState.LOAD);
		page.selectOption("#choose-year", "2022-09");
		page.waitForURL(Pattern.compile(".*/dashboard/KG\\?period=2022-09$"));
		assertThat(page.locator("#card-cases .headline-rate")).hasText("83,50 %");
		assertThat(page.locator("#card-money .headline-rate")).hasText("57,79 %");
		assertThat(errors).isEmpty();
	}

}
