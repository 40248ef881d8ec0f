package vn.thads.portal.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import vn.thads.portal.support.Browser;
import vn.thads.portal.support.InBrowser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provincial leader prints Kiên Giang's quarterly report: from the menu to the print
 * view of quý IV 2022, then its PDF; a quarter not yet ended is refused on the page.
 */
@InBrowser
class ReportsBrowserTests {

	@Test
	void aLeaderPrintsTheQuarterlyReportAndDownloadsItsPdf(Browser.Session session) {
		Page page = session.signIn("ag.lanhdao", "demo");
		page.click("#nav-reports");
		assertThat(page.locator("#agency")).hasValue("AG");
		assertThat(page.locator("#choice")).hasValue("quarter-4");
		assertThat(page.locator("#year")).hasValue("2026");

		// Kiên Giang's report of 2022, as it was then
		page.selectOption("#agency", "KG");
		page.selectOption("#year", "2022");
		page.fill("#date", "2022-10-05");
		page.click("#report-choice button[value='']");
		page.waitForLoadState();
		assertThat(page.locator("h1.document-title")).hasText("BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ");
		assertThat(page.locator(".period-title")).hasText("Quý IV năm 2022");
		assertThat(page.locator(".admin-header .date-line")).hasText("Kiên Giang, ngày 05 tháng 10 năm 2022");
		assertThat(page.locator(".notice")).containsText("Chi cục Thi hành án dân sự huyện Kiên Hải");
		assertThat(page.locator("table.figures tr.total").first()).containsText("20.352");
		assertThat(page.locator("header.portal-header")).hasCount(0);

		Download pdf = page.waitForDownload(() -> page.click(".screen-toolbar >> text=Tải PDF"));
		assertThat(pdf.suggestedFilename()).isEqualTo("bao-cao-KG-2022-09.pdf");
		assertThat(pdf.failure()).isNull();

		page.click(".screen-toolbar >> text=Chọn báo cáo khác");
		assertThat(page.locator("#year")).hasValue("2022");
		assertThat(page.locator("#date")).hasValue("2022-10-05");
		assertThat(page.locator("#agency")).hasValue("KG");
		// An Giang's current statistical year, whose quý IV has not ended
		page.selectOption("#agency", "AG");
		page.selectOption("#year", new SelectOption().setIndex(0));
		page.click("#report-choice button[value='']");
		assertThat(page.locator("#choice-error")).containsText("chưa kết thúc");
	}

}
