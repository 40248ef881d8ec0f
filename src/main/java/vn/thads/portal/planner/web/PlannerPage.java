package vn.thads.portal.planner.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import vn.thads.portal.agency.Reorganisation;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.planner.SprintPlan;

/**
 * What the planner page needs beyond the plan: the months around it, the words that
 * depend on the agency's level and the era, the past years named in the table.
 *
 * @param next the month after, or null when it has not ended
 * @param scopeKey the message key of what the headline calls the agency ("tỉnh")
 * @param ownKey the message key of the row of the agency's own return
 * @param pastYears the statistical years compared, latest first
 */
public record PlannerPage(ReportingPeriod previous, ReportingPeriod next, String scopeKey, String ownKey,
		List<Integer> pastYears) {

	static PlannerPage of(SprintPlan plan, LocalDate today) {
		ReportingPeriod period = plan.period();
		ReportingPeriod next = period.plusMonths(1);
		String level = plan.agency().level().name();
		return new PlannerPage(period.plusMonths(-1), next.hasEnded(today) ? next : null, "planner.scope." + level,
				"dashboard.units.own." + level + Reorganisation.era(period.to()),
				IntStream.rangeClosed(1, 3).mapToObj((i) -> period.statYear() - i).toList());
	}

}
