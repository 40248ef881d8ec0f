package vn.thads.portal.returns;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.web.Formats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validation rules of domain.md §3 at their boundaries, with the published figures
 * (KG22) and the validation example of the fixtures.
 */
class ReturnRulesTests {

	static final ReturnFigures KG22 = PublishedForms.KG22;

	final ReturnRules rules = new ReturnRules(new Formats(ZoneId.of("Asia/Ho_Chi_Minh")));

	private ReturnCheck check(ReturnFigures figures) {
		return this.rules.check(figures, RuleContext.NONE);
	}

	private static ReturnFigures cases(Figures cases) {
		return new ReturnFigures(cases, Figures.ZERO);
	}

	private static List<String> codes(List<FieldProblem> problems) {
		return problems.stream().map(FieldProblem::code).toList();
	}

	@Test
	void thePublishedFormsAreValid() {
		ReturnCheck check = check(KG22);
		assertThat(check.errors()).isEmpty();
		assertThat(check.warnings()).isEmpty();
		assertThat(check.cases().completionRate()).isEqualByComparingTo("83.50");
		assertThat(check.money().completionRate()).isEqualByComparingTo("57.79");
	}

	@Test
	void theValidationExampleIsOffBy105() {
		// F = 20 352, G = 14 647, H = 5 600
		ReturnCheck check = check(PublishedForms.OFF_BY_105);
		assertThat(check.errors()).containsExactly(FieldProblem.of("cases.withoutConditions",
				"return.error.mustEnforce", "20.352", "14.647", "5.600", "105"));
	}

	@Test
	void mustEnforceEqualsEnforceablePlusNotEnforceableEitherWay() {
		ReturnCheck more = check(cases(FiguresTests.KG22_CASES.with(FormColumn.WITHOUT_CONDITIONS, 5_706)));
		assertThat(more.errors()).singleElement()
			.satisfies((p) -> assertThat(p.arguments()).containsExactly("20.352", "14.647", "5.706", "1"));
		ReturnCheck money = this.rules.check(new ReturnFigures(FiguresTests.KG22_CASES,
				FiguresTests.KG22_MONEY.with(FormColumn.COMPLETED, 1_165_081_048L)), RuleContext.NONE);
		assertThat(money.errors()).singleElement()
			.satisfies((p) -> assertThat(p.field()).isEqualTo("money.withoutConditions"));
	}

	@Test
	void entrustedAndWithdrawnMayReachButNotExceedTotalAccepted() {
		Figures all = Figures.ZERO.with(FormColumn.CARRIED_OVER, 10)
			.with(FormColumn.NEWLY_ACCEPTED, 5)
			.with(FormColumn.ENTRUSTED, 9)
			.with(FormColumn.WITHDRAWN, 6);
		assertThat(codes(check(cases(all)).errors())).doesNotContain("return.error.entrustedWithdrawn");
		ReturnCheck over = check(cases(all.with(FormColumn.WITHDRAWN, 7)));
		assertThat(over.errors())
			.contains(FieldProblem.of("cases.entrusted", "return.error.entrustedWithdrawn", "9", "7", "15", "1"));
	}

	@Test
	void reducedExistsOnlyOnTheMoneyForm() {
		Figures reduced = Figures.ZERO.with(FormColumn.REDUCED, 3).with(FormColumn.CARRIED_OVER, 3);
		assertThat(codes(check(new ReturnFigures(Figures.ZERO, reduced)).errors())).isEmpty();
		assertThat(check(new ReturnFigures(reduced, Figures.ZERO)).errors())
			.contains(FieldProblem.of("cases.reduced", FigureInput.REDUCED_IN_CASES, "3"));
	}

	@Test
	void carriedOverIsLastYearsCarriedToNext() {
		long k = FiguresTests.KG22_CASES.derive().carriedToNext();
		ReturnFigures lastYear = KG22;
		ReturnFigures same = new ReturnFigures(Figures.ZERO.with(FormColumn.CARRIED_OVER, k),
				Figures.ZERO.with(FormColumn.CARRIED_OVER, FiguresTests.KG22_MONEY.derive().carriedToNext()));
		assertThat(this.rules.check(same, new RuleContext(null, null, lastYear)).warnings()).isEmpty();
		ReturnFigures differs = new ReturnFigures(same.cases().with(FormColumn.CARRIED_OVER, k + 1), same.money());
		assertThat(this.rules.check(differs, new RuleContext(null, null, lastYear)).warnings()).containsExactly(
				FieldProblem.of("cases.carriedOver", "return.warning.carriedOverChanged", "8.123", "8.122"));
	}

	@Test
	void carriedOverIsFixedWithinTheYear() {
		RuleContext earlier = new RuleContext(null, KG22, null);
		assertThat(this.rules.check(KG22, earlier).warnings()).isEmpty();
		ReturnFigures changed = new ReturnFigures(KG22.cases(),
				KG22.money().with(FormColumn.CARRIED_OVER, KG22.money().carriedOver() - 1));
		assertThat(codes(this.rules.check(changed, earlier).warnings()))
			.containsExactly("return.warning.carriedOverNotFixed");
	}

