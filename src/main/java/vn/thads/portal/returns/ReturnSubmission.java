package vn.thads.portal.returns;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.security.PortalUser;

/**
 * The entry page's "submit": the figures as typed are saved and submitted in one
 * transaction, so they are either stored and submitted together or not at all. A submit
 * refused (errors, a missing explanation, a stale version) leaves the stored return as it
 * was; the page shows the typing again and the officer may still save it as a draft.
 */
@Service
@Transactional
public class ReturnSubmission {

	private final ReturnEntry entry;

	private final ReturnWorkflow workflow;

	ReturnSubmission(ReturnEntry entry, ReturnWorkflow workflow) {
		this.entry = entry;
		this.workflow = workflow;
	}

	/** As below, the stored categories kept. */
	public ReturnView saveAndSubmit(PortalUser user, String agencyCode, String periodCode, Long version,
			ReturnFigures figures, String explanation) {
		return saveAndSubmit(user, agencyCode, periodCode, version, figures, false, explanation);
	}

	/**
	 * @param version the version the officer started from; null only for a new return
	 * @param replaceCategories whether the figures' categories replace the stored ones
	 * ({@link ReturnEntry#save(PortalUser, String, String, Long, ReturnFigures, boolean)})
	 * @throws vn.thads.portal.shared.InvalidInputException (422) when the figures cannot
	 * be saved or the return cannot be submitted; nothing is saved
	 * @throws org.springframework.dao.OptimisticLockingFailureException (409) when
	 * someone saved in between
	 * @throws vn.thads.portal.shared.ConflictException (409) when the return is not
	 * editable
	 */
	public ReturnView saveAndSubmit(PortalUser user, String agencyCode, String periodCode, Long version,
			ReturnFigures figures, boolean replaceCategories, String explanation) {
		ReturnView saved = this.entry.save(user, agencyCode, periodCode, version, figures, replaceCategories);
		return this.workflow.submit(user, agencyCode, periodCode, saved.version(), explanation);
	}

}
