package vn.thads.portal.returns;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads many returns at once, with their history, in JDBC batches: the demo data (a few
 * thousand returns) in a second or two instead of a row at a time through JPA.
 */
@Service
@Transactional
public class ReturnImport {

	private static final int BATCH = 500;

	private static final String INSERT_RETURN = "insert into monthly_return (agency_id, period, stat_year, months,"
			+ " status, " + String.join(", ", FormColumn.SQL_NAMES) + ", "
			+ String.join(", ", CompanionForm.allSqlNames()) + ", review_comment, first_submitted_at, submitted_at,"
			+ " submitted_by, approved_at, approved_by, created_at, created_by, updated_at, updated_by, version)"
			+ " values (?, ?, ?, ?, ?, "
			+ FormColumn.SQL_NAMES.stream().map((c) -> "?").collect(Collectors.joining(", "))
			+ ", ?".repeat(CompanionForm.allSqlNames().size()) + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String INSERT_EVENT = "insert into return_event (return_id, at, username, action, version,"
			+ " comment) select id, ?, ?, ?, ?, ? from monthly_return where agency_id = ? and period = ?";

	private static final String INSERT_CATEGORY = "insert into return_category_figures (return_id, category_code, "
			+ String.join(", ", FormColumn.SQL_NAMES) + ") select id, ?" + ", ?".repeat(FormColumn.SQL_NAMES.size())
			+ " from monthly_return where agency_id = ? and period = ?";

	private final JdbcTemplate jdbc;

	ReturnImport(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether no return exists at all: demo data is only loaded into an empty table. */
	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return !Boolean.TRUE
			.equals(this.jdbc.queryForObject("select exists (select 1 from monthly_return)", Boolean.class));
	}

	/** Inserts the returns and their events; returns how many returns. */
	public int importAll(List<ImportedReturn> returns) {
		this.jdbc.batchUpdate(INSERT_RETURN, returns, BATCH, ReturnImport::setReturn);
		List<Object[]> events = new ArrayList<>();
		for (ImportedReturn r : returns) {
			events.addAll(events(r));
		}
		List<Object[]> categories = new ArrayList<>();
		for (ImportedReturn r : returns) {
			r.figures().categories().forEach((code, figures) -> categories.add(category(r, code, figures)));
		}
		this.jdbc.batchUpdate(INSERT_CATEGORY, categories, BATCH, (ps, row) -> {
			for (int i = 0; i < row.length; i++) {
				ps.setObject(i + 1, row[i]);
			}
		});
		this.jdbc.batchUpdate(INSERT_EVENT, events, BATCH, (ps, event) -> {
			for (int i = 0; i < event.length; i++) {
				ps.setObject(i + 1, event[i]);
			}
		});
		return returns.size();
	}

	/**
	 * A category's figures of an imported return (issue 14), as INSERT_CATEGORY takes
	 * them.
	 */
	private static Object[] category(ImportedReturn r, String code, ReturnFigures figures) {
		List<Object> row = new ArrayList<>(List.of(code));
		for (Form form : Form.values()) {
			for (FormColumn column : FormColumn.ENTERED) {
				row.add(figures.of(form).get(column));
			}
		}
		row.add(r.agencyId());
		row.add(r.period().monthStart());
		return row.toArray();
	}

	private static void setReturn(PreparedStatement ps, ImportedReturn r) throws SQLException {
		int i = 0;
		ps.setLong(++i, r.agencyId());
		ps.setObject(++i, r.period().monthStart());
		ps.setInt(++i, r.period().statYear());
		ps.setInt(++i, r.period().months());
		ps.setString(++i, r.status().name());
		for (Form form : Form.values()) {
			for (FormColumn column : FormColumn.ENTERED) {
				ps.setLong(++i, r.figures().of(form).get(column));
			}
		}
		for (CompanionForm form : CompanionForm.values()) {
			for (CompanionLine<?> line : form.entered()) {
				ps.setLong(++i, r.figures().companion(form).get(line));
			}
		}
		boolean approved = r.status() == ReturnStatus.APPROVED;
		Instant updatedAt = (r.reviewedAt() != null) ? r.reviewedAt()
				: (r.submittedAt() != null) ? r.submittedAt() : r.createdAt();
		ps.setString(++i, r.reviewComment());
		ps.setObject(++i, utc(r.submittedAt()));
		ps.setObject(++i, utc(r.submittedAt()));
		ps.setString(++i, (r.submittedAt() != null) ? r.officer() : null);
		ps.setObject(++i, approved ? utc(r.reviewedAt()) : null);
		ps.setString(++i, approved ? r.reviewer() : null);
		ps.setObject(++i, utc(r.createdAt()));
		ps.setString(++i, r.officer());
		ps.setObject(++i, utc(updatedAt));
		ps.setString(++i, (r.reviewedAt() != null) ? r.reviewer() : r.officer());
		ps.setLong(++i, events(r).size() - 1);
	}

	/** The history of an imported return: each step one version further. */
	private static List<Object[]> events(ImportedReturn r) {
		List<Object[]> events = new ArrayList<>();
		events.add(event(r, r.createdAt(), r.officer(), ReturnAction.CREATED, 0, null));
		if (r.submittedAt() != null) {
			events.add(event(r, r.submittedAt(), r.officer(), ReturnAction.SUBMITTED, 1, null));
		}
		if (r.reviewedAt() != null) {
			ReturnAction action = (r.status() == ReturnStatus.APPROVED) ? ReturnAction.APPROVED : ReturnAction.RETURNED;
			events.add(event(r, r.reviewedAt(), r.reviewer(), action, 2, r.reviewComment()));
		}
		return events;
	}

	private static Object[] event(ImportedReturn r, Instant at, String user, ReturnAction action, long version,
			String comment) {
		return new Object[] { utc(at), user, action.name(), version, comment, r.agencyId(), r.period().monthStart() };
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
