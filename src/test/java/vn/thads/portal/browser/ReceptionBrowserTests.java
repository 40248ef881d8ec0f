package vn.thads.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.support.Browser;
import vn.thads.portal.support.InBrowser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Citizen reception in the browser (issue 14): the collapsed section opens, the live
 * preview names the leaders' part above the total next to its field, and clears it once
 * fixed.
 */
@InBrowser
class ReceptionBrowserTests {

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	TestUnits units;

	@BeforeEach
	void units() {
		this.units = TestUnits.create(this.agencies, this.users);
	}

	@Test
	void theLivePreviewChecksTheLeadersPart(Browser.Session session) {
		Page page = session.signIn(this.units.officer(), "demo");
		page.navigate("/returns/" + this.units.province() + "/2020-09");
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator("#reception-visits")).not().isVisible();
		page.click("#reception summary");
		page.fill("#reception-visits", "191");
		page.fill("#reception-people", "195");
		page.fill("#reception-leaderVisits", "200");
		assertThat(page.locator("#m-reception-leaderVisits"))
			.hasText("Số lượt lãnh đạo tiếp là 200, lớn hơn Số lượt tiếp công dân (191)");
		assertThat(page.locator("#check-errors")).containsText("Số lượt lãnh đạo tiếp là 200");
		page.fill("#reception-leaderVisits", "135");
		assertThat(page.locator("#m-reception-leaderVisits")).isEmpty();
	}

}
