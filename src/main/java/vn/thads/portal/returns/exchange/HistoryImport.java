package vn.thads.portal.returns.exchange;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thads.portal.returns.HistoryWriter;
import vn.thads.portal.returns.ReturnMessages;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.shared.NotFoundException;

/**
 * The history import (ADMIN only; docs/api.md, "Returns as a machine-readable file"): an
 * uploaded file is kept in PostgreSQL with its checksum and checked by a background job
 * (the dry run); confirming it runs a second job that checks it again and writes every
 * return in one transaction, or nothing. Both jobs write their progress to the file's
 * row, which the page polls on whichever node it reaches; the job runs on the node that
 * was asked. A file that changes nothing writes nothing, so importing twice leaves the
 * data (and {@code data_version}) as they were.
 */
@Service
public class HistoryImport {

	private static final Logger log = LoggerFactory.getLogger(HistoryImport.class);

	private final HistoryImportJobs jobs;

	private final HistoryCheck check;

	private final HistoryWriter writer;

	private final ReturnMessages messages;

	private final AsyncTaskExecutor executor;

	private final TransactionTemplate transaction;

	private final Clock clock;

	HistoryImport(HistoryImportJobs jobs, HistoryCheck check, HistoryWriter writer, ReturnMessages messages,
			@Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor, PlatformTransactionManager transactions,
			Clock clock) {
		this.jobs = jobs;
		this.check = check;
		this.writer = writer;
		this.messages = messages;
		this.executor = executor;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Keeps the file and returns its job, still to be checked ({@link #check} or
	 * {@link #checkInBackground}).
	 */
	public ImportJob upload(PortalUser user, String filename, byte[] content) {
		requireAdmin(user);
		long id = this.jobs.create(filename, sha256(content), content, LocaleContextHolder.getLocale(),
				user.getUsername(), this.clock.instant());
		return job(id);
	}

	public void checkInBackground(long id) {
		this.executor.execute(() -> check(id));
	}

	/** The dry run: reads and checks the file, writes nothing but its job's row. */
	public ImportJob check(long id) {
		return withLocale(id, () -> {
			byte[] content = this.jobs.content(id).orElseThrow(() -> new NotFoundException("No file " + id));
			try {
				ReturnFile.Table table = ReturnFile.read(content);
				this.jobs.started(id, table.rows().size(), this.clock.instant());
				HistoryPlan plan = this.check.check(table,
						(done) -> this.jobs.progress(id, done, this.clock.instant()));
				this.jobs.checked(id, plan, this.clock.instant());
			}
			catch (InvalidInputException ex) {
				this.jobs.failed(id,
						HistoryPlan.refused(ex.getProblems()
							.stream()
							.map((p) -> new RowIssue(1, null, this.messages.text(p), false))
							.toList()),
						this.clock.instant());
			}
			catch (RuntimeException ex) {
				log.error("History import {} could not be checked", id, ex);
				refuse(id, "exchange.returns.job.failed");
			}
			return job(id);
		});
	}

	/**
	 * Moves a checked file on to be applied, once.
	 * @return false when it cannot be confirmed (errors, nothing to change, confirmed
	 * already on this or another node)
	 */
	public boolean confirm(PortalUser user, long id) {
		requireAdmin(user);
		return this.jobs.claim(id, this.clock.instant());
	}

	public void applyInBackground(long id) {
		this.executor.execute(() -> apply(id));
	}

	/**
	 * Checks the confirmed file again (the data may have changed since the dry run) and
	 * writes it all in one transaction, or nothing.
	 */
	public ImportJob apply(long id) {
		return withLocale(id, () -> {
			ImportJob job = job(id);
			try {
				HistoryPlan refused = this.transaction.execute((status) -> {
					byte[] content = this.jobs.content(id).orElseThrow();
					HistoryPlan plan = this.check.check(ReturnFile.read(content),
							(done) -> this.jobs.progress(id, done, this.clock.instant()));
					if (plan.hasErrors()) {
						status.setRollbackOnly();
						return plan;
					}
					this.writer.write(plan.writes(), job.createdBy(), job.filename(), job.sha256(), id,
							(done) -> this.jobs.progress(id, job.rowsTotal() + done, this.clock.instant()));
					this.jobs.applied(id, plan, this.clock.instant());
					return null;
				});
				if (refused != null) {
					this.jobs.failed(id, refused, this.clock.instant());
				}
			}
			catch (OptimisticLockingFailureException ex) {
				refuse(id, "exchange.returns.job.changedMeanwhile");
			}
			catch (RuntimeException ex) {
				log.error("History import {} could not be applied", id, ex);
				refuse(id, "exchange.returns.job.failed");
			}
			return job(id);
		});
	}

	public ImportJob job(long id) {
		return this.jobs.find(id).orElseThrow(() -> new NotFoundException("No history import " + id));
	}

	public Optional<ImportJob> find(long id) {
		return this.jobs.find(id);
	}

	/** The problems found, errors first, each kind by line. */
	public List<RowIssue> problems(long id) {
		return this.jobs.problems(id);
	}

	public List<ImportJob> recent() {
		return this.jobs.recent(10);
	}

	private void refuse(long id, String code) {
		this.jobs.failed(id, HistoryPlan.refused(List.of(new RowIssue(1, null, this.messages.text(code), false))),
				this.clock.instant());
	}

	/** The job's messages in the language of the one who uploaded the file. */
	private ImportJob withLocale(long id, Supplier<ImportJob> work) {
		Locale before = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(this.jobs.locale(id));
		try {
			return work.get();
		}
		finally {
			LocaleContextHolder.setLocale(before);
		}
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static void requireAdmin(PortalUser user) {
		if (!user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("The history import is for administrators");
		}
	}

}
