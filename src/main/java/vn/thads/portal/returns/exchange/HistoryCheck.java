package vn.thads.portal.returns.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import org.springframework.stereotype.Component;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.HistoryWrite;
import vn.thads.portal.returns.ReadFigures;
import vn.thads.portal.returns.ReturnArchive;
import vn.thads.portal.returns.ReturnCategories;
import vn.thads.portal.returns.ReturnCheck;
import vn.thads.portal.returns.ReturnFigures;
import vn.thads.portal.returns.ReturnMessages;
import vn.thads.portal.returns.ReturnRules;
import vn.thads.portal.returns.ReturnStatus;
import vn.thads.portal.returns.RuleContext;
import vn.thads.portal.returns.StoredReturn;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * Checks a history file row by row with the entry page's rules, and compares it with what
 * is saved. Figures are read by {@link RowFigures} (a blank cell is 0, as on the page);
 * agency and period by the entry page's rule ({@link ReturnArchive#refusal}: the agency
 * existed and was active at the period's end, the month has ended); the figures by
 * {@link ReturnRules}: its errors (rules 1–3) stop the import, its warnings (rules 4–7)
 * are reported. A row's warnings compare it with the agency's own returns of the months
 * before, in the file or else saved. Only an approved return may be changed.
 */
@Component
class HistoryCheck {

	/** Progress is written after this many rows. */
	static final int STEP = 500;

	private final AgencyDirectory directory;

	private final ReturnArchive archive;

	private final ReturnRules rules;

	private final ReportingCalendar calendar;

	private final ReturnMessages messages;

	private final ReturnCategories categories;

	HistoryCheck(AgencyDirectory directory, ReturnArchive archive, ReturnRules rules, ReportingCalendar calendar,
			ReturnMessages messages, ReturnCategories categories) {
		this.categories = categories;
		this.directory = directory;
		this.archive = archive;
		this.rules = rules;
		this.calendar = calendar;
		this.messages = messages;
	}

	private record Key(long agencyId, LocalDate month) {

		static Key of(AgencyRef agency, ReportingPeriod period) {
			return new Key(agency.id(), period.monthStart());
		}

	}

	/**
	 * A row whose agency, period and figures could be read; {@code figures} are those of
	 * the file over the stored ones ({@link ReadFigures#over}), once those are known.
	 */
	private record Parsed(int line, AgencyRef agency, ReportingPeriod period, ReadFigures read, ReturnFigures figures) {

		Parsed over(StoredReturn stored) {
			return new Parsed(this.line, this.agency, this.period, this.read,
					this.read.over((stored != null) ? stored.figures() : ReturnFigures.ZERO));
		}

	}

	HistoryPlan check(ReturnFile.Table table, IntConsumer progress) {
		Issues issues = new Issues();
		Map<String, AgencyRef> byCode = new HashMap<>();
		this.directory.lineage().all().forEach((a) -> byCode.put(a.code(), a));
		Map<Key, Parsed> inFile = new HashMap<>();
		List<Parsed> parsed = new ArrayList<>();
		for (ReturnFile.Row row : table.rows()) {
			Parsed p = parse(table, row, byCode, inFile, issues);
			if (p != null) {
				parsed.add(p);
				inFile.put(Key.of(p.agency(), p.period()), p);
			}
		}
		Map<Key, StoredReturn> stored = stored(parsed);
		// what a row lacks (an old file: the categories, the reception) stays as stored
		parsed.replaceAll((p) -> p.over(stored.get(Key.of(p.agency(), p.period()))));
		parsed.forEach((p) -> inFile.put(Key.of(p.agency(), p.period()), p));
		List<HistoryWrite> writes = new ArrayList<>();
		int unchanged = 0;
		int done = 0;
		for (Parsed p : parsed) {
			if (++done % STEP == 0) {
				progress.accept(done);
			}
			ReturnCheck checked = this.rules.check(p.figures(), context(p, inFile, stored));
			checked.errors().forEach((e) -> issues.error(p.line(), e.field(), this.messages.text(e)));
			checked.warnings().forEach((w) -> issues.warning(p.line(), w.field(), this.messages.text(w)));
			if (checked.hasErrors()) {
				continue;
			}
			StoredReturn before = stored.get(Key.of(p.agency(), p.period()));
			if (before != null && before.figures().equals(p.figures())) {
				unchanged++;
			}
			else if (before != null && before.status() != ReturnStatus.APPROVED) {
				issues.error(p.line(), ReturnFile.STATUS, text("exchange.returns.notApproved", p.agency().code(),
						p.period().code(), text("return.status." + before.status().name())));
			}
			else {
				writes.add(new HistoryWrite(p.agency().id(), p.period(), p.figures(), before));
			}
		}
		int news = (int) writes.stream().filter(HistoryWrite::isNew).count();
		return new HistoryPlan(List.copyOf(writes), news, writes.size() - news, unchanged, Issues.byLine(issues.errors),
				Issues.byLine(issues.warnings), issues.errorCount, issues.warningCount);
	}

