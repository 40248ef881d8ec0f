package vn.thads.portal.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.ImportedReturn;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.ReturnStatus;

/**
 * Kiên Giang's bank credit in 2022 (seed 003, issue 14): "29,24 % về việc và 27,69 % về
 * tiền … chiếm đến 47,40 % về tiền so với tổng số tiền phải thi hành". The rates are
 * completion rates (X / G, as the main form's); the share is the category's money to
 * enforce (F) over the province's. Entered figures chosen to give them to the digit:
 * cases X = 731 of G = 2.500 (29,24 %); money X = 276.900.000 of G = 1.000.000.000 (27,69
 * %), F = 1.614.001.411 of the province's 3.405.066.268 (47,40 %). They are spread over
 * the province's September 2022 returns in proportion to each unit's own figures, each
 * part below the unit's main form and balanced (F = G + H).
 */
final class KienGiangCategories {

	static final String BANK = "TIN_DUNG_NGAN_HANG";

	static final String PERIOD = "2022-09";

	static final Map<FormColumn, Long> BANK_CASES = Map.of(FormColumn.CARRIED_OVER, 1_500L, FormColumn.NEWLY_ACCEPTED,
			2_000L, FormColumn.WITHOUT_CONDITIONS, 1_000L, FormColumn.COMPLETED, 731L, FormColumn.IN_PROGRESS, 1_769L);

	static final Map<FormColumn, Long> BANK_MONEY = Map.of(FormColumn.CARRIED_OVER, 1_000_000_000L,
			FormColumn.NEWLY_ACCEPTED, 614_001_411L, FormColumn.WITHOUT_CONDITIONS, 614_001_411L, FormColumn.COMPLETED,
			276_900_000L, FormColumn.IN_PROGRESS, 723_100_000L);

	/** The stocks and outcomes spread by the unit's own; A then takes its share of F. */
	private static final List<FormColumn> SPREAD = List.of(FormColumn.WITHOUT_CONDITIONS, FormColumn.COMPLETED,
			FormColumn.IN_PROGRESS);

	private KienGiangCategories() {
	}

	/** The returns with bank credit added to Kiên Giang's of September 2022. */
	static List<ImportedReturn> withBankCredit(List<ImportedReturn> returns, List<Long> kienGiang) {
		List<Integer> at = new ArrayList<>();
		for (int i = 0; i < returns.size(); i++) {
			ImportedReturn r = returns.get(i);
			if (kienGiang.contains(r.agencyId()) && r.period().code().equals(PERIOD)) {
				at.add(i);
			}
		}
		if (at.isEmpty()) {
			return returns;
		}
		List<ReturnFigures> mains = at.stream().map((i) -> returns.get(i).figures()).toList();
		List<Figures> cases = spread(mains, Form.CASES, BANK_CASES);
		List<Figures> money = spread(mains, Form.MONEY, BANK_MONEY);
		List<ImportedReturn> result = new ArrayList<>(returns);
		for (int k = 0; k < at.size(); k++) {
			ImportedReturn r = returns.get(at.get(k));
			ReturnFigures figures = r.figures()
				.withCategories(Map.of(BANK, new ReturnFigures(cases.get(k), money.get(k))));
			requirePart(figures, r);
			result.set(at.get(k), new ImportedReturn(r.agencyId(), r.period(), figures, r.status(), r.officer(),
					r.createdAt(), r.submittedAt(), r.reviewer(), r.reviewedAt(), r.reviewComment()));
		}
		return result;
	}

	private static List<Figures> spread(List<ReturnFigures> mains, Form form, Map<FormColumn, Long> totals) {
		List<Map<FormColumn, Long>> parts = new ArrayList<>();
		mains.forEach((m) -> parts.add(new EnumMap<>(FormColumn.class)));
		for (FormColumn column : SPREAD) {
			long[] split = DemoShares.split(totals.get(column),
					mains.stream().mapToLong((m) -> m.of(form).get(column)).toArray());
			for (int k = 0; k < split.length; k++) {
				parts.get(k).put(column, split[k]);
			}
		}
		// F = G + H per unit; A takes its share of each unit's F, B the rest
		long[] mustEnforce = parts.stream()
			.mapToLong((p) -> p.values().stream().mapToLong(Long::longValue).sum())
			.toArray();
		long[] carried = DemoShares.split(totals.get(FormColumn.CARRIED_OVER), mustEnforce);
		List<Figures> figures = new ArrayList<>();
		for (int k = 0; k < parts.size(); k++) {
			parts.get(k).put(FormColumn.CARRIED_OVER, carried[k]);
			parts.get(k).put(FormColumn.NEWLY_ACCEPTED, mustEnforce[k] - carried[k]);
			figures.add(Figures.of(parts.get(k)));
		}
		return figures;
	}

	/** A category is a part of its return: no figure above the main form's. */
	private static void requirePart(ReturnFigures figures, ImportedReturn r) {
		ReturnFigures part = figures.category(BANK);
		for (Form form : Form.values()) {
			for (FormColumn column : FormColumn.ENTERED) {
				if (part.of(form).get(column) > figures.of(form).get(column)) {
					throw new IllegalStateException("Bank credit of agency " + r.agencyId() + " above its " + form + " "
							+ column + ": " + part.of(form).get(column) + " > " + figures.of(form).get(column));
				}
			}
		}
		if (r.status() != ReturnStatus.APPROVED && r.status() != ReturnStatus.SUBMITTED) {
			throw new IllegalStateException("Kiên Giang's return of " + PERIOD + " is not counted: " + r.status());
		}
	}

}
