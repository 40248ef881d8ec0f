package vn.thads.portal.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.support.Browser;
import vn.thads.portal.support.InBrowser;
import vn.thads.portal.support.TestAgencies;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A provincial leader sets the targets of the districts: a mistyped rate is shown on its
 * cell with what was typed, the corrected sheet is saved and audited.
 */
@InBrowser
class TargetsBrowserTests {

	@Autowired
	TestAgencies testAgencies;

	@Test
	void aLeaderSetsTheDistrictsTargets(Browser.Session session) {
		AgencyRef province = this.testAgencies.province();
		AgencyRef district = this.testAgencies.local(province);
		String leader = this.testAgencies.leader(province);
		Page page = session.signIn(leader, "demo");
		page.click("header >> text=Chỉ tiêu");
		page.selectOption("#choose-year", "2023");
		page.click("#target-choice button[type=submit]");
		page.waitForLoadState();
		assertThat(page.locator("#row-" + district.code())).containsText(district.name());

		page.fill("#rows0\\.casesRate", "82,505");
		page.fill("#rows0\\.moneyRate", "45.5");
		page.click("#target-form button[type=submit]");
		assertThat(page.locator("#rows0\\.casesRate-error")).containsText("82,505 có quá 2 chữ số thập phân");
		assertThat(page.locator("#rows0\\.casesRate")).hasValue("82,505");
		assertThat(page.locator("#rows0\\.moneyRate")).hasValue("45.5");

		page.fill("#rows0\\.casesRate", "82,50");
		page.click("#target-form button[type=submit]");
		assertThat(page.locator(".alert-success")).containsText("1 đơn vị");
		assertThat(page.locator("#rows0\\.casesRate")).hasValue("82,50");
		assertThat(page.locator("#rows0\\.moneyRate")).hasValue("45,50");
		assertThat(page.locator("#target-history")).containsText(leader);
	}

}
