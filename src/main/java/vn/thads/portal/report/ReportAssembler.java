package vn.thads.portal.report;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.report.document.DocumentTexts;
import vn.thads.portal.returns.Form;
import vn.thads.portal.stats.AgencyStats;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.stats.CategoryStats;
import vn.thads.portal.stats.StatsEngine;
import vn.thads.portal.stats.UnitBreakdown;
import vn.thads.portal.stats.UnitState;

/**
 * Builds the {@link ReportDocument} of an agency and a period from the statistics engine:
 * a row for the agency's own return and one per direct unit with its whole subtree, the
 * engine's total, targets, gaps and approval counts, the narrative of the engine's total
 * and the heading of the issuing agency, then the categories with figures in the period
 * (issue 14), each with its two forms and a sentence of the narrative, and the companion
 * forms with figures (tiếp công dân, khiếu nại tố cáo, THAHC), each a table and a
 * sentence, with the same period last year's. It adds nothing up: what the engine did not
 * compute is only worded here.
 * <p>
 * It trusts the request: {@link PrintedReports} checks scope and the period first.
 */
@Service
@Transactional(readOnly = true)
public class ReportAssembler {

	/**
	 * How many units not approved the notice names; a country has hundreds, and the marks
	 * in the table show which rows they are in.
	 */
	static final int NAMED_UNAPPROVED = 10;

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private final StatsEngine engine;

	private final AgencyDirectory directory;

	private final ReportConventions conventions;

	private final ReportTitles titles;

	private final NarrativeWriter narrative;

	private final MessageSource messages;

	private final DocumentTexts texts;

	ReportAssembler(StatsEngine engine, AgencyDirectory directory, ReportConventions conventions, ReportTitles titles,
			NarrativeWriter narrative, MessageSource messages, DocumentTexts texts) {
		this.texts = texts;
		this.engine = engine;
		this.directory = directory;
		this.conventions = conventions;
		this.titles = titles;
		this.narrative = narrative;
		this.messages = messages;
	}

	public ReportDocument assemble(ReportRequest request, Locale locale) {
		// every agency named as on the period's last day (domain.md §1a)
		LocalDate end = request.period().to();
		AgencyRef agency = request.agency().asOn(end);
		UnitBreakdown breakdown = this.engine.units(agency, request.period(), request.basis());
		List<Line> lines = lines(agency, breakdown, end, locale);
		String periodTitle = this.titles.period(request.period(), request.kind(), locale);
		AgencyRef parent = (agency.parentId() != null) ? this.directory.getById(agency.parentId()).asOn(end) : null;
		String superior = this.conventions.superior(parent, locale);
		List<CategoryStats> categories = this.engine.categories(agency, request.period(), request.basis())
			.stream()
			.filter(CategoryStats::hasFigures)
			.toList();
		NarrativeFacts facts = new NarrativeFacts(agency.level(), agency.name(), request.period(), periodTitle,
				FormFigures.results(breakdown.total(), Form.CASES), FormFigures.results(breakdown.total(), Form.MONEY),
				categories.stream()
					.map((c) -> new NarrativeFacts.Category(c.category().name(locale),
							c.cases().derived().completionRate(), c.money().derived().completionRate(),
							c.shareOfMoney()))
					.toList());
		List<CompanionSections> companions = CompanionSections
			.of(this.engine.companions(agency, request.period(), request.basis()))
			.stream()
			.filter(CompanionSections::hasFigures)
			.toList();
		List<String> paragraphs = new ArrayList<>(this.narrative.write(facts, locale));
		companions.forEach((companion) -> paragraphs.add(paragraph(companion, locale)));
		return new ReportDocument(superior, agency.name(), this.conventions.place(agency, locale), request.date(),
				ReportConventions.numberSymbol(agency.level(), end), superior,
				ReportConventions.circular(request.period().statYear()), request.period(), periodTitle,
				table(Form.CASES, lines, breakdown.total()), table(Form.MONEY, lines, breakdown.total()), paragraphs,
				unapproved(request, locale), request.basis() == Basis.APPROVED,
				categories.stream()
					.map((c) -> new ReportCategory(c.category().code(), c.category().name(locale),
							FormFigures.category(Form.CASES, c.cases()), FormFigures.category(Form.MONEY, c.money())))
					.toList(),
				companions.stream().map(CompanionSections::table).toList());
	}

	/**
	 * A companion form's paragraph of the narrative: its sentence, then last year's when
	 * it has figures.
	 */
	private String paragraph(CompanionSections companion, Locale locale) {
		String sentence = this.texts.text(companion.sentence(), locale);
		return companion.lastYearSentence()
			.map((lastYear) -> sentence + " " + this.texts.text(lastYear, locale))
			.orElse(sentence);
	}

	/**
	 * The agency's own return first, then its units in the alphabetical order of their
	 * names, as Vietnamese sorts them (Đ after D, tones after the plain letter). A row
	 * whose units expect no return is left out: the central agency files none.
	 */
	private List<Line> lines(AgencyRef agency, UnitBreakdown breakdown, LocalDate end, Locale locale) {
		List<Line> units = new ArrayList<>();
		Line own = null;
		for (AgencyStats row : breakdown.units()) {
			if (row.units().expected() == 0) {
				continue;
			}
			if (row.ownReturnOnly()) {
				own = new Line(this.conventions.ownRow(agency, end, locale), row);
			}
			else {
				units.add(new Line(row.agency().shortName(), row));
			}
		}
		Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
		units.sort(Comparator.comparing((Line line) -> numbersPadded(line.label()), vietnamese));
		if (own != null) {
			units.add(0, own);
		}
		return units;
	}

	/**
	 * The label with every number padded to six digits, so that "Khu vực 2" sorts before
	 * "Khu vực 10".
	 */
	static String numbersPadded(String label) {
		return NUMBER.matcher(label).replaceAll((m) -> "0".repeat(Math.max(0, 6 - m.group().length())) + m.group());
	}

	private static ReportTable table(Form form, List<Line> lines, AgencyStats total) {
		List<ReportRow> rows = lines.stream()
			.map((line) -> FormFigures.row(line.label(), line.stats(), form, false))
			.toList();
		return new ReportTable(form, rows, FormFigures.row(null, total, form, true));
	}

	/**
	 * The units of the subtree whose return is not approved (or missing), by code; past
	 * {@value #NAMED_UNAPPROVED}, how many more.
	 */
	private List<String> unapproved(ReportRequest request, Locale locale) {
		List<String> names = this.engine.completeness(request.agency(), request.period())
			.units()
			.stream()
			.filter((unit) -> !unit.approved())
			.sorted(Comparator.comparing(UnitState::agencyCode))
			.map(UnitState::agencyName)
			.toList();
		if (names.size() <= NAMED_UNAPPROVED) {
			return names;
		}
		List<String> named = new ArrayList<>(names.subList(0, NAMED_UNAPPROVED));
		named.add(this.messages.getMessage("report.notice.more",
				new Object[] { String.valueOf(names.size() - NAMED_UNAPPROVED) }, locale));
		return named;
	}

	/** A unit's row as labelled in the table, with the engine's figures. */
	private record Line(String label, AgencyStats stats) {

	}

}
