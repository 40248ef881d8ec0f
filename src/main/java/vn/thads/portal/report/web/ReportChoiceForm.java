package vn.thads.portal.report.web;

import java.util.Locale;

import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.report.PeriodChoice;
import vn.thads.portal.report.ReportKind;
import vn.thads.portal.report.ReportOptions;
import vn.thads.portal.report.ReportRequest;
import vn.thads.portal.report.ReportSelection;
import vn.thads.portal.stats.Basis;

/**
 * The selection page's form: which agency, statistical year and report, on which basis,
 * dated when. Every field is optional in a link; what is missing is filled with the
 * page's defaults.
 */
public class ReportChoiceForm {

	private String agency;

	private Integer year;

	private String choice;

	private String basis;

	private String date;

	/** Which button: the print view (empty), {@code pdf} or {@code xlsx}. */
	private String format;

	/** Fills what the user left empty: own agency, the latest quarter, today. */
	ReportChoiceForm withDefaults(ReportSelection selection) {
		withChoiceDefaults(selection);
		if (blank(this.date)) {
			this.date = selection.today().toString();
		}
		return this;
	}

	/**
	 * The same but for the date: a report chosen without one is dated the day it is
	 * printed.
	 */
	ReportChoiceForm withChoiceDefaults(ReportSelection selection) {
		if (blank(this.agency)) {
			this.agency = selection.agency().code();
		}
		if (this.year == null || blank(this.choice)) {
			this.year = selection.opening().statYear();
			this.choice = selection.opening().code();
		}
		if (blank(this.basis)) {
			this.basis = Basis.SUBMITTED.name().toLowerCase(Locale.ROOT);
		}
		return this;
	}

	/** The choices of a report that was printed, to come back to it. */
	static ReportChoiceForm of(ReportRequest request) {
		ReportChoiceForm form = new ReportChoiceForm();
		form.agency = request.agency().code();
		form.chosen(PeriodChoice.matching(request.period(), request.kind()));
		form.basis = request.basis().name().toLowerCase(Locale.ROOT);
		form.date = request.dateChosen() ? request.date().toString() : null;
		return form;
	}

	/**
	 * The choices a refused link made, as far as they can be read, so that the page shows
	 * them with what was wrong.
	 */
	static ReportChoiceForm of(String agency, String period, ReportOptions options, int firstMonth) {
		ReportChoiceForm form = new ReportChoiceForm();
		form.agency = agency;
		form.basis = options.basis();
		form.date = options.date();
		if (period != null && period.matches("\\d{4}-(0[1-9]|1[0-2])")) {
			ReportingPeriod parsed = ReportingPeriod.parse(period, firstMonth);
			ReportKind kind = ReportKind.usualFor(parsed);
			for (ReportKind named : ReportKind.values()) {
				if (named.code().equals(options.kind()) && named.fits(parsed)) {
					kind = named;
				}
			}
			form.chosen(PeriodChoice.matching(parsed, kind));
		}
		return form;
	}

	private void chosen(PeriodChoice chosen) {
		this.year = chosen.statYear();
		this.choice = chosen.code();
	}

	ReportOptions options() {
		return new ReportOptions(null, this.basis, this.date);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getAgency() {
		return this.agency;
	}

	public void setAgency(String agency) {
		this.agency = agency;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getChoice() {
		return this.choice;
	}

	public void setChoice(String choice) {
		this.choice = choice;
	}

	public String getBasis() {
		return this.basis;
	}

	public void setBasis(String basis) {
		this.basis = basis;
	}

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getFormat() {
		return this.format;
	}

	public void setFormat(String format) {
		this.format = format;
	}

}
