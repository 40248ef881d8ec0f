package vn.thads.portal.account;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.security.Role;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/** Moving the accounts of a closed agency to its successor in one action, audited. */
@FullStack
class UserTransferTests {

	private static final String PASSWORD = "dung-mat-khau";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	UixAgencies agencies;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserTransfer transfer;

	@Test
	void theAccountsOfAClosedAgencyMoveToItsSuccessorAndSignInThere() throws Exception {
		AgencyRef closed = this.agencies.closed();
		AgencyRef successor = this.agencies.successorOf(closed);
		this.users.provision("uix.mv1-a", "Cán bộ A", Role.OFFICER, closed.code(), PASSWORD);
		this.users.provision("uix.mv1-b", "Lãnh đạo B", Role.LEADER, closed.code(), PASSWORD);
		this.mvc.perform(formLogin("/login").user("uix.mv1-a").password(PASSWORD)).andExpect(unauthenticated());

		this.mvc.perform(get("/admin/users/move").param("from", closed.code()).with(session("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("uix.mv1-b")))
			.andExpect(content().string(containsString("value=\"" + successor.code() + "\"")))
			.andExpect(content().string(containsString("kế thừa chính")));
		this.mvc
			.perform(post("/admin/users/move").param("from", closed.code())
				.param("to", successor.code())
				.param("enable", "true")
				.with(csrf())
				.with(session("admin")))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("success", "user.move.doneEnabled"));

		assertThat(this.users.search("uix.mv1-", null, null)).hasSize(2)
			.allSatisfy((u) -> assertThat(u.agencyCode()).isEqualTo(successor.code()))
			.allSatisfy((u) -> assertThat(u.active()).isTrue());
		this.mvc.perform(formLogin("/login").user("uix.mv1-b").password(PASSWORD))
			.andExpect(authenticated().withRoles("LEADER"));
		assertThat(this.jdbc
			.queryForList("select username || ' ' || actor || ' ' || details from user_audit where action = 'MOVED'"
					+ " and username like 'uix.mv1-%' order by username", String.class))
			.containsExactly("uix.mv1-a admin " + closed.code() + "\t" + successor.code() + "\t1",
					"uix.mv1-b admin " + closed.code() + "\t" + successor.code() + "\t1");
		this.mvc.perform(get("/admin/users/audit").with(session("admin")))
			.andExpect(content()
				.string(containsString("Từ " + closed.code() + " sang " + successor.code() + ", mở khóa")));
	}

	@Test
	void withoutEnablingThemTheMovedAccountsStayDisabled() throws Exception {
		AgencyRef closed = this.agencies.closed();
		AgencyRef successor = this.agencies.successorOf(closed);
		this.users.provision("uix.mv-quiet", "Cán bộ C", Role.OFFICER, closed.code(), PASSWORD);
		this.mvc
			.perform(post("/admin/users/move").param("from", closed.code())
				.param("to", successor.code())
				.with(csrf())
				.with(session("admin")))
			.andExpect(flash().attribute("success", "user.move.done"));
		UserSummary moved = this.users.search("uix.mv-quiet", null, null).get(0);
		assertThat(moved.agencyCode()).isEqualTo(successor.code());
		assertThat(moved.active()).isFalse();
		this.mvc.perform(formLogin("/login").user("uix.mv-quiet").password(PASSWORD)).andExpect(unauthenticated());
		// now the switch works again
		this.users.setEnabled(moved.id(), true, -1);
		this.mvc.perform(formLogin("/login").user("uix.mv-quiet").password(PASSWORD)).andExpect(authenticated());
	}

	@Test
	void noMoveToAnAgencyThatIsNotAnActiveSuccessor() throws Exception {
		AgencyRef closed = this.agencies.closed();
		AgencyRef successor = this.agencies.successorOf(closed);
		AgencyRef stranger = this.agencies.active();
		AgencyRef open = this.agencies.active();
		this.users.provision("uix.mv-stay", "Cán bộ D", Role.OFFICER, closed.code(), PASSWORD);
		this.users.provision("uix.mv-open", "Cán bộ E", Role.OFFICER, open.code(), PASSWORD);

		this.mvc
			.perform(post("/admin/users/move").param("from", closed.code())
				.param("to", stranger.code())
				.with(csrf())
				.with(session("admin")))
			.andExpect(redirectedUrl("/admin/users/move?from=" + closed.code()))
			.andExpect(flash().attribute("failure", "user.move.to.notSuccessor"));
		this.mvc
			.perform(post("/admin/users/move").param("from", closed.code())
				.param("to", "UIXNOPE")
				.with(csrf())
				.with(session("admin")))
			.andExpect(flash().attribute("failure", "user.move.to.notSuccessor"));
		this.mvc.perform(post("/admin/users/move").param("from", closed.code()).with(csrf()).with(session("admin")))
			.andExpect(flash().attribute("failure", "user.move.to.required"));
		// an agency that has not closed keeps its accounts
		this.mvc
			.perform(post("/admin/users/move").param("from", open.code())
				.param("to", successor.code())
				.with(csrf())
				.with(session("admin")))
			.andExpect(flash().attribute("failure", "user.move.from.notClosed"));

		assertThat(this.users.search("uix.mv-stay", null, null).get(0).agencyCode()).isEqualTo(closed.code());
		assertThat(this.users.search("uix.mv-open", null, null).get(0).agencyCode()).isEqualTo(open.code());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from user_audit where username in ('uix.mv-stay', 'uix.mv-open')", Integer.class))
			.isZero();
	}

	@Test
	void everySuccessorActiveTodayIsAChoiceThePrimaryFirst() throws Exception {
		AgencyRef closed = this.agencies.closed();
		AgencyRef primary = this.agencies.successorOf(closed);
		AgencyRef ended = this.agencies.successorUntil(LocalDate.of(2026, 1, 31), closed);
		AgencyRef other = this.agencies.successorOf(closed);
		this.users.provision("uix.mv-split", "Cán bộ F", Role.OFFICER, closed.code(), PASSWORD);

		assertThat(this.transfer.successors(closed))
			.extracting((s) -> s.agency().code(), UserTransfer.Successor::primary)
			.containsExactly(tuple(primary.code(), true), tuple(other.code(), false));
		this.mvc
			.perform(post("/admin/users/move").param("from", closed.code())
				.param("to", ended.code())
				.with(csrf())
				.with(session("admin")))
			.andExpect(flash().attribute("failure", "user.move.to.notSuccessor"));
		this.mvc
			.perform(post("/admin/users/move").param("from", closed.code())
				.param("to", other.code())
				.with(csrf())
				.with(session("admin")))
			.andExpect(flash().attribute("success", "user.move.done"));
		assertThat(this.users.search("uix.mv-split", null, null).get(0).agencyCode()).isEqualTo(other.code());
	}

}