	private Parsed parse(ReturnFile.Table table, ReturnFile.Row row, Map<String, AgencyRef> byCode,
			Map<Key, Parsed> inFile, Issues issues) {
		int line = row.line();
		int before = issues.errorCount;
		String code = table.cell(row, ReturnFile.AGENCY).toUpperCase(Locale.ROOT);
		AgencyRef agency = byCode.get(code);
		if (code.isEmpty()) {
			issues.error(line, ReturnFile.AGENCY, text("exchange.returns.agency.required"));
		}
		else if (agency == null) {
			issues.error(line, ReturnFile.AGENCY, text("exchange.returns.agency.unknown", code));
		}
		ReportingPeriod period = null;
		try {
			period = this.calendar.parse(table.cell(row, ReturnFile.PERIOD));
		}
		catch (InvalidInputException ex) {
			ex.getProblems().forEach((p) -> issues.error(line, ReturnFile.PERIOD, this.messages.text(p)));
		}
		if (agency != null && period != null) {
			FieldProblem refused = this.archive.refusal(agency, period);
			Parsed first = inFile.get(Key.of(agency, period));
			if (refused != null) {
				issues.error(line, ReturnFile.PERIOD, this.messages.text(refused));
			}
			else if (first != null) {
				issues.error(line, ReturnFile.PERIOD,
						text("exchange.returns.duplicate", code, period.code(), first.line()));
			}
		}
		ReadFigures figures = RowFigures.read(this.messages, table, row, issues);
		if (figures != null && issues.errorCount > before) {
			// the figures' own errors (rules 1–3) are worth knowing even so
			this.rules.check(figures.figures(), new RuleContext(null, null, null, null, this.categories.all()))
				.errors()
				.forEach((e) -> issues.error(line, e.field(), this.messages.text(e)));
		}
		return (issues.errorCount > before) ? null
				: new Parsed(line, agency, period, figures, figures.over(ReturnFigures.ZERO));
	}

	/** The saved returns the rows are compared with: theirs, and the months before. */
	private Map<Key, StoredReturn> stored(List<Parsed> parsed) {
		Map<Key, StoredReturn> stored = new HashMap<>();
		if (parsed.isEmpty()) {
			return stored;
		}
		ReportingPeriod first = parsed.stream().map(Parsed::period).min(Comparator.naturalOrder()).orElseThrow();
		ReportingPeriod last = parsed.stream().map(Parsed::period).max(Comparator.naturalOrder()).orElseThrow();
		List<Long> agencies = parsed.stream().map((p) -> p.agency().id()).distinct().toList();
		for (StoredReturn r : this.archive.find(agencies, first.endOfPreviousYear(), last)) {
			stored.put(new Key(r.agencyId(), r.period().monthStart()), r);
		}
		return stored;
	}

	/**
	 * What the entry page compares a return with (rules 4–7), from the agency's own
	 * returns: the file's rows first, else what is saved.
	 */
	private RuleContext context(Parsed p, Map<Key, Parsed> inFile, Map<Key, StoredReturn> stored) {
		List<ReportingPeriod> months = p.period().monthsSoFar();
		ReturnFigures earlier = null;
		for (int i = months.size() - 2; i >= 0 && earlier == null; i--) {
			earlier = at(p.agency(), months.get(i), inFile, stored);
		}
		ReportingPeriod before = p.period().previousInYear();
		ReturnFigures previousMonth = (before != null) ? at(p.agency(), before, inFile, stored) : null;
		return new RuleContext(previousMonth, earlier, at(p.agency(), p.period().endOfPreviousYear(), inFile, stored),
				null, this.categories.validIn(p.period().monthStart()));
	}

	private static ReturnFigures at(AgencyRef agency, ReportingPeriod period, Map<Key, Parsed> inFile,
			Map<Key, StoredReturn> stored) {
		Key key = Key.of(agency, period);
		Parsed row = inFile.get(key);
		if (row != null) {
			return row.figures();
		}
		StoredReturn saved = stored.get(key);
		return (saved != null) ? saved.figures() : null;
	}

	private String text(String code, Object... arguments) {
		return this.messages.text(code, arguments);
	}

}
