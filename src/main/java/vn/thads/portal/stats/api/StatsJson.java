package vn.thads.portal.stats.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.context.i18n.LocaleContextHolder;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.FormColumn;
import vn.thads.portal.returns.CompanionForm;
import vn.thads.portal.returns.CompanionLine;
import vn.thads.portal.returns.Reception;
import vn.thads.portal.stats.CompanionStats;
import vn.thads.portal.stats.AgencyStats;
import vn.thads.portal.stats.CategoryStats;
import vn.thads.portal.stats.Change;
import vn.thads.portal.stats.FormTotals;
import vn.thads.portal.stats.Gap;
import vn.thads.portal.stats.MonthFlow;
import vn.thads.portal.stats.UnitCounts;
import vn.thads.portal.target.TargetRates;

/**
 * The stats object of api.md (Statistics), field for field; {@code agencyName},
 * {@code basis}, {@code ownReturnOnly}, the progress points of {@code gap}, the extra
 * changes and {@code monthFlow} are additions. Numbers are only copied from the engine's
 * records, never computed here.
 */
record StatsJson(String agencyCode, String agencyName, boolean ownReturnOnly, String period, int statYear, int months,
		LocalDate from, LocalDate to, String basis, UnitCounts units, Map<String, Object> cases,
		Map<String, Object> money, TargetRates target, TargetRates progressTarget, Gap gap,
		PreviousYearJson previousYear, Change change, MonthFlowJson monthFlow,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<CategoryJson> categories,
		@JsonInclude(JsonInclude.Include.NON_NULL) ReceptionJson reception,
		@JsonInclude(JsonInclude.Include.NON_NULL) Long judgmentsReceived,
		@JsonInclude(JsonInclude.Include.NON_NULL) Map<String, CompanionJson> companionForms) {

	static StatsJson of(AgencyStats stats) {
		return of(stats, null, null);
	}

	/**
	 * @param categories the categories' sums (issue 14), or null where they are not given
	 * (the rows of {@code /units})
	 * @param companions the companion forms' sums (issue 14), or null where they are not
	 * given; the reception is also given as before ({@code reception},
	 * {@code judgmentsReceived})
	 */
	static StatsJson of(AgencyStats stats, List<CategoryStats> categories, List<CompanionStats> companions) {
		Reception reception = (companions != null) ? Reception
			.of(companions.stream().filter((c) -> c.form() == CompanionForm.RECEPTION).findFirst().orElseThrow().now())
				: null;
		Locale locale = LocaleContextHolder.getLocale();
		return new StatsJson(stats.agency().code(), stats.agency().name(), stats.ownReturnOnly(), stats.period().code(),
				stats.period().statYear(), stats.period().months(), stats.period().from(), stats.period().to(),
				stats.basis().name().toLowerCase(Locale.ROOT), stats.units(), form(Form.CASES, stats.cases()),
				form(Form.MONEY, stats.money()), stats.target(), stats.progressTarget(), stats.gap(),
				(stats.previousYear() != null) ? new PreviousYearJson(stats.previousYear().period().code(),
						form(Form.CASES, stats.previousYear().cases()), form(Form.MONEY, stats.previousYear().money()))
						: null,
				stats.change(), MonthFlowJson.of(stats.monthFlow()),
				(categories != null) ? categories.stream().map((c) -> CategoryJson.of(c, locale)).toList() : null,
				ReceptionJson.of(reception), (reception != null) ? reception.judgmentsReceived() : null,
				CompanionJson.of(companions));
	}

	/**
	 * A companion form's sums (issue 14): every line by its code, derived lines too, this
	 * period ({@code lines}), the same period last year ({@code lastYear}) and the change
	 * ({@code change} = lines − lastYear).
	 */
	record CompanionJson(Map<String, Long> lines, Map<String, Long> lastYear, Map<String, Long> change) {

		static Map<String, CompanionJson> of(List<CompanionStats> companions) {
			if (companions == null) {
				return null;
			}
			Map<String, CompanionJson> json = new LinkedHashMap<>();
			for (CompanionStats stats : companions) {
				Map<String, Long> lines = new LinkedHashMap<>();
				Map<String, Long> lastYear = new LinkedHashMap<>();
				Map<String, Long> change = new LinkedHashMap<>();
				for (CompanionLine<?> line : stats.form().lines()) {
					lines.put(line.code(), stats.value(line));
					lastYear.put(line.code(), stats.lastYear(line));
					change.put(line.code(), stats.change(line));
				}
				json.put(stats.form().code(), new CompanionJson(lines, lastYear, change));
			}
			return json;
		}

	}

	/** Citizen reception (issue 14): lượt and người, in total and by the leaders. */
	record ReceptionJson(long visits, long people, long leaderVisits, long leaderPeople) {

		static ReceptionJson of(Reception reception) {
			return (reception != null) ? new ReceptionJson(reception.visits(), reception.people(),
					reception.leaderVisits(), reception.leaderPeople()) : null;
		}

	}

	/**
	 * One category (issue 14): its sums and derived rows under the same names as the main
	 * forms', its share of the money to enforce, and the same period last year.
	 */
	record CategoryJson(String code, String name, Map<String, Object> cases, Map<String, Object> money,
			BigDecimal shareOfMoney, Map<String, Object> casesLastYear, Map<String, Object> moneyLastYear) {

		static CategoryJson of(CategoryStats stats, Locale locale) {
			return new CategoryJson(stats.category().code(), stats.category().name(locale),
					form(Form.CASES, stats.cases()), form(Form.MONEY, stats.money()), stats.shareOfMoney(),
					form(Form.CASES, stats.casesLastYear()), form(Form.MONEY, stats.moneyLastYear()));
		}

	}

	/** Summed figures then derived rows, under their api.md names. */
	static Map<String, Object> form(Form form, FormTotals totals) {
		Map<String, Object> json = new LinkedHashMap<>();
		for (FormColumn column : FormColumn.values()) {
			if (!form.has(column)) {
				continue;
			}
			json.put(column.code(), column.isEntered() ? totals.figures().get(column) : totals.derived().get(column));
		}
		return json;
	}

	record PreviousYearJson(String period, Map<String, Object> cases, Map<String, Object> money) {

	}

	record MonthFlowJson(String period, Map<String, Long> cases, Map<String, Long> money, long casesResolved,
			long moneyResolved) {

		static MonthFlowJson of(MonthFlow flow) {
			return new MonthFlowJson(flow.period().code(), entered(Form.CASES, flow.cases().asMap()),
					entered(Form.MONEY, flow.money().asMap()), flow.casesResolved(), flow.moneyResolved());
		}

		private static Map<String, Long> entered(Form form, Map<FormColumn, Long> values) {
			Map<String, Long> json = new LinkedHashMap<>();
			values.forEach((column, value) -> {
				if (form.has(column)) {
					json.put(column.code(), value);
				}
			});
			return json;
		}

	}

}
