package vn.thads.portal.returns.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.context.i18n.LocaleContextHolder;
import vn.thads.portal.returns.Derived;
import vn.thads.portal.returns.FieldChange;
import vn.thads.portal.returns.Figures;
import vn.thads.portal.returns.HistoryEntry;
import vn.thads.portal.returns.InheritedBase;
import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.ReturnAction;
import vn.thads.portal.returns.ReturnCheck;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.ReturnMessages;
import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.returns.ReturnView;
import vn.thads.portal.shared.FieldProblem;

/**
 * A return as the API shows it (api.md, Returns). Fields beyond the contract's
 * ({@code months}, {@code errors}, who submitted and approved, lateness) are additions;
 * {@code inherited} is absent when the return inherits nothing; the companion forms
 * (issue 14) follow as one object each under the form's code: {@code reception} (the
 * citizen reception and judgments received), {@code complaints}, {@code adminJudgments},
 * every line by its code, derived lines too.
 */
public record ReturnJson(String agencyCode, String period, int statYear, int months, ReturnStatus status, long version,
		Figures cases, Figures money, Map<String, Derived> derived, List<CategoryJson> categories,
		List<ErrorJson> errors, List<WarningJson> warnings, String explanation, String reviewComment,
		Instant firstSubmittedAt, Instant submittedAt, String submittedBy, Instant approvedAt, String approvedBy,
		Instant updatedAt, String updatedBy, boolean late,
		@JsonInclude(JsonInclude.Include.NON_NULL) InheritedJson inherited,
		@JsonIgnore Map<String, Map<String, Long>> companions) {

	/** The companion forms, each under its code ({@code "reception": {…}}). */
	@JsonAnyGetter
	public Map<String, Map<String, Long>> companionForms() {
		return this.companions;
	}

	public static ReturnJson of(ReturnView view, ReturnMessages messages) {
		ReturnCheck check = view.check();
		Map<String, Derived> derived = new LinkedHashMap<>();
		derived.put("cases", check.cases());
		derived.put("money", check.money());
		Locale locale = LocaleContextHolder.getLocale();
		List<CategoryJson> categories = view.categories()
			.stream()
			.map((c) -> CategoryJson.of(c.code(), c.name(locale), view.figures().category(c.code())))
			.toList();
		return new ReturnJson(view.agency().code(), view.period().code(), view.period().statYear(),
				view.period().months(), view.status(), view.version(), view.figures().cases(), view.figures().money(),
				derived, categories, check.errors().stream().map((p) -> ErrorJson.of(p, messages)).toList(),
				check.warnings().stream().map((p) -> WarningJson.of(p, messages)).toList(), view.explanation(),
				view.reviewComment(), view.firstSubmittedAt(), view.submittedAt(), view.submittedBy(),
				view.approvedAt(), view.approvedBy(), view.updatedAt(), view.updatedBy(),
				view.deadline().timeliness().isLate(), InheritedJson.of(view.inherited()), companions(view.figures()));
	}

	private static Map<String, Map<String, Long>> companions(ReturnFigures figures) {
		Map<String, Map<String, Long>> companions = new LinkedHashMap<>();
		for (CompanionForm form : CompanionForm.values()) {
			companions.put(form.code(), figures.companion(form).byCode());
		}
		return companions;
	}

	/**
	 * One category of the return (issue 14): its figures, zeros when it has none, and
	 * their derived rows as the main forms'.
	 */
	record CategoryJson(String code, String name, Figures cases, Figures money, Map<String, Derived> derived) {

		static CategoryJson of(String code, String name, ReturnFigures figures) {
			Map<String, Derived> derived = new LinkedHashMap<>();
			derived.put("cases", figures.cases().derive());
			derived.put("money", figures.money().derive());
			return new CategoryJson(code, name, figures.cases(), figures.money(), derived);
		}

	}

	/**
	 * The base a successor's year goes on from (api.md: {@code inherited}), absent when
	 * nothing is inherited.
	 */
	record InheritedJson(List<String> from, Figures cases, Figures money) {

		static InheritedJson of(InheritedBase base) {
			return (base != null) ? new InheritedJson(base.from(), base.figures().cases(), base.figures().money())
					: null;
		}

	}

	/** An identity error of a saved draft: {@code {field, code, message}}. */
	record ErrorJson(String field, String code, String message) {

		static ErrorJson of(FieldProblem problem, ReturnMessages messages) {
			return new ErrorJson(problem.field(), ReturnCheck.code(problem), messages.text(problem));
		}

	}

	/** {@code {code, message}} as api.md shows, plus the field it concerns. */
	record WarningJson(String code, String message, String field) {

		static WarningJson of(FieldProblem problem, ReturnMessages messages) {
			return new WarningJson(ReturnCheck.code(problem), messages.text(problem), problem.field());
		}

	}

	/** One event of {@code GET …/history}. */
	record HistoryJson(Instant at, String user, ReturnAction action, List<FieldChange> changes, String comment) {

		static HistoryJson of(HistoryEntry entry) {
			return new HistoryJson(entry.at(), entry.user(), entry.action(), entry.changes(), entry.comment());
		}

	}

}
