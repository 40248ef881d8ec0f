package vn.thads.portal.planner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import vn.thads.portal.agency.Reorganisation;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.report.document.DocumentHeadings;
import vn.thads.portal.report.document.DocumentTable;
import vn.thads.portal.report.document.DocumentTable.Column;
import vn.thads.portal.report.document.DocumentTable.Row;
import vn.thads.portal.report.document.DocumentTable.Value;
import vn.thads.portal.report.document.DocumentTitle;
import vn.thads.portal.report.document.ItemList;
import vn.thads.portal.report.document.Paragraphs;
import vn.thads.portal.report.document.Signatures;
import vn.thads.portal.report.document.SimpleDocument;
import vn.thads.portal.report.document.Text;

/**
 * The planner printed (docs/printed-documents.md): its headline in sentences and one row
 * per unit — rate, still needed, per month, pace and projection by cases and by money,
 * and what its open key cases could cover — the whole in bold. The meeting pack prints
 * the same table with the units at risk only ({@link #table}).
 */
@Component
public class PlannerPrint {

	private static final String[] COLUMNS = { "planner.print.col.casesRate", "planner.print.col.casesNeeded",
			"planner.print.col.casesPerMonth", "planner.print.col.casesPace", "planner.print.col.casesProjection",
			"planner.print.col.moneyRate", "planner.print.col.moneyNeeded", "planner.print.col.moneyPerMonth",
			"planner.print.col.moneyProjection", "planner.print.col.keyCases" };

	private final DocumentHeadings headings;

	private final ReportingCalendar calendar;

	PlannerPrint(DocumentHeadings headings, ReportingCalendar calendar) {
		this.headings = headings;
		this.calendar = calendar;
	}

	/** The planner as a document of its own. */
	public SimpleDocument document(SprintPlan plan, Locale locale) {
		LocalDate today = this.calendar.today();
		String year = String.valueOf(plan.period().statYear());
		List<Text> sentences = new ArrayList<>();
		sentences.add(Text.message("planner.print.months", String.valueOf(plan.monthsLeft()), year));
		FormPlan c = plan.total().cases();
		FormPlan m = plan.total().money();
		if (c.projection() != null && m.projection() != null) {
			sentences.add(Text.message("planner.print.projection", c.projectedRate(), m.projectedRate(), c.target(),
					m.target()));
		}
		if (plan.monthsLeft() > 0 && c.needed() != null) {
			sentences.add(Text.message("planner.headline.needed", c.needed(), c.perMonth(), m.needed(), m.perMonth()));
		}
		if (!plan.units().isEmpty()) {
			sentences.add(Text.message("planner.headline.atRisk", plan.unitsAtRisk(), plan.units().size()));
		}
		return new SimpleDocument(Text.message("planner.print.documentTitle", plan.agency().shortName()),
				this.headings.of(plan.agency(), plan.period().to(), "BC", today, locale),
				new DocumentTitle(Text.message("planner.print.title"),
						List.of(new DocumentTitle.Line(DocumentTitle.Style.SUBJECT,
								Text.message("planner.print.subject", year)),
								new DocumentTitle.Line(DocumentTitle.Style.NOTE,
										Text.message("planner.print.period", String.valueOf(plan.period().months()),
												year, plan.period().from(), plan.period().to())))),
				// the note last: a short block the signatures are kept with, where a long
				// table would leave them alone on a page
				List.of(new Paragraphs("narrative", sentences),
						table(plan, (row) -> true, "planner", Text.message("planner.table.title")),
						new ItemList(Text.message("planner.print.noteTitle"),
								List.of(Text.message("planner.print.note")))),
				new Signatures(List.of(Text.message("report.recipients.archive")),
						List.of(new Signatures.Signer(false, Text.message("planner.print.preparer"),
								Text.message("report.sign.hint")),
								new Signatures.Signer(true, Text.message("report.sign.head"),
										Text.message("report.sign.hintSeal")))));
	}

	/**
	 * The units that {@code rows} admits, in the planner's order (at risk first), and the
	 * agency's whole as the bold last row.
	 */
	public DocumentTable table(SprintPlan plan, Predicate<PlanRow> rows, String id, Text title) {
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < COLUMNS.length; i++) {
			columns.add(new Column(Text.message(COLUMNS[i]), "(" + (i + 1) + ")"));
		}
		String own = "dashboard.units.own." + plan.agency().level().name() + Reorganisation.era(plan.period().to());
		return new DocumentTable(id, title, Text.message("planner.print.col.unit"), columns,
				plan.units()
					.stream()
					.filter(rows)
					.map((r) -> row(r, r.ownReturnOnly() ? Text.message(own) : Text.of(r.agency().shortName())))
					.toList(),
				row(plan.total(), Text.message("planner.print.whole", plan.agency().shortName())));
	}

	private static Row row(PlanRow row, Text label) {
		FormPlan c = row.cases();
		FormPlan m = row.money();
		return new Row(label,
				List.of(Value.rate(c.rate()), amount(c.needed()), amount(c.perMonth()), Value.amount(c.pace()),
						Value.rate(c.projectedRate()), Value.rate(m.rate()), amount(m.needed()), amount(m.perMonth()),
						Value.rate(m.projectedRate()), Value.amount(row.keyCases().coverable())));
	}

	/** An amount, or "—" when there is none. */
	private static Value amount(Long value) {
		return (value != null) ? Value.amount(value) : Value.rate(null);
	}

}
