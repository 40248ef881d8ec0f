package vn.thads.portal.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.keycases.KeyCaseInstruction;
import vn.thads.portal.keycases.KeyCaseRow;
import vn.thads.portal.keycases.MeetingInstruction;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.planner.FormPlan;
import vn.thads.portal.planner.PlanRow;
import vn.thads.portal.planner.SprintPlan;
import vn.thads.portal.report.document.DocumentSection;
import vn.thads.portal.report.document.DocumentTable;
import vn.thads.portal.report.document.DocumentTable.Column;
import vn.thads.portal.report.document.DocumentTable.Row;
import vn.thads.portal.report.document.DocumentTable.Value;
import vn.thads.portal.report.document.ItemList;
import vn.thads.portal.report.document.Paragraphs;
import vn.thads.portal.report.document.Text;
import vn.thads.portal.stats.AgencyStats;
import vn.thads.portal.web.Formats;

/**
 * The sections of a meeting pack, worded from the records of the engine, the planner, the
 * register and the conclusions; nothing is computed here but sums of what is listed.
 */
class PackSections {

	private final ReportingPeriod period;

	private final AgencyRef agency;

	private final MessageSource messages;

	private final Locale locale;

	private final Formats fmt;

	PackSections(ReportingPeriod period, AgencyRef agency, MessageSource messages, Locale locale, Formats fmt) {
		this.period = period;
		this.agency = agency;
		this.messages = messages;
		this.locale = locale;
		this.fmt = fmt;
	}

	/** A meeting as the meetings name it: {@code 10/2026}. */
	static String label(YearMonth month) {
		return KeyCaseInstruction.label(month);
	}

	/**
	 * I. The year's target, the progress target, the rate, still needed, the projection.
	 */
	DocumentTable headlineTable(AgencyStats stats, SprintPlan plan) {
		List<Column> columns = List.of(column("meeting.col.target", 1), column("meeting.col.progressTarget", 2),
				column("meeting.col.rate", 3), column("meeting.col.needed", 4), column("meeting.col.perMonth", 5),
				column("meeting.col.projection", 6));
		FormPlan c = plan.total().cases();
		FormPlan m = plan.total().money();
		BigDecimal progressCases = (stats.progressTarget() != null) ? stats.progressTarget().casesRate() : null;
		BigDecimal progressMoney = (stats.progressTarget() != null) ? stats.progressTarget().moneyRate() : null;
		return new DocumentTable("headline", Text.message("meeting.section.headline"), Text.message("planner.col.form"),
				columns, List.of(new Row(Text.message("meeting.form.cases"), formValues(c, progressCases)),
						new Row(Text.message("meeting.form.money"), formValues(m, progressMoney))),
				null);
	}

	private static List<Value> formValues(FormPlan form, BigDecimal progress) {
		return List.of(Value.rate(form.target()), Value.rate(progress), Value.rate(form.rate()), amount(form.needed()),
				amount(form.perMonth()), Value.rate(form.projectedRate()));
	}

	/** The headline in sentences, under the table. */
	Paragraphs headline(AgencyStats stats, SprintPlan plan) {
		List<Text> sentences = new ArrayList<>();
		FormPlan c = plan.total().cases();
		FormPlan m = plan.total().money();
		if (c.target() != null && stats.progressTarget() != null) {
			sentences.add(Text.message("meeting.headline.rates", String.valueOf(this.period.months()),
					String.valueOf(this.period.statYear()), c.rate(), c.target(), stats.progressTarget().casesRate(),
					m.rate(), m.target(), stats.progressTarget().moneyRate()));
		}
		else {
			sentences.add(Text.message("meeting.headline.noTarget", String.valueOf(this.period.months()),
					String.valueOf(this.period.statYear()), c.rate(), m.rate()));
		}
		if (c.projection() != null && m.projection() != null) {
			sentences.add(Text.message("meeting.headline.projection", c.projectedRate(), m.projectedRate()));
		}
		if (plan.monthsLeft() > 0 && c.needed() != null) {
			sentences.add(Text.message("planner.headline.needed", c.needed(), c.perMonth(), m.needed(), m.perMonth()));
		}
		if (!plan.units().isEmpty()) {
			sentences.add(Text.message("planner.headline.atRisk", plan.unitsAtRisk(), plan.units().size()));
		}
		PlanRow total = plan.total();
		if (total.keyCases().openCases() > 0 && total.keyCases().share() != null) {
			sentences.add(Text.message("meeting.headline.keyCases", total.keyCases().openCases(),
					total.keyCases().outstanding(), total.keyCases().coverable(), total.keyCases().share()));
		}
		return new Paragraphs("narrative", sentences);
	}

