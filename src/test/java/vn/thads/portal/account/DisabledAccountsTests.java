package vn.thads.portal.account;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MvcResult;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.RealSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/**
 * Accounts switched off, and accounts of agencies closed by the reorganisation (domain.md
 * §1a): refused at sign-in exactly like a wrong password, and shown as disabled.
 */
@FullStack
class DisabledAccountsTests {

	private static final String PASSWORD = "dung-mat-khau";

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Autowired
	UserAdministration users;

	@Autowired
	UixAgencies agencies;

	@Test
	void aDisabledAccountIsRefusedExactlyLikeAWrongPassword() throws Exception {
		AgencyRef open = this.agencies.active();
		AgencyRef closed = this.agencies.closed();
		create("uix.on", open);
		UserSummary off = create("uix.off", open);
		this.users.setEnabled(off.id(), false, -1);
		this.users.provision("uix.former", "Cán bộ đơn vị cũ", Role.OFFICER, closed.code(), PASSWORD);

		// the account that may sign in does, so the refusals below are about the account
		this.mvc.perform(formLogin("/login").user("uix.on").password(PASSWORD)).andExpect(authenticated());

		List<String> refusals = new ArrayList<>();
		refusals.add(formRefusal("uix.on", "wrong-password"));
		refusals.add(formRefusal("uix.nobody", PASSWORD));
		refusals.add(formRefusal("uix.off", PASSWORD));
		refusals.add(formRefusal("uix.off", "wrong-password"));
		refusals.add(formRefusal("uix.former", PASSWORD));
		assertThat(refusals).containsOnly(refusals.get(0));
		assertThat(refusals.get(0)).startsWith(BadCredentialsException.class.getName());
	}

	@Test
	void theApiRefusesADisabledAccountExactlyLikeAWrongPassword() throws Exception {
		AgencyRef open = this.agencies.active();
		AgencyRef closed = this.agencies.closed();
		create("uix.api-on", open);
		UserSummary off = create("uix.api-off", open);
		this.users.setEnabled(off.id(), false, -1);
		this.users.provision("uix.api-former", "Cán bộ đơn vị cũ", Role.OFFICER, closed.code(), PASSWORD);

		this.mvc.perform(get("/api/v1/agencies").with(httpBasic("uix.api-on", PASSWORD))).andExpect(status().isOk());
		List<String> refusals = new ArrayList<>();
		refusals.add(apiRefusal("uix.api-on", "wrong-password"));
		refusals.add(apiRefusal("uix.api-nobody", PASSWORD));
		refusals.add(apiRefusal("uix.api-off", PASSWORD));
		refusals.add(apiRefusal("uix.api-former", PASSWORD));
		assertThat(refusals).containsOnly(refusals.get(0));
		assertThat(refusals.get(0)).startsWith("401 ");
	}

	@Test
	void theUsersPageShowsAndFiltersDisabledAccounts() throws Exception {
		AgencyRef open = this.agencies.active();
		AgencyRef closed = this.agencies.closed();
		create("uix.page-on", open);
		UserSummary off = create("uix.page-off", open);
		this.users.setEnabled(off.id(), false, -1);
		this.users.provision("uix.page-former", "Cán bộ đơn vị cũ", Role.OFFICER, closed.code(), PASSWORD);

		this.mvc.perform(get("/admin/users").param("q", "uix.page").param("status", "disabled").with(session("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("uix.page-off")))
			.andExpect(content().string(containsString("uix.page-former")))
			.andExpect(content().string(containsString("Đơn vị đã giải thể")))
			.andExpect(content().string(not(containsString("uix.page-on"))));
		this.mvc.perform(get("/admin/users").param("q", "uix.page").param("status", "active").with(session("admin")))
			.andExpect(content().string(containsString("uix.page-on")))
			.andExpect(content().string(not(containsString("uix.page-off"))))
			.andExpect(content().string(not(containsString("uix.page-former"))));
		this.mvc
			.perform(get("/admin/users").param("q", "uix.page")
				.param("status", "disabled")
				.param("lang", "en")
				.with(session("admin")))
			.andExpect(content().string(containsString("Agency closed")));
		assertThat(this.users.search("uix.page-former", null, null)).singleElement()
			.satisfies((u) -> assertThat(u.enabled()).isTrue())
			.satisfies((u) -> assertThat(u.active()).isFalse());
	}

	@Test
	void anAccountOfAClosedAgencyCannotBeSwitchedOnNorCreated() {
		AgencyRef closed = this.agencies.closed();
		this.users.provision("uix.stuck", "Cán bộ đơn vị cũ", Role.OFFICER, closed.code(), PASSWORD);
		UserSummary stuck = this.users.search("uix.stuck", null, null).get(0);
		assertThatThrownBy(() -> this.users.setEnabled(stuck.id(), true, -1)).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.getProblems()).extracting(FieldProblem::code)
					.containsExactly("user.enable.agencyClosed"));
		assertThatThrownBy(() -> this.users
			.create(new UserCommand("uix.late", "Tạo muộn", Role.OFFICER, closed.code(), PASSWORD, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getProblems()).extracting(FieldProblem::code)
						.containsExactly("user.agency.closed"));
		// its own page still edits it (name, e-mail) without moving it
		UserSummary edited = this.users.update(stuck.id(), new UserCommand(null, "Tên mới", Role.OFFICER, closed.code(),
				null, "stuck@thads.moj.gov.vn", stuck.version()));
		assertThat(edited.displayName()).isEqualTo("Tên mới");
		assertThat(edited.email()).isEqualTo("stuck@thads.moj.gov.vn");
	}

	@Test
	void theUserFormOffersNoClosedAgencyButKeepsTheAccountsOwn() throws Exception {
		AgencyRef closed = this.agencies.closed();
		this.users.provision("uix.form-former", "Cán bộ đơn vị cũ", Role.OFFICER, closed.code(), PASSWORD);
		UserSummary former = this.users.search("uix.form-former", null, null).get(0);
		String option = "value=\"" + closed.code() + "\"";
		this.mvc.perform(get("/admin/users/new").with(session("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(option))));
		this.mvc.perform(get("/admin/users/{id}", former.id()).with(session("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(option)));
	}

	private UserSummary create(String username, AgencyRef agency) {
		return this.users
			.create(new UserCommand(username, "Người dùng " + username, Role.OFFICER, agency.code(), PASSWORD, null));
	}

	/**
	 * What the sign-in form answers: where it sends the browser, and why (kept in the
	 * session).
	 */
	private String formRefusal(String username, String password) throws Exception {
		MvcResult result = this.mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		Exception reason = (Exception) RealSessions.attribute(this.sessions, result,
				WebAttributes.AUTHENTICATION_EXCEPTION);
		return reason.getClass().getName() + ": " + reason.getMessage() + " → "
				+ result.getResponse().getRedirectedUrl();
	}

	/** Everything the API answers: status, challenge, type and body. */
	private String apiRefusal(String username, String password) throws Exception {
		MvcResult result = this.mvc.perform(get("/api/v1/agencies").with(httpBasic(username, password))).andReturn();
		return result.getResponse().getStatus() + " " + result.getResponse().getHeader("WWW-Authenticate") + " "
				+ result.getResponse().getContentType() + " " + result.getResponse().getContentAsString();
	}

}
