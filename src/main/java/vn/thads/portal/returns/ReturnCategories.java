package vn.thads.portal.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The categories of the two forms as table {@code return_category} holds them, in their
 * printed order. A tiny table, read when needed.
 */
@Component
public class ReturnCategories {

	private final JdbcClient jdbc;

	ReturnCategories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ReturnCategory> all() {
		return this.jdbc
			.sql("select code, name_vi, name_en, valid_from, valid_to from return_category order by position, code")
			.query((rs, n) -> new ReturnCategory(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
					rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
			.list();
	}

	/** The categories a period ending in the month starting that day reports. */
	public List<ReturnCategory> validIn(LocalDate monthStart) {
		return all().stream().filter((c) -> c.validIn(monthStart)).toList();
	}

	public Optional<ReturnCategory> byCode(String code) {
		return all().stream().filter((c) -> c.code().equals(code)).findFirst();
	}

}
