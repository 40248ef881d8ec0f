package vn.thads.portal.account;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.security.Role;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.RealSessions;
import vn.thads.portal.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions are rows in PostgreSQL, and an account's sessions end as soon as it is
 * disabled, or its role or agency changes, whichever page made the change (the users'
 * page, the import, the move of a closed agency's accounts): a session keeps the role and
 * agency it was signed in with. The next request of an ended session goes to the sign-in
 * page. A change of name or e-mail ends nothing.
 */
@FullStack
class AccountSessionsTests {

	/** A page every signed-in user may open. */
	static final String PAGE = "/account/password";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	UserImport imports;

	@Autowired
	UserTransfer transfer;

	@Autowired
	UixAgencies agencies;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Autowired
	JdbcTemplate jdbc;

	AgencyRef agency;

	String username;

	@BeforeEach
	void anOfficer() {
		this.agency = this.agencies.active();
		this.username = this.agency.code().toLowerCase() + ".canbo";
		this.users.provision(this.username, "Cán bộ " + this.agency.code(), Role.OFFICER, this.agency.code(),
				TestUsers.DEMO_PASSWORD);
	}

	@Test
	void aSessionIsARowInPostgresql() throws Exception {
		Cookie session = RealSessions.signIn(this.mvc, this.username);
		assertThat(sessionRows()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select max_inactive_interval from spring_session where principal_name = ?",
				Integer.class, this.username))
			.as("30 minutes")
			.isEqualTo(1800);
		this.mvc.perform(get(PAGE).cookie(session)).andExpect(status().isOk());
		Cookie other = RealSessions.signIn(this.mvc, this.username);
		assertThat(other.getValue()).isNotEqualTo(session.getValue());
		assertThat(sessionRows()).isEqualTo(2);
		this.mvc.perform(get(PAGE).cookie(session)).andExpect(status().isOk());
	}

	@Test
	void disablingTheAccountEndsItsSessions() throws Exception {
		Cookie session = signedIn();
		this.users.setEnabled(me().id(), false, admin().id());
		assertEnded(session);
	}

	@Test
	void aNewRoleEndsTheSessions() throws Exception {
		Cookie session = signedIn();
		UserSummary me = me();
		this.users.update(me.id(), new UserCommand(this.username, me.displayName(), Role.LEADER, me.agencyCode(), null,
				me.email(), me.version()));
		assertEnded(session);
	}

	@Test
	void anotherAgencyEndsTheSessions() throws Exception {
		Cookie session = signedIn();
		UserSummary me = me();
		this.users.update(me.id(), new UserCommand(this.username, me.displayName(), me.role(),
				this.agencies.active().code(), null, me.email(), me.version()));
		assertEnded(session);
	}

	@Test
	void anImportThatChangesTheRoleEndsTheSessions() throws Exception {
		Cookie session = signedIn();
		List<UserImportRow> rows = List
			.of(new UserImportRow(2, this.username, "Cán bộ", "LEADER", this.agency.code(), null));
		this.imports.apply("users.csv", rows, this.imports.plan(rows).outcomes(), "admin");
		assertEnded(session);
	}

	@Test
	void movingTheAccountsOfAClosedAgencyEndsTheirSessions() {
		AgencyRef closed = this.agencies.closed();
		AgencyRef successor = this.agencies.successorOf(closed);
		String mover = closed.code().toLowerCase() + ".canbo";
		this.users.provision(mover, "Cán bộ", Role.OFFICER, closed.code(), TestUsers.DEMO_PASSWORD);
		// signed in before the agency closed: no sign-in is possible now, so the row is
		// made here
		String id = openSession(mover);
		this.transfer.move(closed.code(), successor.code(), true, "admin");
		assertThat(this.sessions.findById(id)).isNull();
		assertThat(this.sessions.findByPrincipalName(mover)).isEmpty();
	}

	@Test
	void aNewNameOrEmailEndsNothing() throws Exception {
		Cookie session = signedIn();
		UserSummary me = me();
		this.users.update(me.id(), new UserCommand(this.username, "Tên mới", me.role(), me.agencyCode(), null,
				"moi@thads.vn", me.version()));
		this.mvc.perform(get(PAGE).cookie(session)).andExpect(status().isOk());
		assertThat(sessionRows()).isEqualTo(1);
	}

	@Test
	void aChangeThatIsRefusedEndsNothing() throws Exception {
		Cookie session = signedIn();
		UserSummary me = me();
		try {
			this.users.update(me.id(), new UserCommand(this.username, me.displayName(), Role.LEADER, me.agencyCode(),
					null, me.email(), me.version() + 1));
		}
		catch (RuntimeException expected) {
			// changed since it was read: refused, nothing written
		}
		this.mvc.perform(get(PAGE).cookie(session)).andExpect(status().isOk());
	}

	private Cookie signedIn() throws Exception {
		Cookie session = RealSessions.signIn(this.mvc, this.username);
		this.mvc.perform(get(PAGE).cookie(session)).andExpect(status().isOk());
		return session;
	}

	private void assertEnded(Cookie session) throws Exception {
		assertThat(sessionRows()).isZero();
		this.mvc.perform(get(PAGE).cookie(session)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/returns").cookie(session)).andExpect(redirectedUrl("/login?expired"));
	}

	private String openSession(String principal) {
		return saved(this.sessions, principal);
	}

	private static <S extends Session> String saved(FindByIndexNameSessionRepository<S> repository, String principal) {
		S session = repository.createSession();
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, principal);
		repository.save(session);
		return session.getId();
	}

	private long sessionRows() {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
				this.username);
	}

	private UserSummary me() {
		return this.users.search(this.username, null).get(0);
	}

	private UserSummary admin() {
		return this.users.search("admin", Role.ADMIN)
			.stream()
			.filter((u) -> u.username().equals("admin"))
			.findFirst()
			.orElseThrow();
	}

}