	/**
	 * III. The register's first open cases, with the last instruction given on each at a
	 * meeting up to this one and what became of it.
	 */
	DocumentSection keyCases(List<KeyCaseRow> top, int open, YearMonth meeting) {
		Text title = Text.message("meeting.section.keyCases", top.size(), open);
		if (top.isEmpty()) {
			return new ItemList(title, List.of(Text.message("meeting.keyCases.none")));
		}
		List<Column> columns = List.of(column("meeting.col.caseUnit", 1), column("meeting.col.outstanding", 2),
				column("meeting.col.nextStep", 3), column("meeting.col.lastInstruction", 4),
				column("meeting.col.followUp", 5));
		List<Row> rows = new ArrayList<>();
		long outstanding = 0;
		for (KeyCaseRow c : top) {
			KeyCaseInstruction last = c.instructions()
				.stream()
				.filter((i) -> !i.meeting().isAfter(meeting))
				.reduce((a, b) -> b)
				.orElse(null);
			rows.add(new Row(Text.of(c.decisionNumber()),
					List.of(Value.text(c.agencyShortName()), Value.amount(c.outstanding()), Value.text(nextStep(c)),
							Value.text((last != null) ? instruction(last) : Formats.NONE),
							Value.text((last != null) ? followUp(last.followUp(), last.doneOn()) : Formats.NONE))));
			outstanding += c.outstanding();
		}
		return new DocumentTable("key-cases", title, Text.message("meeting.col.decision"), columns, rows, new Row(
				Text.message("meeting.row.total"),
				List.of(Value.text(""), Value.amount(outstanding), Value.text(""), Value.text(""), Value.text(""))));
	}

	/** IV. The instructions given at the meeting before, with their follow-up. */
	DocumentSection instructions(List<MeetingInstruction> given, YearMonth before, Function<String, String> unitName) {
		Text title = Text.message("meeting.section.instructions", label(before));
		if (given.isEmpty()) {
			return new ItemList(title, List.of(Text.message("meeting.instructions.none", label(before))));
		}
		List<Column> columns = List.of(column("meeting.col.caseUnit", 1), column("meeting.col.outstanding", 2),
				column("meeting.col.instruction", 3), column("meeting.col.due", 4), column("meeting.col.followUp", 5));
		List<Row> rows = given.stream()
			.map((g) -> new Row(Text.of(g.decisionNumber()),
					List.of(Value.text(unitName.apply(g.agencyCode())), Value.amount(g.outstanding()),
							Value.text(g.instruction().text()), Value.text(date(g.instruction().due())),
							Value.text(followUp(g.instruction().followUp(), g.instruction().doneOn())))))
			.toList();
		return new DocumentTable("last-instructions", title, Text.message("meeting.col.decision"), columns, rows, null);
	}

	/** V. What the meeting before concluded, and what became of it. */
	DocumentSection decisionsBefore(MeetingConclusion before) {
		return decisions("decisions-before", Text.message("meeting.section.decisionsBefore", label(before.meeting())),
				before, Text.message("meeting.decisions.noneBefore", label(before.meeting())));
	}

	/** VI. This meeting's conclusions, once entered; else room to write them. */
	DocumentSection decisionsNow(MeetingConclusion now) {
		return decisions("decisions", Text.message("meeting.section.decisions", label(now.meeting())), now,
				Text.message("meeting.decisions.toEnter"));
	}

	private DocumentSection decisions(String id, Text title, MeetingConclusion conclusion, Text none) {
		if (conclusion.decisions().isEmpty()) {
			return new ItemList(title, List.of(none));
		}
		List<Column> columns = List.of(column("meeting.col.decisionText", 1), column("meeting.col.responsible", 2),
				column("meeting.col.due", 3), column("meeting.col.result", 4));
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < conclusion.decisions().size(); i++) {
			MeetingDecision d = conclusion.decisions().get(i);
			rows.add(new Row(Text.of(String.valueOf(i + 1)), List.of(Value.text(d.text()),
					Value.text(orNone(d.responsible())), Value.text(date(d.due())), Value.text(orNone(d.result())))));
		}
		return new DocumentTable(id, title, Text.message("meeting.col.number"), columns, rows, null);
	}

	private String nextStep(KeyCaseRow c) {
		if (c.nextStep() == null) {
			return Formats.NONE;
		}
		if (c.nextStepDue() == null) {
			return c.nextStep();
		}
		return message(c.overdue() ? "meeting.nextStep.overdue" : "meeting.nextStep.due", c.nextStep(),
				date(c.nextStepDue()));
	}

	private String instruction(KeyCaseInstruction i) {
		return message("meeting.instruction", label(i.meeting()), i.text(), date(i.due()));
	}

	private String followUp(String text, LocalDate doneOn) {
		if (text == null && doneOn == null) {
			return message("meeting.followUp.none");
		}
		String what = orNone(text);
		return (doneOn != null) ? message("meeting.followUp.done", what, date(doneOn)) : what;
	}

	private String date(LocalDate day) {
		return (day != null) ? this.fmt.date(day) : Formats.NONE;
	}

	private static String orNone(String text) {
		return (text != null && !text.isBlank()) ? text : Formats.NONE;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	private static Column column(String key, int number) {
		return new Column(Text.message(key), "(" + number + ")");
	}

	private static Value amount(Long value) {
		return (value != null) ? Value.amount(value) : Value.rate(null);
	}

}
