package vn.thads.portal.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thads.portal.dashboard.DashboardView;
import vn.thads.portal.dashboard.FormCells;
import vn.thads.portal.dashboard.ReturnState;
import vn.thads.portal.dashboard.UnitRow;
import vn.thads.portal.dashboard.UnitsTable;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Form;
import vn.thads.portal.stats.Trend;
import vn.thads.portal.stats.TrendMonth;
import vn.thads.portal.stats.UnitState;
import vn.thads.portal.target.TargetRates;
import vn.thads.portal.web.Formats;

/**
 * Words a dashboard's loops once, in the user's language ({@link DashboardPage}): the
 * same formatting ({@link Formats}), the same message keys and arguments, the same links
 * as the templates wrote them one expression at a time. Nothing is computed here.
 */
@Component
class DashboardPages {

	private final MessageSource messages;

	private final Formats fmt;

	DashboardPages(MessageSource messages, Formats fmt) {
		this.messages = messages;
		this.fmt = fmt;
	}

	DashboardPage of(DashboardView view) {
		Texts texts = new Texts(LocaleContextHolder.getLocale());
		List<DashboardPage.Pane> panes = new ArrayList<>();
		Map<String, Shared> shared = (view.units() != null) ? shared(view, texts) : Map.of();
		for (Form form : view.forms()) {
			panes.add(pane(view, form, shared, texts));
		}
		return new DashboardPage(periods(view, texts), panes,
				view.completeness()
					.missing()
					.stream()
					.map((u) -> follow(view, u,
							u.late() ? texts.get("dashboard.state.overdue", u.daysLate())
									: texts.get("dashboard.completeness.due", this.fmt.date(u.dueDate())),
							texts))
					.toList(),
				view.completeness()
					.submittedLate()
					.stream()
					.map((u) -> follow(view, u, texts.get("dashboard.state.late", u.daysLate()), texts))
					.toList());
	}

	private List<DashboardPage.Option> periods(DashboardView view, Texts texts) {
		ReportingPeriod selected = view.periods().selected();
		return view.periods()
			.months()
			.stream()
			.map((m) -> new DashboardPage.Option(m.code(), m.equals(selected),
					texts.get("dashboard.period.label", m.months(), m.statYear(), this.fmt.date(m.from()),
							this.fmt.date(m.to()))))
			.toList();
	}

	private DashboardPage.Follow follow(DashboardView view, UnitState unit, String late, Texts texts) {
		return new DashboardPage.Follow(unit.agencyCode(), view.returnUrl(unit.agencyCode()), unit.agencyName(),
				status(unit.status(), texts), unit.late(), late);
	}

	private DashboardPage.Pane pane(DashboardView view, Form form, Map<String, Shared> shared, Texts texts) {
		List<DashboardPage.TrendLine> trend = trend(view.trend(), form, texts);
		UnitsTable units = view.units();
		if (units == null) {
			return new DashboardPage.Pane(form.code(), List.of(), null, List.of(), trend, List.of());
		}
		List<DashboardPage.UnitLine> lines = new ArrayList<>();
		List<DashboardPage.Named> behind = new ArrayList<>();
		for (UnitRow row : units.rows()) {
			Shared s = shared.get(row.agency().code());
			lines.add(line(form, row, s));
			if (row.cells(form).standing().isBelow()) {
				behind.add(new DashboardPage.Named(s.href(), s.name()));
			}
		}
		List<DashboardPage.RankLine> ranking = new ArrayList<>();
		for (UnitRow row : units.ranked(form)) {
			FormCells c = row.cells(form);
			ranking.add(new DashboardPage.RankLine(ranking.size() + 1, shared.get(row.agency().code()).name(),
					this.fmt.decimal(c.rate()), this.fmt.decimal(c.target()), this.fmt.points(c.gap().value())));
		}
		UnitRow total = units.total();
		DashboardPage.State totalState = new DashboardPage.State(null, false, null, null, null, null, null,
				reported(total.state(), texts), null, null);
		return new DashboardPage.Pane(form.code(), lines, line(form, total, new Shared(null, null, totalState)), behind,
				trend, ranking);
	}

