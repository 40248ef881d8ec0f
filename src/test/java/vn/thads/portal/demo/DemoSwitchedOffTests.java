package vn.thads.portal.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.security.Role;
import vn.thads.portal.support.DemoPrincipals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * An embedded database that held the demo, started with {@code thads.demo.enabled=false}:
 * the demo's accounts still on the password {@code demo} are disabled, an account whose
 * password was changed and accounts that are not the demo's are kept, and no page says
 * "demo" any more. On a database of this class's own.
 */
@SpringBootTest(properties = { "thads.demo.enabled=false", "thads.embedded-db.dir=target/test-pg-demo-off",
		"thads.embedded-db.clean=true", DemoPrincipals.OWN_DATABASE + "=true" })
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoSwitchedOffTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@Autowired
	DemoSwitchedOff switchedOff;

	@Test
	void theDemoAccountsStillOnTheDemoPasswordAreDisabled() throws Exception {
		TestUnits units = TestUnits.create(this.agencies, this.users);
		// what the demo left: its accounts on the demo password, one of them since
		// changed
		this.users.provision("ag.lanhdao", "Lãnh đạo mẫu", Role.LEADER, units.province(), "demo");
		this.users.provision("ag-kv01.canbo", "Cán bộ mẫu", Role.OFFICER, units.province(), "demo");
		this.users.provision("admin", "Quản trị", Role.ADMIN, units.province(), "mat-khau-that-2026");

		assertThat(this.switchedOff.disableDemoAccounts()).containsExactlyInAnyOrder("ag.lanhdao", "ag-kv01.canbo");

		this.mvc.perform(formLogin("/login").user("ag.lanhdao").password("demo")).andExpect(unauthenticated());
		this.mvc.perform(formLogin("/login").user("ag-kv01.canbo").password("demo")).andExpect(unauthenticated());
		this.mvc.perform(formLogin("/login").user("admin").password("mat-khau-that-2026"))
			.andExpect(authenticated().withUsername("admin"));
		// not a demo account, though its password is the same
		this.mvc.perform(formLogin("/login").user(units.officer()).password("demo")).andExpect(authenticated());
	}

	@Test
	void noPageShowsTheDemoRibbon() throws Exception {
		this.mvc.perform(get("/login")).andExpect(content().string(not(containsString("BẢN DÙNG THỬ"))));
	}

}
