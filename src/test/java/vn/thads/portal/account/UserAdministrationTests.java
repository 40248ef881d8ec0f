package vn.thads.portal.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.support.FullStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

@FullStack
class UserAdministrationTests {

	@Autowired
	UserAdministration users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UixAgencies agencies;

	@Test
	void passwordsAreStoredHashed() {
		UserSummary created = this.users.create(new UserCommand("hash.check", "Kiểm tra", Role.OFFICER,
				this.agencies.active().code(), "mat-khau-dai", null));
		String stored = this.jdbc.queryForObject("select password_hash from user_account where id = ?", String.class,
				created.id());
		assertThat(stored).startsWith("{bcrypt}").doesNotContain("mat-khau-dai");
	}

	@Test
	void aCreatedUserSignsIn() throws Exception {
		this.users.create(
				new UserCommand("New.User", "Người Mới", Role.LEADER, this.agencies.active().code(), "12345678", null));
		this.mvc.perform(formLogin("/login").user("new.user").password("12345678"))
			.andExpect(authenticated().withRoles("LEADER"));
	}

	@Test
	void aDisabledUserCannotSignIn() throws Exception {
		UserSummary created = this.users.create(new UserCommand("to.disable", "Tạm khóa", Role.OFFICER,
				this.agencies.active().code(), "12345678", null));
		this.users.setEnabled(created.id(), false, -1);
		this.mvc.perform(formLogin("/login").user("to.disable").password("12345678")).andExpect(unauthenticated());
	}

	@Test
	void aResetPasswordReplacesTheOldOne() throws Exception {
		UserSummary created = this.users.create(
				new UserCommand("to.reset", "Đặt lại", Role.OFFICER, this.agencies.active().code(), "12345678", null));
		String password = this.users.resetPassword(created.id());
		assertThat(password).hasSize(12);
		this.mvc.perform(formLogin("/login").user("to.reset").password("12345678")).andExpect(unauthenticated());
		this.mvc.perform(formLogin("/login").user("to.reset").password(password)).andExpect(authenticated());
	}

	@Test
	void badInputNamesEachField() {
		assertThatThrownBy(() -> this.users.create(new UserCommand("admin", "", null, "UIXNOPE", "short", null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getProblems()).extracting(FieldProblem::code)
						.containsExactlyInAnyOrder("user.username.taken", "password.tooShort",
								"user.displayName.required", "user.role.required", "user.agency.unknown"));
	}

	@Test
	void anAdministratorChangesRoleAgencyAndEmailAndDisablesAsBefore() throws Exception {
		String first = this.agencies.active().code();
		String second = this.agencies.active().code();
		UserSummary created = this.users
			.create(new UserCommand("uix.edit", "Sửa", Role.OFFICER, first, "12345678", "a@example.vn", null));
		UserSummary updated = this.users.update(created.id(),
				new UserCommand(null, "Đã sửa", Role.LEADER, second, null, " ", created.version()));
		assertThat(updated.role()).isEqualTo(Role.LEADER);
		assertThat(updated.agencyCode()).isEqualTo(second);
		assertThat(updated.email()).isNull();
		assertThatThrownBy(() -> this.users.update(created.id(),
				new UserCommand(null, "Đã sửa", Role.LEADER, second, null, "a@b",
						this.users.get(created.id()).version())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getProblems()).extracting(FieldProblem::code)
						.containsExactly("user.email.format"));
		this.mvc.perform(formLogin("/login").user("uix.edit").password("12345678"))
			.andExpect(authenticated().withRoles("LEADER"));
		this.users.setEnabled(created.id(), false, -1);
		this.mvc.perform(formLogin("/login").user("uix.edit").password("12345678")).andExpect(unauthenticated());
		this.users.setEnabled(created.id(), true, -1);
		this.mvc.perform(formLogin("/login").user("uix.edit").password("12345678")).andExpect(authenticated());
	}

	@Test
	void anAdministratorCannotDisableThemself() {
		UserSummary admin = this.users.list().stream().filter((u) -> u.username().equals("admin")).findFirst().get();
		assertThatThrownBy(() -> this.users.setEnabled(admin.id(), false, admin.id()))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aUserChangesTheirOwnPasswordKnowingTheCurrentOne() {
		UserSummary created = this.users.create(
				new UserCommand("own.pass", "Tự đổi", Role.OFFICER, this.agencies.active().code(), "12345678", null));
		assertThatThrownBy(() -> this.users.changeOwnPassword(created.id(), "wrong", "abcdefgh", "abcdefgh"))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.users.changeOwnPassword(created.id(), "12345678", "abcdefgh", "abcdefgX"))
			.isInstanceOf(InvalidInputException.class);
		this.users.changeOwnPassword(created.id(), "12345678", "abcdefgh", "abcdefgh");
	}

}
