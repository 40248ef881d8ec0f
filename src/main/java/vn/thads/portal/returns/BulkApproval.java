package vn.thads.portal.returns;

/**
 * The outcome of approving several returns at once.
 *
 * @param approved how many were approved
 * @param skipped how many were no longer waiting (approved or returned by someone else)
 */
public record BulkApproval(int approved, int skipped) {

}
