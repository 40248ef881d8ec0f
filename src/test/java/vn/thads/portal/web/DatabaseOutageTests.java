package vn.thads.portal.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.returns.TestUnits;
import vn.thads.portal.support.DemoPrincipals;
import vn.thads.portal.support.RealSessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The database goes away and comes back: while it is away pages answer 503 with a clear
 * Vietnamese page, the API a 503 problem (not 401, as if the password were wrong), both
 * with {@code Retry-After}; when it is back everything answers again, without a restart.
 * The portal's connection pool is wrapped so that it can be made to fail as a stopped
 * PostgreSQL does (SQLSTATE 08001) — on a database of this class's own, as is the
 * forwarded-headers setting of the compose file (native, no trusted proxy).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "thads.demo.enabled=false", "thads.embedded-db.dir=target/test-pg-outage",
				"thads.embedded-db.clean=true", DemoPrincipals.OWN_DATABASE + "=true",
				"server.forward-headers-strategy=native", "server.tomcat.remoteip.internal-proxies=" })
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(DatabaseOutageTests.Outage.class)
class DatabaseOutageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgencyAdministration agencies;

	@Autowired
	UserAdministration users;

	@LocalServerPort
	int port;

	TestUnits units;

	@BeforeEach
	void units() {
		this.units = TestUnits.create(this.agencies, this.users);
	}

	@AfterEach
	void databaseBack() {
		SwitchableDataSource.down = false;
	}

	@Test
	void aPageAnswers503WhileTheDatabaseIsDownAndWorksWhenItIsBack() throws Exception {
		Cookie session = RealSessions.signIn(this.mvc, this.units.officer());
		String page = "/returns/" + this.units.province();

		SwitchableDataSource.down = true;
		this.mvc.perform(get(page).cookie(session))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(content().string(containsString("tạm thời không truy cập được cơ sở dữ liệu")));

		SwitchableDataSource.down = false;
		this.mvc.perform(get(page).cookie(session)).andExpect(status().isOk());
	}

	@Test
	void theApiAnswers503NotAWrongPassword() throws Exception {
		SwitchableDataSource.down = true;
		this.mvc.perform(get("/api/v1/agencies").with(httpBasic(this.units.officer(), "demo")))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andExpect(header().doesNotExist("WWW-Authenticate"))
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.status").value(503));

		SwitchableDataSource.down = false;
		this.mvc.perform(get("/api/v1/agencies").with(httpBasic(this.units.officer(), "demo")))
			.andExpect(status().isOk());
	}

	@Test
	void signingInWhileTheDatabaseIsDownShowsThe503PageNotAWrongPassword() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> form = browser.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String body = "username=" + this.units.officer() + "&password=demo&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);

		SwitchableDataSource.down = true;
		HttpResponse<String> refused = browser.send(signIn(body), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(503);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
		assertThat(refused.body()).contains("tạm thời không truy cập được cơ sở dữ liệu").doesNotContain("không đúng");

		SwitchableDataSource.down = false;
		HttpResponse<String> signedIn = browser.send(signIn(body), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
	}

	@Test
	void forwardedHeadersFromAClientAreNotTrusted() throws Exception {
		// were X-Forwarded-Proto trusted, the answer would be "secure" and carry HSTS
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(request("/login").header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-For", "203.0.113.7")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	private HttpRequest signIn(String body) {
		return request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private HttpRequest.Builder request(String path) {
		// a browser asks for HTML: the error page rather than Spring Boot's JSON error
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept", "text/html");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Outage {

		@Bean
		static BeanPostProcessor switchableDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource && !(bean instanceof SwitchableDataSource))
							? new SwitchableDataSource(dataSource) : bean;
				}
			};
		}

	}

	/** The pool, or a pool whose database has stopped. */
	static class SwitchableDataSource extends DelegatingDataSource {

		static volatile boolean down;

		SwitchableDataSource(DataSource pool) {
			super(pool);
		}

		@Override
		public Connection getConnection() throws SQLException {
			failIfDown();
			return super.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			failIfDown();
			return super.getConnection(username, password);
		}

		private static void failIfDown() throws SQLException {
			if (down) {
				throw new SQLTransientConnectionException("Connection refused: the database is stopped", "08001");
			}
		}

	}

}
