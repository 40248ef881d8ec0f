package vn.thads.portal.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.RealSessions;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

@FullStack
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theSignInPageIsVietnamese() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đăng nhập")))
			.andExpect(content().string(containsString("Tên đăng nhập")))
			.andExpect(content().string(containsString("lang=\"vi\"")));
	}

	@Test
	void theSignInPageSwitchesToEnglish() throws Exception {
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in")));
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/agencies/KG")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aDemoOfficerSignsInWithTheDemoPassword() throws Exception {
		this.mvc.perform(formLogin("/login").user("ag-kv01.canbo").password("demo"))
			.andExpect(authenticated().withUsername("ag-kv01.canbo").withRoles("OFFICER"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aWrongPasswordIsRefused() throws Exception {
		this.mvc.perform(formLogin("/login").user("ag-kv01.canbo").password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void anAccountOfAClosedAgencyIsRefusedLikeAWrongPassword() throws Exception {
		this.mvc.perform(formLogin("/login").user("kg-rg.canbo").password("demo"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void signInWithoutCsrfTokenIsRefused() throws Exception {
		// without a session there is no token to compare with: treated as an expired
		// session
		this.mvc.perform(post("/login").param("username", "ag-kv01.canbo").param("password", "demo"))
			.andExpect(redirectedUrl("/login?expired"))
			.andExpect(unauthenticated());
	}

	@Test
	void theHomePageLeadsToTheUsersWork() throws Exception {
		// an officer starts at their returns, a leader at their dashboard
		// (DashboardPagesTests)
		this.mvc.perform(get("/").with(session("ag-kv01.canbo"))).andExpect(redirectedUrl("/returns/AG-KV01"));
		this.mvc.perform(get("/").with(session("ag.lanhdao"))).andExpect(redirectedUrl("/dashboard/AG"));
		this.mvc.perform(get("/agencies/AG-KV01").with(session("ag-kv01.canbo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phòng Thi hành án dân sự khu vực 1 - An Giang")))
			.andExpect(content().string(containsString("Cán bộ thống kê")));
	}

	@Test
	void anOfficerCannotOpenAnotherOffice() throws Exception {
		this.mvc.perform(get("/agencies/AG-KV02").with(session("ag-kv01.canbo"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/agencies/NOPE").with(session("ag-kv01.canbo"))).andExpect(status().isForbidden());
	}

	@Test
	void administrationPagesAreRefusedToOfficersAndLeaders() throws Exception {
		this.mvc.perform(get("/admin/agencies").with(session("ag-kv01.canbo"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users").with(session("ag.lanhdao"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users").with(session("admin"))).andExpect(status().isOk());
	}

	@Test
	void formsRequireTheCsrfTokenOfTheSession() throws Exception {
		Cookie admin = RealSessions.signIn(this.mvc, "admin");
		// the form page puts the session's token in the page (and the session)
		this.mvc.perform(get("/admin/agencies/new").cookie(admin))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		this.mvc
			.perform(post("/admin/agencies/new").cookie(admin)
				.param("code", "CSRF1")
				.param("name", "X")
				.param("shortName", "X")
				.param("level", "PROVINCE")
				.param("parentCode", "TW")
				.param("validFrom", "2024-10-01"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/agencies/new").cookie(admin).param("_csrf", "forged-token").param("code", "CSRF1"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/agencies/CSRF1").cookie(admin)).andExpect(status().isNotFound());
	}

	@Test
	void errorPagesShowNoStackTrace() throws Exception {
		this.mvc.perform(get("/agencies/AG-KV02").with(session("ag-kv01.canbo"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users/999999").with(session("admin")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Không tìm thấy")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Exception"))));
	}

	@Test
	void signOutEndsTheSession() throws Exception {
		this.mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?logout"));
	}

}
