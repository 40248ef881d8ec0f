package vn.thads.portal.demo;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notes what the database held when the web server started accepting connections (only
 * contexts with a real server, the browser tests', have one).
 */
@Component
class WebServerStartWitness implements ApplicationListener<WebServerInitializedEvent> {

	private final JdbcTemplate jdbc;

	private volatile String seen;

	WebServerStartWitness(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		this.seen = this.jdbc.queryForObject("select (select string_agg(username, ',' order by username)"
				+ " from user_account where username in ('ag.lanhdao', 'tw.lanhdao'))"
				+ " || ' ' || (select to_char(max(period), 'YYYY-MM') from monthly_return)"
				+ " || ' ' || (select count(*) from target where stat_year = 2027)", String.class);
	}

	/** What was there when the server started, or null if none started. */
	String seen() {
		return this.seen;
	}

}
