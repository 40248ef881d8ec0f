package vn.thads.portal.keycases;

import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyDirectory;

/**
 * What other modules read of the register (the planner, the meeting pack, the demo): no
 * names and no rights of their own, the caller having checked its agency. The officers'
 * reads and writes go through {@link KeyCaseRegister}.
 */
@Service
@Transactional(readOnly = true)
public class KeyCaseOverview {

	private final KeyCaseQueries queries;

	private final AgencyDirectory directory;

	KeyCaseOverview(KeyCaseQueries queries, AgencyDirectory directory) {
		this.queries = queries;
		this.directory = directory;
	}

	/**
	 * The open key cases of an agency's subtree, largest amount still to collect first.
	 */
	public List<OpenKeyCase> openCases(long agencyId) {
		return this.queries.subtree(this.directory.getById(agencyId).path(), false)
			.stream()
			.filter((row) -> row.status() == KeyCaseStatus.OPEN)
			.sorted(KeyCaseRules.RANKING)
			.map((r) -> new OpenKeyCase(r.id(), r.agencyCode(), r.decisionNumber(), r.categoryCode(), r.amount(),
					r.collected(), r.nextStep(), r.nextStepDue()))
			.toList();
	}

	/** The instructions given at one meeting on the cases of an agency's subtree. */
	public List<MeetingInstruction> instructionsAt(long agencyId, YearMonth meeting) {
		return this.queries.instructionsAt(this.directory.getById(agencyId).path(), meeting);
	}

	/**
	 * Whether an agency's subtree has any key case (the demo loads only where none is).
	 */
	public boolean hasCases(long agencyId) {
		return !this.queries.subtree(this.directory.getById(agencyId).path(), false).isEmpty();
	}

}
