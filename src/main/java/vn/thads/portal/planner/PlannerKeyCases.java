package vn.thads.portal.planner;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.keycases.KeyCaseOverview;
import vn.thads.portal.keycases.OpenKeyCase;

/**
 * Puts on each planner row what its open key cases could cover (domain.md §10): the
 * register's open cases of the agency's subtree, read once, shared out to the rows — the
 * agency all of them, its own-return row its own cases, a unit those of its subtree.
 */
@Component
class PlannerKeyCases {

	private final KeyCaseOverview keyCases;

	private final AgencyDirectory directory;

	PlannerKeyCases(KeyCaseOverview keyCases, AgencyDirectory directory) {
		this.keyCases = keyCases;
		this.directory = directory;
	}

	SprintPlan covered(SprintPlan plan) {
		AgencyRef agency = plan.agency();
		List<OpenKeyCase> open = this.keyCases.openCases(agency.id());
		PlanRow total = plan.total().withKeyCases(cover(open, (c) -> true, plan.total()));
		List<PlanRow> units = plan.units().stream().map((row) -> {
			Predicate<OpenKeyCase> in;
			if (row.ownReturnOnly()) {
				in = (c) -> c.agencyCode().equals(agency.code());
			}
			else {
				Set<String> codes = this.directory.subtree(row.agency())
					.stream()
					.map(AgencyRef::code)
					.collect(Collectors.toSet());
				in = (c) -> codes.contains(c.agencyCode());
			}
			return row.withKeyCases(cover(open, in, row));
		}).toList();
		return new SprintPlan(plan.agency(), plan.period(), plan.basis(), plan.monthsLeft(), total, units);
	}

	private static KeyCaseCover cover(List<OpenKeyCase> open, Predicate<OpenKeyCase> in, PlanRow row) {
		List<OpenKeyCase> cases = open.stream().filter(in).toList();
		return SprintArithmetic.cover(cases.size(), cases.stream().mapToLong(OpenKeyCase::outstanding).sum(),
				row.money().needed());
	}

}
