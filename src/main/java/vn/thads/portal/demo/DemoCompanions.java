package vn.thads.portal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import vn.thads.portal.returns.AdminJudgmentLine;
import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.CompanionValues;
import vn.thads.portal.returns.ComplaintLine;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ImportedReturn;
import vn.thads.portal.returns.ReceptionLine;
import vn.thads.portal.returns.ReturnFigures;

/**
 * Plausible companion forms (issue 14) for every demo return: citizen reception,
 * complaints and denunciations, administrative judgments followed. Each is a fixed share
 * of the return's own figures, the shares drawn once per agency and statistical year from
 * a seed of both (deterministic), so the figures grow month by month like the cumulative
 * main forms: reception and complaints in proportion to the cases newly accepted so far,
 * the judgments carried over in proportion to the cases carried over (fixed within the
 * year). Kiên Giang keeps no reception of its own but the published one of September 2022
 * ({@link KienGiangReception}).
 */
final class DemoCompanions {

	private DemoCompanions() {
	}

	/** The returns with their companion forms; {@code noReception}: agencies left out. */
	static List<ImportedReturn> with(List<ImportedReturn> returns, List<Long> noReception) {
		List<ImportedReturn> result = new ArrayList<>(returns.size());
		for (ImportedReturn r : returns) {
			ReturnFigures figures = of(r, !noReception.contains(r.agencyId()));
			result.add(new ImportedReturn(r.agencyId(), r.period(), figures, r.status(), r.officer(), r.createdAt(),
					r.submittedAt(), r.reviewer(), r.reviewedAt(), r.reviewComment()));
		}
		return result;
	}

	private static ReturnFigures of(ImportedReturn r, boolean reception) {
		SplittableRandom random = new SplittableRandom(r.agencyId() * 31 + r.period().statYear());
		long accepted = r.figures().cases().get(FormColumn.NEWLY_ACCEPTED);
		long carried = r.figures().cases().get(FormColumn.CARRIED_OVER);
		double month = r.period().months() / 12.0;
		// every share is drawn, used or not, so that each stays the same whatever is left
		// out
		double visitShare = between(random, 0.010, 0.025);
		double extraPeople = between(random, 0.0, 0.08);
		double leaders = between(random, 0.55, 0.75);
		double judgments = between(random, 0.85, 1.05);
		double complaints = between(random, 0.004, 0.010);
		double complaintsCompetent = between(random, 0.60, 0.85);
		double denunciations = between(random, 0.001, 0.003);
		double denunciationsCompetent = between(random, 0.50, 0.80);
		double resolved = between(random, 0.55, 0.70);
		double adminCarried = between(random, 0.004, 0.010);
		double adminReceived = between(random, 0.002, 0.006);
		double adminCompleted = between(random, 0.30, 0.45);
		ReturnFigures figures = r.figures();
		if (reception) {
			long visits = part(accepted, visitShare);
			long people = visits + part(visits, extraPeople);
			long[] values = { visits, people, part(visits, leaders), part(people, leaders), part(accepted, judgments) };
			figures = figures.with(CompanionForm.RECEPTION,
					CompanionValues.of(CompanionForm.RECEPTION, (line) -> values[((ReceptionLine) line).ordinal()]));
		}
		// resolved: a share of what is competent that grows through the year
		double resolvedShare = resolved + 0.3 * month;
		long complaintsReceived = part(accepted, complaints);
		long complaintsIn = part(complaintsReceived, complaintsCompetent);
		long denunciationsReceived = part(accepted, denunciations);
		long denunciationsIn = part(denunciationsReceived, denunciationsCompetent);
		figures = figures.with(CompanionForm.COMPLAINTS,
				CompanionValues.of(CompanionForm.COMPLAINTS, (line) -> switch ((ComplaintLine) line) {
					case COMPLAINTS_RECEIVED -> complaintsReceived;
					case COMPLAINTS_COMPETENT -> complaintsIn;
					case COMPLAINTS_RESOLVED -> part(complaintsIn, resolvedShare);
					case DENUNCIATIONS_RECEIVED -> denunciationsReceived;
					case DENUNCIATIONS_COMPETENT -> denunciationsIn;
					case DENUNCIATIONS_RESOLVED -> part(denunciationsIn, resolvedShare);
					default -> throw new IllegalArgumentException(line.code() + " is derived");
				}));
		long adminCarriedOver = part(carried, adminCarried);
		long adminReceivedSoFar = part(accepted, adminReceived);
		figures = figures.with(CompanionForm.ADMIN_JUDGMENTS,
				CompanionValues.of(CompanionForm.ADMIN_JUDGMENTS, (line) -> switch ((AdminJudgmentLine) line) {
					case CARRIED_OVER -> adminCarriedOver;
					case RECEIVED -> adminReceivedSoFar;
					case COMPLETED -> part(adminCarriedOver + adminReceivedSoFar, adminCompleted + 0.5 * month);
					default -> throw new IllegalArgumentException(line.code() + " is derived");
				}));
		return figures;
	}

	private static double between(SplittableRandom random, double low, double high) {
		return low + random.nextDouble() * (high - low);
	}

	private static long part(long whole, double share) {
		return (long) Math.floor(whole * Math.min(share, 1.0));
	}

}
