package vn.thads.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.security.Role;
import vn.thads.portal.support.Browser;
import vn.thads.portal.support.InBrowser;
import vn.thads.portal.support.TestUsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unsaved typing the entry page keeps in the browser belongs to whoever typed it: a
 * colleague on the same office computer is not offered it, and signing out forgets it.
 */
@InBrowser
class DraftsBrowserTests {

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	TestUnits units;

	String colleague;

	@BeforeEach
	void units() {
		this.units = TestUnits.create(this.agencies, this.users);
		this.colleague = this.units.officer().replace(".canbo", ".canbo2");
		this.users.provision(this.colleague, "Cán bộ thứ hai", Role.OFFICER, this.units.province(),
				TestUsers.DEMO_PASSWORD);
	}

	@Test
	void aColleagueOnTheSameComputerIsNotOfferedSomeoneElsesTyping(Browser.Session session) {
		String month = "/returns/" + this.units.province() + "/2020-07";
		Page page = typeWithoutSaving(session, this.units.officer(), month);
		// the session ends without signing out (expired, browser closed)
		session.context().clearCookies();

		page = session.signIn(this.colleague, "demo");
		page.navigate(month);
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator("#draft-restore")).isHidden();

		session.context().clearCookies();
		page = session.signIn(this.units.officer(), "demo");
		page.navigate(month);
		assertThat(page.locator("#draft-restore")).isVisible();
	}

	@Test
	void signingOutForgetsTheUnsavedTyping(Browser.Session session) {
		String month = "/returns/" + this.units.province() + "/2020-06";
		Page page = typeWithoutSaving(session, this.units.officer(), month);
		assertThat(draftKeys(page)).isPositive();

		page.click("#userMenu");
		page.click("#sign-out button[type=submit]");
		page.waitForURL("**/login?logout");
		assertThat(draftKeys(page)).isZero();

		page = session.signIn(this.units.officer(), "demo");
		page.navigate(month);
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator("#draft-restore")).isHidden();
	}

	private Page typeWithoutSaving(Browser.Session session, String officer, String month) {
		Page page = session.signIn(officer, "demo");
		page.navigate(month);
		page.waitForLoadState(LoadState.LOAD);
		page.fill("#cases-newlyAccepted", "321");
		assertThat(page.locator("#v-cases-totalAccepted")).hasText("321");
		return page;
	}

	private static int draftKeys(Page page) {
		return ((Number) page
			.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('thads-return:')).length")).intValue();
	}

}
