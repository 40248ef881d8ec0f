package vn.thads.portal.demo;

import java.util.Map;

import vn.thads.portal.returns.FormColumn;

/**
 * Kiên Giang's published figures the demo returns must add up to (fixtures KG22: the
 * province office plus its fifteen districts), and the 2021 totals chosen to match what
 * was published about that year: money resolved 790 981 267 at a rate of 47,89.
 */
final class KienGiangFigures {

	static final String PROVINCE = "KG";

	/** Money carried from 2021 into 2022: any split of A + B is consistent with KG22. */
	static final long MONEY_CARRIED_INTO_2022 = 2_310_000_000L;

	static final Map<FormColumn, Long> CASES_2022 = Map.of(FormColumn.CARRIED_OVER, 7_776L, FormColumn.NEWLY_ACCEPTED,
			12_576L, FormColumn.WITHOUT_CONDITIONS, 5_705L, FormColumn.COMPLETED, 12_056L, FormColumn.TERMINATED, 174L,
			FormColumn.IN_PROGRESS, 2_417L);

	static final Map<FormColumn, Long> MONEY_2022 = Map.of(FormColumn.CARRIED_OVER, MONEY_CARRIED_INTO_2022,
			FormColumn.NEWLY_ACCEPTED, 3_478_152_572L - MONEY_CARRIED_INTO_2022, FormColumn.ENTRUSTED, 73_086_304L,
			FormColumn.WITHOUT_CONDITIONS, 1_389_178_709L, FormColumn.COMPLETED, 1_165_081_049L, FormColumn.IN_PROGRESS,
			850_806_510L);

	/** 2021, enforceable part: X = G1 + G2 = 790 981 267; G = 1 651 662 718 (47,89 %). */
	static final Map<FormColumn, Long> MONEY_2021_ENFORCEABLE = Map.of(FormColumn.COMPLETED, 779_512_301L,
			FormColumn.TERMINATED, 11_468_966L, FormColumn.IN_PROGRESS, 848_681_451L, FormColumn.POSTPONED,
			12_000_000L);

	static final Map<FormColumn, Long> CASES_2021_ENFORCEABLE = Map.of(FormColumn.COMPLETED, 11_400L,
			FormColumn.TERMINATED, 160L, FormColumn.IN_PROGRESS, 2_390L, FormColumn.POSTPONED, 40L,
			FormColumn.SUSPENDED, 10L);

	/** 2021 entrusted and withdrawn totals (small, as usual). */
	static final Map<FormColumn, Long> CASES_2021_OUT = Map.of(FormColumn.ENTRUSTED, 12L, FormColumn.WITHDRAWN, 8L);

	static final Map<FormColumn, Long> MONEY_2021_OUT = Map.of(FormColumn.ENTRUSTED, 45_000_000L, FormColumn.WITHDRAWN,
			3_000_000L);

	private KienGiangFigures() {
	}

}
