package vn.thads.portal.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.Percent;
import vn.thads.portal.web.Formats;

/**
 * The validation rules of domain.md §3 as pure functions of a return and what it is
 * compared with; no database. Numbers in the messages are formatted here, Vietnamese
 * style in every language, so that every page and API answer words them the same.
 */
@Component
public class ReturnRules {

	/** Rule 7: a completion rate moving more than this many points is suspicious. */
	static final BigDecimal RATE_JUMP_POINTS = BigDecimal.valueOf(30);

	/** Rule 6: cumulative flows, which can only grow within a statistical year. */
	static final List<FormColumn> FLOWS = List.of(FormColumn.NEWLY_ACCEPTED, FormColumn.COMPLETED,
			FormColumn.TERMINATED, FormColumn.REDUCED);

	private final Formats fmt;

	public ReturnRules(Formats fmt) {
		this.fmt = fmt;
	}

	public ReturnCheck check(ReturnFigures figures, RuleContext context) {
		List<FieldProblem> errors = new ArrayList<>();
		List<FieldProblem> warnings = new ArrayList<>();
		for (Form form : Form.values()) {
			Figures entered = figures.of(form);
			errors(form, entered, errors);
			carriedOver(form, entered, context, warnings);
			if (context.lastMonth() != null) {
				sinceLastMonth(form, entered, context.lastMonth().of(form), keys(context), warnings);
			}
		}
		return new ReturnCheck(figures, figures.cases().derive(), figures.money().derive(), errors, warnings);
	}

	/** Rules 1 (reduced only on money), 2 (F = G + H) and 3 (D + E ≤ C). */
	private void errors(Form form, Figures entered, List<FieldProblem> errors) {
		Derived derived = entered.derive();
		if (!form.has(FormColumn.REDUCED) && entered.reduced() != 0) {
			errors.add(problem(form, FormColumn.REDUCED, FigureInput.REDUCED_IN_CASES, n(entered.reduced())));
		}
		long enforceableOrNot = derived.withConditions() + entered.withoutConditions();
		if (derived.mustEnforce() != enforceableOrNot) {
			errors.add(problem(form, FormColumn.WITHOUT_CONDITIONS, "return.error.mustEnforce",
					n(derived.mustEnforce()), n(derived.withConditions()), n(entered.withoutConditions()),
					n(Math.abs(derived.mustEnforce() - enforceableOrNot))));
		}
		long taken = entered.entrusted() + entered.withdrawn();
		if (taken > derived.totalAccepted()) {
			errors.add(problem(form, FormColumn.ENTRUSTED, "return.error.entrustedWithdrawn", n(entered.entrusted()),
					n(entered.withdrawn()), n(derived.totalAccepted()), n(taken - derived.totalAccepted())));
		}
	}

	/**
	 * Rules 4 (last year's carried-to-next) and 5 (fixed within the year; a successor's
	 * first return of a year that began before it existed: the inherited base).
	 */
	private void carriedOver(Form form, Figures entered, RuleContext context, List<FieldProblem> warnings) {
		if (context.lastYearEnd() != null) {
			long expected = context.lastYearEnd().of(form).derive().carriedToNext();
			if (entered.carriedOver() != expected) {
				warnings.add(problem(form, FormColumn.CARRIED_OVER, "return.warning.carriedOverChanged",
						n(entered.carriedOver()), n(expected)));
			}
		}
		if (context.earlierOrInherited() != null) {
			long earlier = context.earlierOrInherited().of(form).carriedOver();
			if (entered.carriedOver() != earlier) {
				warnings.add(problem(form, FormColumn.CARRIED_OVER, keys(context) + "carriedOverNotFixed",
						n(entered.carriedOver()), n(earlier)));
			}
		}
	}

	/**
	 * Rules 6 (cumulative flows never decrease) and 7 (no rate jump over 30 points),
	 * against last month or the inherited base.
	 */
	private void sinceLastMonth(Form form, Figures entered, Figures previous, String keys,
			List<FieldProblem> warnings) {
		for (FormColumn flow : FLOWS) {
			if (form.has(flow) && entered.get(flow) < previous.get(flow)) {
				warnings.add(problem(form, flow, keys + "flowDecreased",
						new DefaultMessageSourceResolvable(new String[] { flow.labelKey() }, flow.labelKey()),
						n(entered.get(flow)), n(previous.get(flow))));
			}
		}
		BigDecimal rate = entered.derive().completionRate();
		BigDecimal before = previous.derive().completionRate();
		BigDecimal moved = Percent.points(rate, before);
		if (moved != null && moved.abs().compareTo(RATE_JUMP_POINTS) > 0) {
			warnings.add(problem(form, FormColumn.COMPLETION_RATE, keys + "rateJump", this.fmt.points(moved),
					this.fmt.decimal(before), this.fmt.decimal(rate)));
		}
	}

	/**
	 * Warnings against the inherited base say so ("… thấp hơn số kế thừa"); their API
	 * code (the key's last part) is the same as against last month.
	 */
	private static String keys(RuleContext context) {
		return context.startsFromInherited() ? "return.warning.inherited." : "return.warning.";
	}

	private String n(long value) {
		return this.fmt.number(value);
	}

	private static FieldProblem problem(Form form, FormColumn column, String code, Object... arguments) {
		return FieldProblem.of(form.field(column), code, arguments);
	}

}
