package vn.thads.portal.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An outage thrown outside the handlers (a filter: a session kept in the database) is
 * still a 503 with Retry-After; any other failure passes through untouched.
 */
class DatabaseOutageFilterTests {

	private final DatabaseOutageFilter filter;

	DatabaseOutageFilterTests() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		this.filter = new DatabaseOutageFilter(messages, new FixedLocaleResolver(WebConfiguration.VIETNAMESE));
	}

	@Test
	void aPageWhoseFilterLostTheDatabaseIs503() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/returns"), response, (req, res) -> {
			throw new ServletException(new CannotCreateTransactionException("no connection",
					new SQLTransientConnectionException("refused", "08001")));
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
		assertThat(response.getContentAsString()).contains("tạm thời không truy cập được cơ sở dữ liệu");
	}

	@Test
	void anApiCallIsAProblem() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/agencies"), response, (req, res) -> {
			throw new CannotCreateTransactionException("no connection");
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":503");
	}

	@Test
	void aServerShuttingDownUnderTheRequestIsAnOutageToo() {
		// what a sign-in's user lookup meets when PostgreSQL stops under it (faults.sh)
		assertThat(DatabaseOutage.causedBy(new RuntimeException(
				new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))
			.isTrue();
		assertThat(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
	}

	@Test
	void aRollbackOnTheLostConnectionIsAnOutage() throws Exception {
		// faults.sh: PostgreSQL stopped under a save, or under the session lookup of a
		// page;
		// the rollback then fails on the pool's closed connection and hides the first
		// failure
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/dashboard"), response, (req, res) -> {
			throw new JpaSystemException(new org.hibernate.TransactionException(
					"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(DatabaseOutage.causedBy(new TransactionSystemException("Could not roll back JDBC transaction",
				new SQLException("Connection is closed"))))
			.isTrue();
		assertThat(
				DatabaseOutage.causedBy(new JpaSystemException(new org.hibernate.TransactionException("not active"))))
			.isFalse();
	}

	@Test
	void otherFailuresPassThrough() {
		assertThatThrownBy(() -> this.filter.doFilter(new MockHttpServletRequest("GET", "/returns"),
				new MockHttpServletResponse(), (req, res) -> {
					throw new DataIntegrityViolationException("duplicate");
				}))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
