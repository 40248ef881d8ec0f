package vn.thads.portal.demo;

import java.util.ArrayList;
import java.util.List;

import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ImportedReturn;
import vn.thads.portal.returns.Reception;

/**
 * Kiên Giang's citizen reception and judgments received in 2022 (seed 003, issue 14): "đã
 * tiếp 191 lượt công dân, tương ứng với 195 người … Số lượt Lãnh đạo tiếp dân là 135
 * lượt, tương ứng 139 người" and "tổng số bản án, quyết định đã nhận trong năm là 9.838".
 * The year's figures sit in the province's September 2022 returns (cumulative, the year's
 * end), spread over its units in proportion to each unit's newly accepted cases, each
 * unit's leaders' part below its total.
 */
final class KienGiangReception {

	static final Reception YEAR_2022 = new Reception(191, 195, 135, 139, 9_838);

	private KienGiangReception() {
	}

	/** The returns with the reception added to Kiên Giang's of September 2022. */
	static List<ImportedReturn> withReception(List<ImportedReturn> returns, List<Long> kienGiang) {
		List<Integer> at = new ArrayList<>();
		for (int i = 0; i < returns.size(); i++) {
			ImportedReturn r = returns.get(i);
			if (kienGiang.contains(r.agencyId()) && r.period().code().equals(KienGiangCategories.PERIOD)) {
				at.add(i);
			}
		}
		if (at.isEmpty()) {
			return returns;
		}
		long[] weights = at.stream()
			.mapToLong((i) -> returns.get(i).figures().cases().get(FormColumn.NEWLY_ACCEPTED))
			.toArray();
		long[] visits = DemoShares.split(YEAR_2022.visits(), weights);
		long[] people = DemoShares.split(YEAR_2022.people(), weights);
		long[] leaderVisits = DemoShares.split(YEAR_2022.leaderVisits(), visits);
		long[] leaderPeople = DemoShares.split(YEAR_2022.leaderPeople(), people);
		long[] judgments = DemoShares.split(YEAR_2022.judgmentsReceived(), weights);
		List<ImportedReturn> result = new ArrayList<>(returns);
		for (int k = 0; k < at.size(); k++) {
			ImportedReturn r = returns.get(at.get(k));
			Reception reception = new Reception(visits[k], people[k], leaderVisits[k], leaderPeople[k], judgments[k]);
			if (reception.leaderVisits() > reception.visits() || reception.leaderPeople() > reception.people()) {
				throw new IllegalStateException("Leaders' reception above the total of agency " + r.agencyId());
			}
			result.set(at.get(k),
					new ImportedReturn(r.agencyId(), r.period(), r.figures().withReception(reception), r.status(),
							r.officer(), r.createdAt(), r.submittedAt(), r.reviewer(), r.reviewedAt(),
							r.reviewComment()));
		}
		return result;
	}

}
