package vn.thads.portal.target.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import vn.thads.portal.target.AgencyTarget;
import vn.thads.portal.target.TargetEntry;
import vn.thads.portal.target.TargetSheet;

/**
 * The targets page's form: one row per unit, rates kept as typed so that a mistake stays
 * on screen next to its message.
 */
public class TargetSheetForm {

	private String agency;

	private int year;

	private List<Row> rows = new ArrayList<>();

	/** The sheet's stored values, rates written as {@code format} shows them (81,50). */
	static TargetSheetForm of(TargetSheet sheet, Function<BigDecimal, String> format) {
		TargetSheetForm form = new TargetSheetForm();
		form.agency = sheet.parent().code();
		form.year = sheet.statYear();
		for (AgencyTarget target : sheet.rows()) {
			Row row = new Row();
			row.setAgencyCode(target.agency().code());
			if (target.isSet()) {
				row.setCasesRate(format.apply(target.rates().casesRate()));
				row.setMoneyRate(format.apply(target.rates().moneyRate()));
				row.setVersion(target.version());
			}
			form.rows.add(row);
		}
		return form;
	}

	List<TargetEntry> entries() {
		return this.rows.stream()
			.map((row) -> new TargetEntry(row.getAgencyCode(), row.getCasesRate(), row.getMoneyRate(),
					row.getVersion()))
			.toList();
	}

	public String getAgency() {
		return this.agency;
	}

	public void setAgency(String agency) {
		this.agency = agency;
	}

	public int getYear() {
		return this.year;
	}

	public void setYear(int year) {
		this.year = year;
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One unit's row. */
	public static class Row {

		private String agencyCode;

		private String casesRate;

		private String moneyRate;

		private Long version;

		public String getAgencyCode() {
			return this.agencyCode;
		}

		public void setAgencyCode(String agencyCode) {
			this.agencyCode = agencyCode;
		}

		public String getCasesRate() {
			return this.casesRate;
		}

		public void setCasesRate(String casesRate) {
			this.casesRate = casesRate;
		}

		public String getMoneyRate() {
			return this.moneyRate;
		}

		public void setMoneyRate(String moneyRate) {
			this.moneyRate = moneyRate;
		}

		public Long getVersion() {
			return this.version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

}
