package vn.thads.portal.returns.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thads.portal.returns.exchange.ImportJob.Phase;

/**
 * The rows of {@code return_history_import} (migration V11): the uploaded file and the
 * progress of its job, in PostgreSQL so that every node sees them (the page polls
 * whichever node it reaches). Progress is written in transactions of its own, visible
 * while the import's own transaction is still open.
 */
@Repository
class HistoryImportJobs {

	/** The problems kept for the page and the API; the counts are always complete. */
	static final int PROBLEMS_KEPT = 1000;

	private static final String COLUMNS = "id, filename, sha256, size_bytes, created_by, created_at, phase, rows_total,"
			+ " rows_done, new_count, changed_count, unchanged_count, error_count, warning_count, updated_at,"
			+ " finished_at";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate separately;

	HistoryImportJobs(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	long create(String filename, String sha256, byte[] content, Locale locale, String username, Instant now) {
		return this.separately.execute((status) -> this.jdbc.queryForObject(
				"insert into return_history_import (filename, sha256, size_bytes, content, locale, created_by,"
						+ " created_at, phase, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'CHECKING', ?) returning id",
				Long.class, filename, sha256, content.length, content, locale.toLanguageTag(), username, utc(now),
				utc(now)));
	}

	Optional<ImportJob> find(long id) {
		return this.jdbc
			.query("select " + COLUMNS + " from return_history_import where id = ?", HistoryImportJobs::job, id)
			.stream()
			.findFirst();
	}

	List<ImportJob> recent(int count) {
		return this.jdbc.query(
				"select " + COLUMNS + " from return_history_import order by created_at desc, id desc" + " limit ?",
				HistoryImportJobs::job, count);
	}

	/** The file, while it may still be checked or applied. */
	Optional<byte[]> content(long id) {
		return this.jdbc
			.query("select content from return_history_import where id = ? and content is not null",
					(rs, row) -> rs.getBytes(1), id)
			.stream()
			.findFirst();
	}

	Locale locale(long id) {
		return Locale.forLanguageTag(
				this.jdbc.queryForObject("select locale from return_history_import where id = ?", String.class, id));
	}

	void started(long id, int rowsTotal, Instant now) {
		this.separately.executeWithoutResult((status) -> this.jdbc.update(
				"update return_history_import set rows_total = ?, rows_done = 0, updated_at = ? where id = ?",
				rowsTotal, utc(now), id));
	}

	void progress(long id, int rowsDone, Instant now) {
		this.separately.executeWithoutResult((status) -> this.jdbc.update(
				"update return_history_import set rows_done = ?, updated_at = ? where id = ?", rowsDone, utc(now), id));
	}

	/**
	 * The dry run's answer. The file is kept only if it can be confirmed.
	 */
	void checked(long id, HistoryPlan plan, Instant now) {
		this.separately.executeWithoutResult((status) -> {
			boolean confirmable = plan.errorCount() == 0 && !plan.writes().isEmpty();
			finish(id, Phase.CHECKED, plan, now, !confirmable);
		});
	}

	/**
	 * Moves a checked job to APPLYING, once: false when it is not confirmable, or someone
	 * (on any node) confirmed it already.
	 */
	boolean claim(long id, Instant now) {
		return this.separately.execute((status) -> this.jdbc
			.update("update return_history_import set phase = 'APPLYING', rows_done = 0, updated_at = ? where id = ?"
					+ " and phase = 'CHECKED' and error_count = 0 and content is not null", utc(now), id)) == 1;
	}

	/** Applied: written in the caller's transaction, with the returns. */
	void applied(long id, HistoryPlan plan, Instant now) {
		finish(id, Phase.APPLIED, plan, now, true);
	}

	/** Refused when applied (nothing was written), or stopped by a failure. */
	void failed(long id, HistoryPlan plan, Instant now) {
		this.separately.executeWithoutResult((status) -> finish(id, Phase.FAILED, plan, now, true));
	}

	List<RowIssue> problems(long id) {
		return this.jdbc.query(
				"select line, column_name, message, warning from return_history_import_problem where import_id = ?"
						+ " order by warning, seq",
				(rs, row) -> new RowIssue(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)), id);
	}

	private void finish(long id, Phase phase, HistoryPlan plan, Instant now, boolean dropFile) {
		this.jdbc.update(
				"update return_history_import set phase = ?, rows_done = rows_total, new_count = ?,"
						+ " changed_count = ?, unchanged_count = ?, error_count = ?, warning_count = ?, updated_at = ?,"
						+ " finished_at = ?" + (dropFile ? ", content = null" : "") + " where id = ?",
				phase.name(), plan.news(), plan.changed(), plan.unchanged(), plan.errorCount(), plan.warningCount(),
				utc(now), phase.isRunning() || phase == Phase.CHECKED ? null : utc(now), id);
		this.jdbc.update("delete from return_history_import_problem where import_id = ?", id);
		List<RowIssue> kept = new ArrayList<>();
		kept.addAll(plan.errors().subList(0, Math.min(PROBLEMS_KEPT, plan.errors().size())));
		kept.addAll(plan.warnings().subList(0, Math.min(PROBLEMS_KEPT, plan.warnings().size())));
		List<Object[]> rows = new ArrayList<>();
		for (RowIssue issue : kept) {
			rows.add(new Object[] { id, rows.size(), issue.line(), issue.column(), issue.warning(), issue.message() });
		}
		this.jdbc.batchUpdate("insert into return_history_import_problem (import_id, seq, line, column_name, warning,"
				+ " message) values (?, ?, ?, ?, ?, ?)", rows);
	}

	private static ImportJob job(ResultSet rs, int row) throws SQLException {
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new ImportJob(rs.getLong("id"), rs.getString("filename"), rs.getString("sha256"),
				rs.getLong("size_bytes"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), Phase.valueOf(rs.getString("phase")),
				rs.getInt("rows_total"), rs.getInt("rows_done"), rs.getInt("new_count"), rs.getInt("changed_count"),
				rs.getInt("unchanged_count"), rs.getInt("error_count"), rs.getInt("warning_count"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
				(finished != null) ? finished.toInstant() : null);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
