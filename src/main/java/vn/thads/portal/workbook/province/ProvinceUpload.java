package vn.thads.portal.workbook.province;

import java.util.List;

/**
 * The dry run of a province workbook: every return of the province's month, what the file
 * does to it, and what is wrong with the file as a whole.
 *
 * @param checksum SHA-256 of the file, hexadecimal
 * @param errors problems with the file as a whole (no sheet the portal can read, …)
 */
public record ProvinceUpload(ProvinceMonth month, String filename, String checksum, ProvinceLayout layout,
		List<OfficeResult> offices, List<OfficeResult.Note> errors) {

	public ProvinceUpload {
		offices = List.copyOf(offices);
		errors = List.copyOf(errors);
	}

	/** Any error anywhere: nothing may be saved. */
	public boolean hasErrors() {
		return !this.errors.isEmpty() || this.offices.stream().anyMatch((o) -> !o.errors().isEmpty());
	}

	public List<OfficeResult> changed() {
		return this.offices.stream().filter((o) -> o.outcome() == OfficeResult.Outcome.CHANGED).toList();
	}

	/** The agency codes of the returns with the outcome named, in the month's order. */
	public List<String> codes(String outcome) {
		return this.offices.stream()
			.filter((o) -> o.outcome().name().equals(outcome))
			.map((o) -> o.agency().code())
			.toList();
	}

	/** How many returns the upload leaves with the outcome named ({@code CHANGED}, …). */
	public long count(String outcome) {
		return this.offices.stream().filter((o) -> o.outcome().name().equals(outcome)).count();
	}

}