	@Test
	void cumulativeFlowsNeverDecrease() {
		for (FormColumn flow : ReturnRules.FLOWS) {
			Form form = flow.isMoneyOnly() ? Form.MONEY : Form.CASES;
			Figures before = Figures.ZERO.with(FormColumn.CARRIED_OVER, 100).with(flow, 50);
			ReturnFigures previous = (form == Form.CASES) ? cases(before) : new ReturnFigures(Figures.ZERO, before);
			RuleContext context = new RuleContext(previous, previous, null);
			assertThat(this.rules.check(previous, context).warnings()).as(flow.code()).isEmpty();
			Figures lower = before.with(flow, 49);
			ReturnFigures now = (form == Form.CASES) ? cases(lower) : new ReturnFigures(Figures.ZERO, lower);
			assertThat(this.rules.check(now, context).warnings()).as(flow.code()).singleElement().satisfies((p) -> {
				assertThat(p.field()).isEqualTo(form.field(flow));
				assertThat(p.code()).isEqualTo("return.warning.flowDecreased");
				assertThat(p.arguments()).endsWith("49", "50");
			});
		}
	}

	@Test
	void aRateMovingMoreThan30PointsIsSuspicious() {
		// last month 0,00 % (0 of 10 000 resolved)
		ReturnFigures previous = cases(enforceable(0, 10_000));
		RuleContext context = new RuleContext(previous, null, null);
		assertThat(this.rules.check(cases(enforceable(3_000, 10_000)), context).warnings()).isEmpty();
		assertThat(this.rules.check(cases(enforceable(3_001, 10_000)), context).warnings()).containsExactly(
				FieldProblem.of("cases.completionRate", "return.warning.rateJump", "+30,01", "0,00", "30,01"));
		// downwards as well, and a rate without a value moves nothing
		RuleContext high = new RuleContext(cases(enforceable(9_000, 10_000)), null, null);
		assertThat(codes(this.rules.check(cases(enforceable(5_999, 10_000)), high).warnings()))
			.contains("return.warning.rateJump");
		assertThat(codes(this.rules.check(cases(Figures.ZERO), high).warnings()))
			.doesNotContain("return.warning.rateJump");
	}

	/** X resolved of G enforceable, balanced: F = G, nothing else. */
	private static Figures enforceable(long resolved, long total) {
		return Figures.ZERO.with(FormColumn.CARRIED_OVER, total)
			.with(FormColumn.COMPLETED, resolved)
			.with(FormColumn.IN_PROGRESS, total - resolved);
	}

	@Test
	void aNewMonthStartsFromTheLatestEarlierMonthOrLastYearsCarriedToNext() {
		assertThat(new RuleContext(null, KG22, null).prefill()).isEqualTo(KG22);
		ReturnFigures opening = new RuleContext(null, null, KG22).prefill();
		assertThat(opening.cases()).isEqualTo(Figures.ZERO.with(FormColumn.CARRIED_OVER, 8_122));
		assertThat(opening.money().carriedOver()).isEqualTo(2_239_985_219L);
		assertThat(RuleContext.NONE.prefill()).isEqualTo(ReturnFigures.ZERO);
	}

	@Test
	void aSuccessorsFirstReturnIsComparedWithTheBaseItInheritsAndStartsFromIt() {
		InheritedBase base = new InheritedBase(List.of("KG-RG"), KG22);
		RuleContext first = new RuleContext(null, null, null, base);
		assertThat(first.startsFromInherited()).isTrue();
		assertThat(first.prefill()).isEqualTo(KG22);
		assertThat(this.rules.check(KG22, first).warnings()).isEmpty();
		ReturnFigures lower = new ReturnFigures(KG22.cases().with(FormColumn.COMPLETED, 12_055), KG22.money());
		assertThat(this.rules.check(lower, first).warnings()).singleElement().satisfies((p) -> {
			assertThat(p.field()).isEqualTo("cases.completed");
			assertThat(p.code()).isEqualTo("return.warning.inherited.flowDecreased");
			assertThat(ReturnCheck.code(p)).isEqualTo("flowDecreased");
		});
		ReturnFigures moved = new ReturnFigures(KG22.cases().with(FormColumn.CARRIED_OVER, 1), KG22.money());
		assertThat(codes(this.rules.check(moved, first).warnings()))
			.contains("return.warning.inherited.carriedOverNotFixed");
		// once the agency has a return of its own earlier in the year, that one counts
		ReturnFigures own = new ReturnFigures(KG22.cases().with(FormColumn.COMPLETED, 12_000), KG22.money());
		RuleContext later = new RuleContext(own, own, null, base);
		assertThat(later.startsFromInherited()).isFalse();
		assertThat(later.prefill()).isEqualTo(own);
		assertThat(this.rules.check(lower, later).warnings()).isEmpty();
	}

}
