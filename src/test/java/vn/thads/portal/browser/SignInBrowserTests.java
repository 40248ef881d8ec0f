package vn.thads.portal.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import vn.thads.portal.support.Browser;
import vn.thads.portal.support.InBrowser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A district officer signs in through the real form and lands on their monthly returns.
 */
@InBrowser
class SignInBrowserTests {

	@Test
	void aRegionalOfficerSignsInAndSeesTheirReturns(Browser.Session session) {
		Page page = session.signIn("ag-kv01.canbo", "demo");
		assertThat(page).hasURL(Pattern.compile(".*/returns/AG-KV01$"));
		assertThat(page.locator("h1")).hasText("Báo cáo tháng");
		page.click("#nav-dashboard");
		assertThat(page).hasURL(Pattern.compile(".*/dashboard/AG-KV01$"));
		assertThat(page.locator("h1")).hasText("Phòng Thi hành án dân sự khu vực 1 - An Giang");
		assertThat(page.locator("header")).containsText("Cán bộ thống kê");
	}

	@Test
	void aWrongPasswordKeepsTheVisitorOnTheSignInPage(Browser.Session session) {
		Page page = session.signIn("ag-kv01.canbo", "sai-mat-khau");
		assertThat(page.locator(".alert-danger")).containsText("không đúng");
	}

	@Test
	void anAccountOfAClosedAgencyIsRefusedLikeAWrongPassword(Browser.Session session) {
		Page page = session.signIn("kg-rg.canbo", "demo");
		assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
		assertThat(page.locator(".alert-danger")).containsText("không đúng");
	}

	@Test
	void theLanguageSwitchesToEnglishAndBack(Browser.Session session) {
		Page page = session.signIn("ag.lanhdao", "demo");
		page.click("header a[hreflang=en]");
		assertThat(page.locator("header")).containsText("Leader");
		page.click("header a[hreflang=vi]");
		assertThat(page.locator("header")).containsText("Lãnh đạo");
	}

}
