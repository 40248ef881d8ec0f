package vn.thads.portal.returns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
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
			errors("", form, entered, errors);
			carriedOver(form, entered, context, warnings);
			if (context.lastMonth() != null) {
				sinceLastMonth(form, entered, context.lastMonth().of(form), keys(context), warnings);
			}
		}
		errors.addAll(categoriesRefused(figures, context.categories()));
		for (ReturnCategory category : context.categories()) {
			for (Form form : Form.values()) {
				errors(ReturnCategory.prefix(category.code()), form, figures.category(category.code()).of(form),
						errors);
			}
		}
		for (CompanionForm companion : CompanionForm.values()) {
			companion(figures.companion(companion), errors, warnings);
			if (context.earlierInYear() != null) {
				notFixed(figures.companion(companion), context.earlierInYear().companion(companion), warnings);
			}
		}
		return new ReturnCheck(figures, figures.cases().derive(), figures.money().derive(), errors, warnings);
	}

	/**
	 * Rules 1 (reduced only on money), 2 (F = G + H) and 3 (D + E ≤ C), on the main forms
	 * ({@code prefix} "") and on each category's ({@code categories.CODE.}).
	 */
	private void errors(String prefix, Form form, Figures entered, List<FieldProblem> errors) {
		Derived derived = entered.derive();
		if (!form.has(FormColumn.REDUCED) && entered.reduced() != 0) {
			errors.add(problem(prefix, form, FormColumn.REDUCED, FigureInput.REDUCED_IN_CASES, n(entered.reduced())));
		}
		long enforceableOrNot = derived.withConditions() + entered.withoutConditions();
		if (derived.mustEnforce() != enforceableOrNot) {
			errors.add(problem(prefix, form, FormColumn.WITHOUT_CONDITIONS, "return.error.mustEnforce",
					n(derived.mustEnforce()), n(derived.withConditions()), n(entered.withoutConditions()),
					n(Math.abs(derived.mustEnforce() - enforceableOrNot))));
		}
		long taken = entered.entrusted() + entered.withdrawn();
		if (taken > derived.totalAccepted()) {
			errors.add(problem(prefix, form, FormColumn.ENTRUSTED, "return.error.entrustedWithdrawn",
					n(entered.entrusted()), n(entered.withdrawn()), n(derived.totalAccepted()),
					n(taken - derived.totalAccepted())));
		}
	}

	/**
	 * What no save may store (issue 14): figures of a category the period does not
	 * report, and a category's entered figure above the same figure of the main form (a
	 * category is a part of the main form: "trong đó"). Checked on the entered columns:
	 * the derived amounts are their sums.
	 */
	public List<FieldProblem> categoriesRefused(ReturnFigures figures, List<ReturnCategory> reported) {
		List<FieldProblem> refused = new ArrayList<>();
		for (String code : figures.categories().keySet()) {
			if (reported.stream().noneMatch((c) -> c.code().equals(code))) {
				refused.add(FieldProblem.of(ReturnCategory.FIELD_PREFIX + code, "return.error.categoryUnknown", code));
			}
		}
		for (ReturnCategory category : reported) {
			ReturnFigures part = figures.category(category.code());
			for (Form form : Form.values()) {
				for (FormColumn column : FormColumn.ENTERED) {
					long value = part.of(form).get(column);
					long main = figures.of(form).get(column);
					if (value > main) {
						refused.add(FieldProblem.of(category.field(form, column), "return.error.categoryAboveMain",
								category.name(LocaleContextHolder.getLocale()), label(column.labelKey()),
								label("form." + form.code()), n(value), n(main)));
					}
				}
			}
		}
		return refused;
	}

	private static DefaultMessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(new String[] { key }, key);
	}

	/**
	 * A companion form's rules (issue 14), as its lines define them: a part above its
	 * whole is an error naming both lines and numbers (the leaders' visits above all
	 * visits, complaints resolved above those under the agency's competence); a line
	 * below what it usually is at least is a warning (fewer people than visits: one
	 * person may come several times, seed 003: 191 lượt, 195 người).
	 */
	private void companion(CompanionValues values, List<FieldProblem> errors, List<FieldProblem> warnings) {
		for (CompanionLine<?> line : values.form().lines()) {
			CompanionLine<?> whole = line.partOf();
			if (whole != null && values.get(line) > values.get(whole)) {
				errors.add(FieldProblem.of(line.field(), "return.error.companionPart", label(line.labelKey()),
						n(values.get(line)), label(whole.labelKey()), n(values.get(whole))));
			}
			CompanionLine<?> least = line.usuallyAtLeast();
			if (least != null && values.get(line) < values.get(least)) {
				String code = line.code();
				warnings.add(
						FieldProblem.of(
								line.field(), "return.warning." + line.form().code()
										+ Character.toUpperCase(code.charAt(0)) + code.substring(1),
								n(values.get(line)), n(values.get(least))));
			}
		}
	}

	/**
	 * Rule 5 on a companion line carried from last year (THAHC's carried-over): the same
	 * in every month of the year, against the agency's own earlier return.
	 */
	private void notFixed(CompanionValues values, CompanionValues earlier, List<FieldProblem> warnings) {
		for (CompanionLine<?> line : values.form().entered()) {
			if (line.carriedFrom() != null && values.get(line) != earlier.get(line)) {
				warnings.add(FieldProblem.of(line.field(), "return.warning.companionNotFixed", label(line.labelKey()),
						n(values.get(line)), n(earlier.get(line))));
			}
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
		return problem("", form, column, code, arguments);
	}

	private static FieldProblem problem(String prefix, Form form, FormColumn column, String code, Object... arguments) {
		return FieldProblem.of(prefix + form.field(column), code, arguments);
	}

}
