package vn.thads.portal.browser;

import java.util.regex.Pattern;

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
 * A month's work in the browser: an officer types a return, watches the server recompute
 * a rate, fixes an identity error and submits; a leader approves it.
 */
@InBrowser
class ReturnsBrowserTests {

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
	void anOfficerFillsAMonthAndALeaderApprovesIt(Browser.Session session) {
		Page page = session.signIn(this.units.officer(), "demo");
		page.click("#nav-returns");
		page.navigate("/returns/" + this.units.province() + "?year=2020");
		page.click("#month-2020-09 a");
		assertThat(page).hasURL(Pattern.compile(".*/returns/" + this.units.province() + "/2020-09$"));
		assertThat(page.locator("#v-cases-completionRate")).hasText("—");
		// the live preview listens once the page's scripts have run (slow on a loaded
		// machine): type only then, as a person would
		page.waitForLoadState(LoadState.LOAD);

		// keyboard first: Enter moves down the column, Tab from the last case figure to
		// money
		page.locator("#cases-carriedOver").focus();
		page.keyboard().type("7.776");
		page.keyboard().press("Enter");
		assertThat(page.locator("#cases-newlyAccepted")).isFocused();
		page.keyboard().type("12576");
		page.fill("#cases-completed", "12.056");
		page.fill("#cases-terminated", "174");
		page.fill("#cases-inProgress", "2 417");
		assertThat(page.locator("#v-cases-completionRate")).hasText("83,50");
		assertThat(page.locator("#v-cases-totalAccepted")).hasText("20.352");

		// an identity error, with the numbers involved, next to the field
		page.fill("#cases-withoutConditions", "5.600");
		assertThat(page.locator("#m-cases-withoutConditions"))
			.hasText("Phải thi hành (20.352) khác Có điều kiện (14.647) + Chưa có điều kiện (5.600): lệch 105");
		assertThat(page.locator("#check-errors")).containsText("lệch 105");
		page.locator("#cases-withoutConditions").focus();
		page.keyboard().press("Tab");
		assertThat(page.locator("#money-carriedOver")).isFocused();
		page.fill("#cases-withoutConditions", "5.705");
		assertThat(page.locator("#m-cases-withoutConditions")).isEmpty();
		assertThat(page.locator("#checks")).containsText("Không có lỗi");

		page.fill("#explanation", "Số liệu tháng 9");
		page.click("#submit-return");
		assertThat(page.locator(".alert-success")).containsText("Đã nộp báo cáo tháng 9/2020");
		assertThat(page.locator("#return-status")).containsText("Đã nộp, chờ duyệt");
		assertThat(page.locator("#cases-completed")).hasCount(0);

		session.context().clearCookies();
		page = session.signIn(this.units.leader(), "demo");
		assertThat(page.locator("#nav-review .badge")).hasText("1");
		page.click("#nav-review");
		page.click("#queue-" + this.units.province() + "-2020-09 a");
		assertThat(page.locator("#explanation-given")).hasText("Số liệu tháng 9");
		page.click("#approve");
		assertThat(page.locator(".alert-success")).containsText("Đã duyệt báo cáo tháng 9/2020");
		assertThat(page.locator("#return-status")).containsText("Đã duyệt");
		page.click("#history-link");
		assertThat(page.locator("#history tbody tr")).hasCount(3);
	}

	@Test
	void typingLeftUnsavedIsOfferedBackWhenTheMonthIsOpenedAgain(Browser.Session session) {
		Page page = session.signIn(this.units.officer(), "demo");
		String month = "/returns/" + this.units.province() + "/2020-08";
		page.navigate(month);
		page.fill("#cases-newlyAccepted", "321");
		page.fill("#money-completed", "4.500");
		assertThat(page.locator("#v-cases-totalAccepted")).hasText("321");
		// the tab is closed, or the session expired, before saving
		page.navigate("/returns/" + this.units.province());
		page.navigate(month);
		assertThat(page.locator("#cases-newlyAccepted")).hasValue("0");
		assertThat(page.locator("#draft-restore")).isVisible();
		page.click("#draft-restore-yes");
		assertThat(page.locator("#cases-newlyAccepted")).hasValue("321");
		assertThat(page.locator("#money-completed")).hasValue("4.500");
		assertThat(page.locator("#v-cases-totalAccepted")).hasText("321");
		page.click("#save-draft");
		assertThat(page.locator(".alert-success")).containsText("Đã lưu nháp");
		page.navigate(month);
		assertThat(page.locator("#draft-restore")).isHidden();
		assertThat(page.locator("#cases-newlyAccepted")).hasValue("321");
	}

}
