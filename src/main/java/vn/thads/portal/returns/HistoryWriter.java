package vn.thads.portal.returns;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the returns of a history import (issue 13; docs/api.md, "Returns as a
 * machine-readable file") in JDBC batches, inside the caller's one transaction: all or
 * nothing. Imported history is {@code APPROVED}: a new return gets the events "created"
 * and "approved", an approved one whose figures the file changes gets "saved" with each
 * figure from what to what; every event is the administrator's, with a comment naming the
 * file and its SHA-256. Only approved returns are changed, and only if nobody changed
 * them since the file was checked.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class HistoryWriter {

	private static final int BATCH = 500;

	/** The columns of a return's figures: both forms', then the companion forms'. */
	private static final List<String> COLUMNS = Stream
		.concat(FormColumn.SQL_NAMES.stream(), CompanionForm.allSqlNames().stream())
		.toList();

	private static final String SET_FIGURES = COLUMNS.stream().map((c) -> c + " = ?").collect(Collectors.joining(", "));

	private static final String INSERT = "insert into monthly_return (agency_id, period, stat_year, months, status, "
			+ String.join(", ", COLUMNS) + ", first_submitted_at, submitted_at, submitted_by,"
			+ " approved_at, approved_by, created_at, created_by, updated_at, updated_by, version) values (?, ?, ?, ?,"
			+ " 'APPROVED', " + COLUMNS.stream().map((c) -> "?").collect(Collectors.joining(", "))
			+ ", ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";

	private static final String DELETE_CATEGORIES = "delete from return_category_figures where return_id ="
			+ " (select id from monthly_return where agency_id = ? and period = ?)";

	private static final String INSERT_CATEGORY = "insert into return_category_figures (return_id, category_code, "
			+ String.join(", ", FormColumn.SQL_NAMES) + ") select id, ?" + ", ?".repeat(FormColumn.SQL_NAMES.size())
			+ " from monthly_return where agency_id = ? and period = ?";

	/** A new return's figures other than the main forms', in its "created" event. */
	private static final String CREATED_CHANGE = "insert into return_change (event_id, field, old_value, new_value)"
			+ " select e.id, ?, null, ? from return_event e join monthly_return r on r.id = e.return_id"
			+ " where r.agency_id = ? and r.period = ? and e.version = 0 and e.action = 'CREATED'";

	private static final String UPDATE = "update monthly_return set " + SET_FIGURES
			+ ", updated_at = ?, updated_by = ?, version = version + 1"
			+ " where agency_id = ? and period = ? and version = ? and status = 'APPROVED'";

	private static final String EVENT = "insert into return_event (return_id, at, username, action, version, comment)"
			+ " select id, ?, ?, ?, ?, ? from monthly_return where agency_id = ? and period = ?";

	private static final String CHANGE = "insert into return_change (event_id, field, old_value, new_value)"
			+ " select e.id, ?, ?, ? from return_event e join monthly_return r on r.id = e.return_id"
			+ " where r.agency_id = ? and r.period = ? and e.version = ? and e.action = 'SAVED'";

	private final JdbcTemplate jdbc;

	private final ReturnLookup lookup;

	private final ReturnMessages messages;

	HistoryWriter(JdbcTemplate jdbc, ReturnLookup lookup, ReturnMessages messages) {
		this.jdbc = jdbc;
		this.lookup = lookup;
		this.messages = messages;
	}

	/**
	 * @param writes the new and changed returns, checked
	 * @param progress told how many returns are written so far, after each batch
	 * @throws OptimisticLockingFailureException when a return changed since the check, or
	 * one was created meanwhile (the caller rolls everything back)
	 */
	public void write(List<HistoryWrite> writes, String username, String filename, String sha256, long importId,
			IntConsumer progress) {
		OffsetDateTime now = this.lookup.now().atOffset(ZoneOffset.UTC);
		String comment = this.messages.recorded("return.history.imported", filename, sha256, importId);
		List<HistoryWrite> created = writes.stream().filter(HistoryWrite::isNew).toList();
		List<HistoryWrite> changed = writes.stream().filter((w) -> !w.isNew()).toList();
		int done = 0;
		for (int from = 0; from < created.size(); from += BATCH) {
			List<HistoryWrite> batch = created.subList(from, Math.min(created.size(), from + BATCH));
			insert(batch, now, username);
			events(batch, now, username, comment, ReturnAction.CREATED, 0);
			events(batch, now, username, comment, ReturnAction.APPROVED, 1);
			done += batch.size();
			progress.accept(done);
		}
		if (!created.isEmpty()) {
			createdFigures(now, username, comment);
			categories(created, false);
			createdParts(created);
		}
		for (int from = 0; from < changed.size(); from += BATCH) {
			List<HistoryWrite> batch = changed.subList(from, Math.min(changed.size(), from + BATCH));
			update(batch, now, username, comment);
			categories(batch.stream()
				.filter((w) -> !w.before().figures().categories().equals(w.figures().categories()))
				.toList(), true);
			done += batch.size();
			progress.accept(done);
		}
	}

	private void insert(List<HistoryWrite> batch, OffsetDateTime now, String username) {
		try {
			this.jdbc.batchUpdate(INSERT, batch, batch.size(), (ps, w) -> {
				int i = 0;
				ps.setLong(++i, w.agencyId());
				ps.setObject(++i, w.period().monthStart());
				ps.setInt(++i, w.period().statYear());
				ps.setInt(++i, w.period().months());
				i = setFigures(ps, i, w.figures());
				// submitted and approved by the import itself: first_submitted_at, then
				// (at, by) for submitted, approved, created and updated
				ps.setObject(++i, now);
				for (int k = 0; k < 4; k++) {
					ps.setObject(++i, now);
					ps.setString(++i, username);
				}
			});
		}
		catch (DataIntegrityViolationException ex) {
			throw new OptimisticLockingFailureException("A return of the file was created meanwhile", ex);
		}
	}

	private void update(List<HistoryWrite> batch, OffsetDateTime now, String username, String comment) {
		int[][] counts = this.jdbc.batchUpdate(UPDATE, batch, batch.size(), (ps, w) -> {
			int i = setFigures(ps, 0, w.figures());
			ps.setObject(++i, now);
			ps.setString(++i, username);
			ps.setLong(++i, w.agencyId());
			ps.setObject(++i, w.period().monthStart());
			ps.setLong(++i, w.before().version());
		});
		for (int[] chunk : counts) {
			for (int count : chunk) {
				if (count != 1) {
					throw new OptimisticLockingFailureException("A return of the file changed since it was checked");
				}
			}
		}
		List<Object[]> events = new ArrayList<>();
		List<Object[]> changes = new ArrayList<>();
		for (HistoryWrite w : batch) {
			long version = w.before().version() + 1;
			events.add(new Object[] { now, username, ReturnAction.SAVED.name(), version, comment, w.agencyId(),
					w.period().monthStart() });
			for (FieldChange c : ReturnAudit.diff(w.before().figures(), w.figures())) {
				changes
					.add(new Object[] { c.field(), c.from(), c.to(), w.agencyId(), w.period().monthStart(), version });
			}
		}
		batchOf(EVENT, events);
		batchOf(CHANGE, changes);
	}

	private void events(List<HistoryWrite> batch, OffsetDateTime now, String username, String comment,
			ReturnAction action, long version) {
		List<Object[]> events = batch.stream()
			.map((w) -> new Object[] { now, username, action.name(), version, comment, w.agencyId(),
					w.period().monthStart() })
			.toList();
		batchOf(EVENT, events);
	}

	/**
	 * The figures of the new returns in their "created" events, as the entry page records
	 * a new return's (every figure that is not 0, from nothing): one statement for the
	 * whole import, reading them from the returns just written.
	 */
	private void createdFigures(OffsetDateTime now, String username, String comment) {
		List<String> values = new ArrayList<>();
		int i = 0;
		for (Form form : Form.values()) {
			for (FormColumn column : FormColumn.ENTERED) {
				values.add("('" + form.field(column) + "', r." + FormColumn.SQL_NAMES.get(i++) + ")");
			}
		}
		this.jdbc.update("insert into return_change (event_id, field, old_value, new_value)"
				+ " select e.id, f.field, null, f.value from return_event e join monthly_return r on r.id = e.return_id"
				+ " cross join lateral (values " + String.join(", ", values) + ") f (field, value)"
				+ " where e.action = 'CREATED' and e.at = ? and e.username = ? and e.comment = ? and f.value <> 0", now,
				username, comment);
	}

	/**
	 * The categories' figures of the returns written (issue 14), replacing the stored
	 * ones when {@code replace}.
	 */
	private void categories(List<HistoryWrite> writes, boolean replace) {
		if (replace) {
			batchOf(DELETE_CATEGORIES,
					writes.stream().map((w) -> new Object[] { w.agencyId(), w.period().monthStart() }).toList());
		}
		List<Object[]> rows = new ArrayList<>();
		for (HistoryWrite w : writes) {
			w.figures().categories().forEach((code, figures) -> {
				List<Object> row = new ArrayList<>(List.of(code));
				for (Form form : Form.values()) {
					for (FormColumn column : FormColumn.ENTERED) {
						row.add(figures.of(form).get(column));
					}
				}
				row.add(w.agencyId());
				row.add(w.period().monthStart());
				rows.add(row.toArray());
			});
		}
		batchOf(INSERT_CATEGORY, rows);
	}

	/**
	 * The figures of new returns that are not the main forms' (categories, companion
	 * forms) in their "created" events, as the entry page records them.
	 */
	private void createdParts(List<HistoryWrite> created) {
		List<Object[]> changes = new ArrayList<>();
		for (HistoryWrite w : created) {
			for (FieldChange c : ReturnAudit.diff(null, w.figures())) {
				if (!c.field().startsWith(Form.CASES.code() + ".") && !c.field().startsWith(Form.MONEY.code() + ".")) {
					changes.add(new Object[] { c.field(), c.to(), w.agencyId(), w.period().monthStart() });
				}
			}
		}
		batchOf(CREATED_CHANGE, changes);
	}

	private void batchOf(String sql, List<Object[]> rows) {
		this.jdbc.batchUpdate(sql, rows, BATCH, (ps, row) -> {
			for (int i = 0; i < row.length; i++) {
				ps.setObject(i + 1, row[i]);
			}
		});
	}

	private static int setFigures(PreparedStatement ps, int i, ReturnFigures figures) throws SQLException {
		for (Form form : Form.values()) {
			for (FormColumn column : FormColumn.ENTERED) {
				ps.setLong(++i, figures.of(form).get(column));
			}
		}
		// in the order of CompanionForm.allSqlNames()
		for (CompanionForm form : CompanionForm.values()) {
			for (CompanionLine<?> line : form.entered()) {
				ps.setLong(++i, figures.companion(form).get(line));
			}
		}
		return i;
	}

}
