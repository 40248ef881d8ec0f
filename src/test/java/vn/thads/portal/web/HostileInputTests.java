package vn.thads.portal.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.support.FullStack;
import vn.thads.portal.support.TestAgencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static vn.thads.portal.support.TestUsers.basic;
import static vn.thads.portal.support.TestUsers.session;

/**
 * Bad input through pages and API (issue 11, "500s from bad input"): every answer is a
 * 4xx with the reason in words, quickly, and nothing is half-written. The sweep sends
 * each input a review or a curious user tried; the other tests look at the answers.
 */
@FullStack
class HostileInputTests {

	/** A long Vietnamese password: 62 characters, 82 bytes of UTF-8. */
	static final String LONG_PASSWORD = "Mật khẩu rất dài của cán bộ thi hành án dân sự tỉnh Kiên Giang";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAgencies testAgencies;

	@Autowired
	JdbcTemplate jdbc;

	AgencyRef province;

	AgencyRef district;

	String leader;

	String officer;

	@BeforeEach
	void agencies() {
		this.province = this.testAgencies.province();
		this.district = this.testAgencies.local(this.province);
		this.leader = this.testAgencies.leader(this.province);
		this.officer = this.testAgencies.officer(this.province);
	}

	@Test
	void noBadInputIsAnswered5xxOrSlowly() throws Exception {
		String p = this.province.code();
		String d = this.district.code();
		String big = "x".repeat(300);
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>(List.of(
				get("/returns/" + p + "/2024-13").with(session(this.officer)),
				get("/returns/" + p + "/2024-13/history").with(session(this.officer)),
				post("/returns/" + p + "/2024-13").with(session(this.officer)).with(csrf()),
				post("/returns/" + p + "/2024-13/preview").with(session(this.officer)).with(csrf()),
				post("/returns/" + p + "/2024-13/approve").with(session(this.leader)).with(csrf()),
				get("/returns/" + p + "/0000-00").with(session(this.officer)),
				get("/returns/" + p).param("year", "1000000000").with(session(this.officer)),
				get("/returns/" + p).param("year", "-1").with(session(this.officer)),
				get("/returns/" + p).param("year", "abc").with(session(this.officer)),
				get("/targets").param("year", "1000000000").with(session(this.leader)),
				get("/targets").param("year", "99999999999").with(session(this.leader)),
				post("/targets").param("year", "1000000000").param("agency", p).with(session(this.leader)).with(csrf()),
				get("/reports").param("year", "1000000000").with(session(this.leader)),
				get("/reports/open").param("year", "1000000000").param("agency", p).with(session(this.leader)),
				get("/reports/open").param("year", "1000000000")
					.param("agency", p)
					.param("choice", "Q1")
					.with(session(this.leader)),
				get("/reports/" + p + "/2024-13").with(session(this.leader)),
				get("/reports/" + p + "/2024-13.pdf").with(session(this.leader)),
				get("/dashboard/" + p).param("period", "2024-13").with(session(this.leader)),
				get("/dashboard/" + p).param("period", "999999999-09").with(session(this.leader)),
				get("/dashboard/" + p + "/units.csv").param("period", "2024-13").with(session(this.leader)),
				get("/api/v1/returns/" + p + "/2024-13").with(basic(this.officer)),
				get("/api/v1/returns/" + p + "/2024-13/history").with(basic(this.officer)),
				json(put("/api/v1/returns/" + p + "/2024-09"), "{\"cases\":{\"completed\":1e400}}")
					.with(basic(this.officer)),
				json(put("/api/v1/returns/" + p + "/2024-09"), "{\"cases\":{\"completed\":1e999999999}}")
					.with(basic(this.officer)),
				json(put("/api/v1/returns/" + p + "/2024-09"), "{\"cases\":{\"completed\":-1e999999999}}")
					.with(basic(this.officer)),
				json(put("/api/v1/returns/" + p + "/2024-09"), "{\"version\":1e999999999}").with(basic(this.officer)),
				json(put("/api/v1/targets/" + d + "/2024"), "{\"casesRate\":1e999999999,\"moneyRate\":1}")
					.with(basic(this.leader)),
				json(put("/api/v1/targets/" + d + "/2024"), "{\"casesRate\":1e-999999999,\"moneyRate\":1}")
					.with(basic(this.leader)),
				json(put("/api/v1/targets/" + d + "/1000000000"), "{\"casesRate\":1,\"moneyRate\":1}")
					.with(basic(this.leader)),
				json(put("/api/v1/targets/" + d + "/99999999999"), "{\"casesRate\":1,\"moneyRate\":1}")
					.with(basic(this.leader)),
				get("/api/v1/stats/" + p + "/2024-13").with(basic(this.leader)),
				get("/api/v1/stats/" + p + "/999999999-09").with(basic(this.leader)),
				json(post("/api/v1/returns/" + p + "/2024-09/submit"), "{\"explanation\":\"" + big.repeat(100) + "\"}")
					.with(basic(this.officer)),
				get("/api/v1/agencies").with(httpBasic("admin", LONG_PASSWORD)),
				post("/login").param("username", "admin").param("password", LONG_PASSWORD).with(csrf()),
				post("/admin/agencies/new").param("code", "HOSTX3")
					.param("name", "a")
					.param("shortName", "b")
					.param("level", "LOCAL")
					.param("parentCode", p)
					.param("validFrom", "99999-01-01")
					.with(session("admin"))
					.with(csrf())));
		List<String> answers = new ArrayList<>();
		for (MockHttpServletRequestBuilder request : requests) {
			answers.add(answer(request));
		}
		assertThat(answers).noneMatch((answer) -> answer.startsWith("5"));
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/** "status uri ms", or "500 uri exception" when the request threw; slow is "5xx". */
	private String answer(MockHttpServletRequestBuilder request) {
		String uri = request.buildRequest(new MockServletContext()).getRequestURI();
		long start = System.nanoTime();
		MockHttpServletResponse response;
		try {
			response = this.mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception ex) {
			return "500 " + uri + " " + ((ex.getCause() != null) ? ex.getCause() : ex).toString().lines().findFirst();
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		return ((millis > 5_000) ? "5xx (slow) " : response.getStatus() + " ") + uri + " " + millis + " ms";
	}

	@Test
	void aMonthOrYearNoPeriodCanNameIs400SayingSo() throws Exception {
		String p = this.province.code();
		assertThat(page(get("/returns/" + p + "/2024-13/history").with(session(this.officer)), 400))
			.contains("2024-13");
		assertThat(page(get("/returns/" + p).param("year", "1000000000").with(session(this.officer)), 400))
			.contains("Năm 1000000000 không hợp lệ");
		assertThat(page(get("/targets").param("year", "1000000000").with(session(this.leader)), 400))
			.contains("Năm 1000000000 không hợp lệ");
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		return response.getContentAsString();
	}

	@Test
	void signingInWithAPasswordBcryptCannotReadIsAPlainRefusal() throws Exception {
		assertThat(this.mvc.perform(get("/api/v1/agencies").with(httpBasic(this.officer, LONG_PASSWORD)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(401);
		MockHttpServletResponse form = this.mvc
			.perform(post("/login").param("username", this.officer).param("password", LONG_PASSWORD).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(form.getStatus()).isEqualTo(302);
		assertThat(form.getRedirectedUrl()).contains("/login?error");
	}

	@Test
	void aPasswordOfMoreThan72BytesIsRefusedOnTheFieldNotCut() throws Exception {
		assertThat(LONG_PASSWORD.length()).isLessThan(72);
		assertThat(LONG_PASSWORD.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeGreaterThan(72);
		String created = page(post("/admin/users/new").param("username", "hostile-pw")
			.param("displayName", "Người thử")
			.param("role", "OFFICER")
			.param("agencyCode", this.province.code())
			.param("password", LONG_PASSWORD)
			.with(session("admin"))
			.with(csrf()), 200);
		assertThat(created).contains("Mật khẩu dài quá 72 byte");
		assertThat(this.jdbc.queryForObject("select count(*) from user_account where username = 'hostile-pw'",
				Integer.class))
			.isZero();
		String changed = page(post("/account/password").param("current", "demo")
			.param("newPassword", LONG_PASSWORD)
			.param("confirmation", LONG_PASSWORD)
			.with(session(this.officer))
			.with(csrf()), 200);
		assertThat(changed).contains("Mật khẩu dài quá 72 byte");
		assertThat(this.mvc.perform(get("/api/v1/agencies").with(basic(this.officer)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

}
