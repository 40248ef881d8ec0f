package vn.thads.portal.report.web;

import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;
import vn.thads.portal.report.ReportRequest;
import vn.thads.portal.stats.Basis;

/**
 * The links of a report: its print view {@code /reports/KG/2022-09?kind=quarter}, its PDF
 * and workbook ({@code ….pdf}, {@code ….xlsx}) with the same choices, and the selection
 * page set to them. Context-relative: templates write them with {@code @{…}}.
 */
final class ReportLinks {

	static final String PDF = "pdf";

	static final String XLSX = "xlsx";

	private ReportLinks() {
	}

	/**
	 * @param format {@value #PDF}, {@value #XLSX}, or anything else for the print view
	 */
	static String of(ReportRequest request, String format) {
		String suffix = (PDF.equals(format) || XLSX.equals(format)) ? "." + format : "";
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/reports/{agency}/{period}" + suffix)
			.queryParam("kind", request.kind().code());
		if (request.basis() == Basis.APPROVED) {
			link.queryParam("basis", request.basis().name().toLowerCase(Locale.ROOT));
		}
		if (request.dateChosen()) {
			link.queryParam("date", request.date());
		}
		return link.buildAndExpand(request.agency().code(), request.period().code()).encode().toUriString();
	}

	/** The selection page with this report's choices. */
	static String selection(ReportRequest request) {
		ReportChoiceForm form = ReportChoiceForm.of(request);
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/reports")
			.queryParam("agency", form.getAgency())
			.queryParam("year", form.getYear())
			.queryParam("choice", form.getChoice())
			.queryParam("basis", form.getBasis());
		if (form.getDate() != null) {
			link.queryParam("date", form.getDate());
		}
		return link.encode().toUriString();
	}

}
