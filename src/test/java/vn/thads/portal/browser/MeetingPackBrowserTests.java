package vn.thads.portal.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import vn.thads.portal.keycases.KeyCaseFilter;
import vn.thads.portal.keycases.KeyCaseRegister;
import vn.thads.portal.keycases.KeyCaseRow;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.support.Browser;
import vn.thads.portal.support.DemoPrincipals;
import vn.thads.portal.support.InBrowser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The monthly meeting in the browser (issue 15): An Giang's director gives an instruction
 * on a key case at the meeting of 09/2026 and finds it, with what became of it, in the
 * pack of 10/2026 among the last meeting's instructions — not among those of 08/2026 in
 * September's pack.
 */
@InBrowser
class MeetingPackBrowserTests {

	private static final String INSTRUCTION = "Làm việc với Ủy ban nhân dân xã về cưỡng chế giao tài sản, báo cáo trước giao ban tháng sau";

	@Autowired
	KeyCaseRegister register;

	@Test
	void anInstructionGivenAtOneMeetingIsInTheNextMonthsPack(Browser.Session session) {
		KeyCaseRow keyCase = this.register
			.register((PortalUser) DemoPrincipals.load("ag.lanhdao"), "AG", KeyCaseFilter.OPEN)
			.get(0);
		Page page = session.signIn("ag.lanhdao", "demo");
		page.navigate("/meetings/AG/2026-09");
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator("#to-key-cases")).isVisible();
		page.navigate("/key-cases/" + keyCase.id());
		page.selectOption("#meeting", "2026-09");
		page.fill("#text", INSTRUCTION);
		page.fill("#due", "2026-11-15");
		page.click("#instruction-form button[type=submit]");
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page.locator("#instructions")).containsText(INSTRUCTION);

		page.navigate("/meetings/AG/2026-10");
		assertThat(page.locator("#last-instructions")).containsText(INSTRUCTION);
		assertThat(page.locator("#last-instructions")).containsText(keyCase.decisionNumber());
		assertThat(page.locator("#last-instructions")).containsText("15/11/2026");
		page.click("#pack-previous");
		page.waitForLoadState(LoadState.LOAD);
		assertThat(page).hasURL(Pattern.compile(".*/meetings/AG/2026-09$"));
		// September's pack lists August's instructions as the last meeting's, and this
		// one
		// among its key cases as given at this meeting
		assertThat(page.locator("#last-instructions")).not().containsText(INSTRUCTION);
		assertThat(page.locator("#key-cases")).containsText(INSTRUCTION);
	}

}