	/**
	 * What a row writes the same in both forms' tables: its link, its name, its state.
	 */
	private Map<String, Shared> shared(DashboardView view, Texts texts) {
		Map<String, Shared> shared = new HashMap<>();
		for (UnitRow row : view.units().rows()) {
			String code = row.agency().code();
			String name = row.own() ? texts.get(row.ownLabel()) : row.agency().shortName();
			shared.put(code, new Shared(row.drillable() ? view.dashboardUrl(code) : null, name,
					state(row, view.returnUrl(code), texts)));
		}
		return shared;
	}

	private DashboardPage.UnitLine line(Form form, UnitRow row, Shared shared) {
		FormCells c = row.cells(form);
		Long needed = c.stillNeeded();
		return new DashboardPage.UnitLine("row-" + form.code() + "-" + row.agency().code(), row.rowClass(form),
				shared.href(), shared.name(), row.own() ? "" : row.agency().shortName(), c.standing().isBelow(),
				count(c.mustEnforce()), count(c.withConditions()), count(c.resolved()),
				new DashboardPage.Cell(this.fmt.decimal(c.rate()), plain(c.rate())),
				new DashboardPage.Cell(this.fmt.decimal(c.target()), plain(c.target())),
				new DashboardPage.Cell(this.fmt.points(c.gap().value()), plain(c.gap().value())),
				c.standing().cssClass(),
				new DashboardPage.Cell((needed != null && needed > 0) ? this.fmt.number(needed) : Formats.NONE,
						(needed != null) ? needed.toString() : null),
				shared.state());
	}

	private DashboardPage.State state(UnitRow row, String returnHref, Texts texts) {
		ReturnState state = row.state();
		boolean missing = state.kind() == ReturnState.Kind.MISSING;
		String late = null;
		if (state.late()) {
			late = texts.get(missing ? "dashboard.state.overdue" : "dashboard.state.late", state.daysLate());
		}
		return new DashboardPage.State(String.valueOf(state.sortKey()), state.kind() != ReturnState.Kind.NOT_EXPECTED,
				state.badgeClass(), status(state.status(), texts), texts.get(state.kind().key()),
				missing ? "text-danger" : "text-warning-emphasis", late, state.summed() ? reported(state, texts) : null,
				returnHref, texts.get("dashboard.units.openReturn", row.agency().shortName()));
	}

	private static String reported(ReturnState state, Texts texts) {
		return texts.get("dashboard.units.reported", state.units().submitted(), state.units().expected());
	}

	private static String status(Object status, Texts texts) {
		return (status != null) ? texts.get("return.status." + status) : texts.get("return.status.MISSING");
	}

	private List<DashboardPage.TrendLine> trend(Trend trend, Form form, Texts texts) {
		boolean cases = form == Form.CASES;
		List<DashboardPage.TrendLine> lines = new ArrayList<>();
		for (TrendMonth m : trend.months()) {
			String month = texts.get("dashboard.chart.month", m.period().month().getMonthValue(),
					m.period().month().getYear()) + (trend.isSwitchMonth(m) ? " (*)" : "");
			TargetRates progress = m.progressTarget();
			lines.add(new DashboardPage.TrendLine(month, this.fmt.percent(cases ? m.casesRate() : m.moneyRate()),
					this.fmt.percent(cases ? m.lastYearCasesRate() : m.lastYearMoneyRate()), (progress != null)
							? this.fmt.percent(cases ? progress.casesRate() : progress.moneyRate()) : Formats.NONE));
		}
		return lines;
	}

	private DashboardPage.Cell count(long value) {
		return new DashboardPage.Cell(this.fmt.number(value), Long.toString(value));
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toString() : null;
	}

	/** A row's link, name and return state, the same in both forms' tables. */
	private record Shared(String href, String name, DashboardPage.State state) {

	}

	/** Messages in the request's language, as the templates resolve them. */
	private final class Texts {

		private final Locale locale;

		Texts(Locale locale) {
			this.locale = locale;
		}

		String get(String key, Object... arguments) {
			return DashboardPages.this.messages.getMessage(key, arguments, this.locale);
		}

	}

}
