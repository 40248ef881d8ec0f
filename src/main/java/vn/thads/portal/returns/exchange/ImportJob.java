package vn.thads.portal.returns.exchange;

import java.time.Duration;
import java.time.Instant;

/**
 * One history import as its row in {@code return_history_import} says: the file, who
 * uploaded it, and how far its background job has gone.
 *
 * @param phase CHECKING (the dry run), CHECKED, APPLYING, APPLIED or FAILED (refused when
 * applied: nothing written)
 * @param rowsDone rows checked; while applying, rows checked again and then, beyond
 * {@code rowsTotal}, returns written
 */
public record ImportJob(long id, String filename, String sha256, long sizeBytes, String createdBy, Instant createdAt,
		Phase phase, int rowsTotal, int rowsDone, int news, int changed, int unchanged, int errorCount,
		int warningCount, Instant updatedAt, Instant finishedAt) {

	/** A job that has not moved for this long was stopped (its node went away). */
	static final Duration STALLED_AFTER = Duration.ofMinutes(5);

	public enum Phase {

		CHECKING, CHECKED, APPLYING, APPLIED, FAILED;

		public boolean isRunning() {
			return this == CHECKING || this == APPLYING;
		}

	}

	public boolean isRunning() {
		return this.phase.isRunning();
	}

	/** Still marked running, but not moved for {@link #STALLED_AFTER}. */
	public boolean isStalled(Instant now) {
		return isRunning() && this.updatedAt.plus(STALLED_AFTER).isBefore(now);
	}

	/** How far, 0 to 100: applying checks every row again, then writes. */
	public int percent() {
		int total = (this.phase == Phase.APPLYING) ? this.rowsTotal + toWrite() : this.rowsTotal;
		return (total == 0) ? 0 : (int) Math.min(100, 100L * this.rowsDone / total);
	}

	/** Returns written so far while applying. */
	public int written() {
		return Math.max(0, this.rowsDone - this.rowsTotal);
	}

	/** Checked, without errors, with something to write. */
	public boolean canConfirm() {
		return this.phase == Phase.CHECKED && this.errorCount == 0 && hasChanges();
	}

	public boolean hasChanges() {
		return toWrite() > 0;
	}

	/** The returns a confirmation writes: the new ones and the changed ones. */
	public int toWrite() {
		return this.news + this.changed;
	}

	/** The first characters of the checksum, as the pages show it. */
	public String shortSha256() {
		return this.sha256.substring(0, 12);
	}

}
