package vn.thads.portal.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thads.portal.returns.Form;
import vn.thads.portal.stats.Trend;
import vn.thads.portal.target.TargetRates;
import vn.thads.portal.web.Formats;

/**
 * The charts' data as the page's JSON (its data-charts attribute): the engine's numbers
 * to plot, each beside its text as the page formats it (for tooltips), with the labels
 * worded in the user's language. The script only draws what it reads here; it computes
 * and formats nothing.
 */
@Component
class DashboardCharts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final Formats formats;

	DashboardCharts(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/**
	 * The JSON of the page's {@code data-charts} attribute: the template escapes it like
	 * any attribute value, so an agency's name is text whatever it contains.
	 */
	String json(Trend trend, UnitsTable units, Headline cases, Headline money) {
		Charts charts = new Charts(trend(trend, Form.CASES), trend(trend, Form.MONEY),
				(units != null) ? ranking(units, Form.CASES) : null,
				(units != null) ? ranking(units, Form.MONEY) : null, compare(cases, money));
		return JSON.writeValueAsString(charts);
	}

	private Chart trend(Trend trend, Form form) {
		List<String> labels = trend.months()
			.stream()
			.map((m) -> text("dashboard.chart.month", m.period().month().getMonthValue(), m.period().month().getYear()))
			.toList();
		int year = trend.period().statYear();
		List<Series> series = new ArrayList<>();
		series.add(series("rate", text("dashboard.chart.year", year), trend.months(),
				(m) -> (form == Form.CASES) ? m.casesRate() : m.moneyRate()));
		series.add(series("lastYear", text("dashboard.chart.lastYear", trend.period().samePeriodLastYear().statYear()),
				trend.months(), (m) -> (form == Form.CASES) ? m.lastYearCasesRate() : m.lastYearMoneyRate()));
		if (trend.target() != null) {
			BigDecimal target = Headline.rate(form, trend.target());
			series.add(series("target", text("dashboard.chart.target", year), trend.months(), (m) -> target));
			series.add(series("progress", text("dashboard.chart.progress"), trend.months(),
					(m) -> rate(form, m.progressTarget())));
		}
		return new Chart(labels, series, trend.switchIndex(), text("dashboard.chart.switch"));
	}

	/** Units by rate, highest first; each bar coloured by where it stands. */
	private Chart ranking(UnitsTable units, Form form) {
		List<UnitRow> rows = units.ranked(form);
		List<String> labels = rows.stream().map(this::name).toList();
		Series rates = series("rate", text("dashboard.chart.rate"), rows, (row) -> row.cells(form).rate());
		Series targets = series("target", text("dashboard.chart.unitTarget"), rows, (row) -> row.cells(form).target());
		List<String> standings = rows.stream()
			.map((row) -> row.cells(form).standing().name().toLowerCase(Locale.ROOT))
			.toList();
		return new Chart(labels, List.of(rates.withStandings(standings), targets));
	}

	/** Cases and money side by side: the rate, last year's, the target, the progress. */
	private Chart compare(Headline cases, Headline money) {
		List<Headline> both = List.of(cases, money);
		List<String> labels = List.of(text("dashboard.cases"), text("dashboard.money"));
		List<Series> series = new ArrayList<>();
		series.add(series("rate", text("dashboard.chart.now"), both, Headline::rate));
		series.add(series("lastYear", text("dashboard.chart.lastYearSame"), both, Headline::lastYearRate));
		series.add(series("target", text("dashboard.chart.targetShort"), both, Headline::target));
		series.add(series("progress", text("dashboard.chart.progress"), both, Headline::progressTarget));
		return new Chart(labels, series);
	}

	private String name(UnitRow row) {
		return row.own() ? text(row.ownLabel()) : row.agency().shortName();
	}

	private <T> Series series(String key, String label, List<T> items, Function<T, BigDecimal> value) {
		List<BigDecimal> values = items.stream().map(value).toList();
		List<String> shown = values.stream().map(this.formats::percent).toList();
		return new Series(key, label, values, shown, null);
	}

	private static BigDecimal rate(Form form, TargetRates rates) {
		return (rates != null) ? Headline.rate(form, rates) : null;
	}

	private String text(String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * What the script reads: two trends, two rankings (none for a unit), one comparison.
	 */
	record Charts(Chart casesTrend, Chart moneyTrend, Chart casesRanking, Chart moneyRanking, Chart compare) {

	}

	/**
	 * @param marker index of the label a vertical marker stands at (the 2025 switch), or
	 * null
	 * @param markerLabel what the marker says
	 */
	record Chart(List<String> labels, List<Series> series, Integer marker, String markerLabel) {

		Chart(List<String> labels, List<Series> series) {
			this(labels, series, null, null);
		}

	}

	/**
	 * @param key which line or bar it is (the script styles it by key)
	 * @param values the numbers to plot (null: no point)
	 * @param shown the same numbers as the page writes them
	 * @param standings per bar: reached, below or none (colours of a ranking)
	 */
	record Series(String key, String label, List<BigDecimal> values, List<String> shown, List<String> standings) {

		Series withStandings(List<String> standings) {
			return new Series(this.key, this.label, this.values, this.shown, standings);
		}

	}

}
