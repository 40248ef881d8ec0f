package vn.thads.portal.account;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.MvcResult;
import vn.thads.portal.account.UserImportLine.Outcome;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thads.portal.support.TestUsers.session;

/**
 * The users' import (issue 10): a dry run that changes nothing, all or nothing, initial
 * passwords shown once that sign in, and a second import that updates instead of
 * duplicating.
 */
@FullStack
class UserImportTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	private static final Pattern PASSWORD = Pattern.compile("class=\"initial-password\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Autowired
	UserImport imports;

	@Autowired
	UserAdministration users;

	@Autowired
	UixAgencies agencies;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDryRunChangesNothing() throws Exception {
		AgencyRef agency = this.agencies.active();
		String file = csv("username,full name,role,agency,email",
				"uix.dry1,Nguyễn Văn A,OFFICER," + agency.code() + ",",
				"uix.dry2,Trần Thị B,lãnh đạo," + agency.code() + ",b@example.vn");
		long accounts = count("user_account");
		long events = count("user_audit");

		this.mvc
			.perform(multipart("/admin/users/import").file(upload("dry.csv", file)).with(csrf()).with(session("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tạo mới")))
			.andExpect(content().string(containsString("uix.dry2")))
			.andExpect(content().string(containsString("import-confirm")));

		assertThat(count("user_account")).isEqualTo(accounts);
		assertThat(count("user_audit")).isEqualTo(events);
		assertThat(this.users.search("uix.dry", null, null)).isEmpty();
	}

	@Test
	void everyKindOfBadRowIsNamedAndOneRejectsTheWholeFile() throws Exception {
		AgencyRef open = this.agencies.active();
		AgencyRef closed = this.agencies.closed();
		List<UserImportRow> rows = List.of(row(2, "uix.good", "Người tốt", "OFFICER", open.code(), ""),
				row(3, "uix.x1", "Không rõ đơn vị", "OFFICER", "UIXNOPE", ""),
				row(4, "uix.x2", "Đơn vị đã giải thể", "OFFICER", closed.code(), ""),
				row(5, "uix.x3", "Sai vai trò", "giám đốc", open.code(), ""),
				row(6, "Uix X4", "Sai tên đăng nhập", "OFFICER", open.code(), ""),
				row(7, "uix.good", "Trùng dòng 2", "OFFICER", open.code(), ""),
				row(8, "uix.x5", "Sai thư", "OFFICER", open.code(), "not-an-address"));

		UserImportPlan plan = this.imports.plan(rows);

		assertThat(plan.lines()).extracting(UserImportLine::outcome)
			.containsExactly(Outcome.CREATE, Outcome.ERROR, Outcome.ERROR, Outcome.ERROR, Outcome.ERROR, Outcome.ERROR,
					Outcome.ERROR);
		assertThat(plan.lines().stream().skip(1).map((l) -> l.problems().get(0).code()).toList()).containsExactly(
				"user.agency.unknown", "user.agency.closed", "userImport.role.unknown", "user.username.format",
				"userImport.username.duplicate", "user.email.format");
		assertThat(plan.lines().get(5).problems().get(0).arguments()).containsExactly("uix.good", 2);
		long accounts = count("user_account");
		assertThatThrownBy(() -> this.imports.apply("bad.csv", rows, plan.outcomes(), "admin")).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.getProblems()).extracting(FieldProblem::code)
					.containsExactly("userImport.rejected"));
		assertThat(count("user_account")).isEqualTo(accounts);
		assertThat(this.users.search("uix.good", null, null)).isEmpty();

		// the page says so, and offers no confirmation
		String file = csv("username,full name,role,agency,email", "uix.good,Người tốt,OFFICER," + open.code() + ",",
				"uix.x1,Không rõ đơn vị,OFFICER,UIXNOPE,");
		this.mvc
			.perform(multipart("/admin/users/import").file(upload("bad.csv", file)).with(csrf()).with(session("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("import-rejected")))
			.andExpect(content().string(containsString("Không có đơn vị mã UIXNOPE")))
			.andExpect(content().string(not(containsString("import-confirm"))));
	}

	@Test
	void confirmedUsersSignInWithThePasswordShownOnce() throws Exception {
		AgencyRef agency = this.agencies.active();
		String file = csv("Tên đăng nhập;Họ và tên;Vai trò;Mã đơn vị;Thư điện tử",
				"uix.new1;Lê Văn C;Cán bộ;" + agency.code().toLowerCase() + ";c@example.vn",
				"uix.new2;\"Phạm Thị D; phó\";LANH DAO;" + agency.code() + ";");
		RequestPostProcessor admin = RealSessions.open(this.sessions, "admin");
		String page = this.mvc
			.perform(multipart("/admin/users/import").file(upload("cán bộ.csv", "\uFEFF" + file))
				.with(admin)
				.with(csrf())
				.with(session("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher token = TOKEN.matcher(page);
		assertThat(token.find()).as("a confirmation form").isTrue();

		this.mvc
			.perform(post("/admin/users/import/confirm").param("token", token.group(1))
				.with(admin)
				.with(csrf())
				.with(session("admin")))
			.andExpect(redirectedUrl("/admin/users/import/result"));
		// the result (and its passwords) comes through the session's flash attributes
		String result = this.mvc.perform(get("/admin/users/import/result").with(admin).with(session("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher passwords = PASSWORD.matcher(result);
		assertThat(passwords.find()).isTrue();
		String first = passwords.group(1);
		assertThat(passwords.find()).isTrue();
		String second = passwords.group(1);

		this.mvc.perform(formLogin("/login").user("uix.new1").password(first))
			.andExpect(authenticated().withUsername("uix.new1").withRoles("OFFICER"));
		this.mvc.perform(formLogin("/login").user("uix.new2").password(second))
			.andExpect(authenticated().withRoles("LEADER"));
		UserSummary leader = this.users.search("uix.new2", null, null).get(0);
		assertThat(leader.displayName()).isEqualTo("Phạm Thị D; phó");
		assertThat(leader.agencyCode()).isEqualTo(agency.code());
		assertThat(this.users.search("uix.new1", null, null).get(0).email()).isEqualTo("c@example.vn");

		// shown once: the result page again shows nothing, the same confirmation does
		// nothing
		this.mvc.perform(get("/admin/users/import/result").with(session("admin")))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc
			.perform(post("/admin/users/import/confirm").param("token", token.group(1))
				.with(admin)
				.with(csrf())
				.with(session("admin")))
			.andExpect(redirectedUrl("/admin/users/import"));
		assertThat(this.jdbc.queryForList(
				"select details from user_audit where action = 'IMPORTED' and actor = 'admin' and details like ?",
				String.class, "cán bộ.csv%"))
			.containsExactly("cán bộ.csv\t2\t0\t0");
	}

	@Test
	void aSecondImportUpdatesAndNeverDuplicates() throws Exception {
		AgencyRef first = this.agencies.active();
		AgencyRef second = this.agencies.active();
		List<UserImportRow> rows = List.of(row(2, "uix.again", "Võ Văn E", "OFFICER", first.code(), ""));
		UserImportResult created = this.imports.apply("a.csv", rows, List.of(Outcome.CREATE), "admin");
		assertThat(created.created()).hasSize(1);

		assertThat(this.imports.plan(rows).outcomes()).containsExactly(Outcome.UNCHANGED);
		UserImportResult same = this.imports.apply("a.csv", rows, List.of(Outcome.UNCHANGED), "admin");
		assertThat(same.created()).isEmpty();
		assertThat(same.unchanged()).isEqualTo(1);

		List<UserImportRow> changed = List
			.of(row(2, "UIX.AGAIN", "Võ Văn Em", "quản trị", second.code(), "e@example.vn"));
		UserImportResult updated = this.imports.apply("b.xlsx", changed, List.of(Outcome.UPDATE), "admin");
		assertThat(updated.updated()).isEqualTo(1);
		assertThat(this.users.search("uix.again", null, null)).singleElement().satisfies((u) -> {
			assertThat(u.displayName()).isEqualTo("Võ Văn Em");
			assertThat(u.role()).isEqualTo(Role.ADMIN);
			assertThat(u.agencyCode()).isEqualTo(second.code());
			assertThat(u.email()).isEqualTo("e@example.vn");
		});
		// the password of the first import still signs in: an update never touches it
		this.mvc.perform(formLogin("/login").user("uix.again").password(created.created().get(0).initialPassword()))
			.andExpect(authenticated().withRoles("ADMIN"));
		assertThat(this.jdbc.queryForList("select action from user_audit where username = 'uix.again' order by id",
				String.class))
			.containsExactly("CREATED", "UPDATED");
	}

	@Test
	void whatChangedSinceTheDryRunStopsTheImport() {
		AgencyRef agency = this.agencies.active();
		List<UserImportRow> rows = List.of(row(2, "uix.race", "Đỗ Văn G", "OFFICER", agency.code(), ""));
		List<Outcome> reviewed = this.imports.plan(rows).outcomes();
		this.users.create(new UserCommand("uix.race", "Tạo tay", Role.LEADER, agency.code(), "12345678", null));
		assertThatThrownBy(() -> this.imports.apply("race.csv", rows, reviewed, "admin")).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.getProblems()).extracting(FieldProblem::code)
					.containsExactly("userImport.changed"));
		assertThat(this.users.search("uix.race", null, null).get(0).displayName()).isEqualTo("Tạo tay");
	}

	@Test
	void aWorkbookWithVietnameseHeadersAndRoles() throws Exception {
		AgencyRef agency = this.agencies.active();
		byte[] workbook = xlsx(List.of("Họ và tên", "Tên đăng nhập", "Vai trò", "Mã đơn vị", "E-mail"),
				List.of("Hồ Thị H", "uix.xl1", "cán bộ thống kê", agency.code(), ""),
				List.of("Lý Văn I", "uix.xl2", "Quản trị", agency.code(), "i@example.vn"));
		this.mvc
			.perform(multipart("/admin/users/import")
				.file(new MockMultipartFile("file", "users.xlsx", "application/octet-stream", workbook))
				.with(csrf())
				.with(session("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("uix.xl1")))
			.andExpect(content().string(containsString("Cán bộ thống kê")))
			.andExpect(content().string(containsString("import-confirm")));
		this.mvc
			.perform(multipart("/admin/users/import").file(upload("short.csv", csv("username,role", "uix.z,OFFICER")))
				.with(csrf())
				.with(session("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("thiếu cột fullname")));
		this.mvc
			.perform(multipart("/admin/users/import")
				.file(new MockMultipartFile("file", "junk.xlsx", "application/octet-stream",
						new byte[] { 'P', 'K', 1, 2 }))
				.with(csrf())
				.with(session("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không đọc được tệp")));
	}

	@Test
	void onlyAdministratorsImport() throws Exception {
		AgencyRef agency = this.agencies.active();
		this.users.create(new UserCommand("uix.leader", "Lãnh đạo", Role.LEADER, agency.code(), "12345678", null));
		this.mvc.perform(get("/admin/users/import").with(session("uix.leader"))).andExpect(status().isForbidden());
		this.mvc
			.perform(
					multipart("/admin/users/import")
						.file(upload("x.csv",
								csv("username,full name,role,agency,email",
										"uix.sneak,X,ADMIN," + agency.code() + ",")))
						.with(csrf())
						.with(session("uix.leader")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users/import").with(session("admin"))).andExpect(status().isOk());
	}

	private static UserImportRow row(int line, String username, String name, String role, String agency, String email) {
		return new UserImportRow(line, username, name, role, agency, email);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static String csv(String... lines) {
		return String.join("\r\n", lines) + "\r\n";
	}

	private static MockMultipartFile upload(String name, String content) {
		return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

	@SafeVarargs
	private static byte[] xlsx(List<String>... rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Tài khoản");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].size(); c++) {
					row.createCell(c).setCellValue(rows[r].get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
