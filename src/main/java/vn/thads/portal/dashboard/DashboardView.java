package vn.thads.portal.dashboard;

import java.util.List;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Form;
import vn.thads.portal.stats.Basis;
import vn.thads.portal.stats.CategoryStats;
import vn.thads.portal.stats.Trend;
import vn.thads.portal.stats.UnitState;

/**
 * Everything a dashboard page shows, filled from the engine: the agency and the way down
 * to it, the period selector, a headline card per form, the units table (none for a local
 * unit, which has no units), reporting completeness, the trend and the charts' data.
 *
 * @param trail the agencies above this one that the user may open, top first
 * @param units the units table; null on a local unit's page
 * @param ownReturn the state of the agency's own return; null when none is expected
 * @param counted the period has counted returns (else the page says nothing was reported)
 * @param chartJson the charts' data, the page's data-charts attribute
 * @param companions the companion forms' card (issue 14), this period against the same
 * period last year
 */
public record DashboardView(AgencyRef agency, List<AgencyRef> trail, PeriodChoice periods, Basis basis, Headline cases,
		Headline money, UnitsTable units, CompletenessView completeness, UnitState ownReturn, boolean counted,
		Trend trend, String chartJson, Lineage lineage, String unitsTitle, List<CategoryStats> categories,
		CompanionCard companions) {

	/**
	 * The categories with figures for the period (issue 14), for the category card: "tín
	 * dụng, ngân hàng: 29,24 % việc, 27,69 % tiền, chiếm 47,40 % số tiền phải thi hành".
	 */
	public List<CategoryStats> categoriesShown() {
		return this.categories.stream().filter(CategoryStats::hasFigures).toList();
	}

	/**
	 * The agency across the 2025 switch (domain.md §1a).
	 *
	 * @param counted for a period before the agency existed, the predecessors whose
	 * figures it shows (each opens its own dashboard); empty otherwise
	 * @param successor for a closed agency, the one it is counted under today; else null
	 */
	public record Lineage(List<AgencyRef> counted, AgencyRef successor) {

	}

	public static final List<Form> FORMS = List.of(Form.CASES, Form.MONEY);

	public List<Form> forms() {
		return FORMS;
	}

	public Headline headline(Form form) {
		return (form == Form.CASES) ? this.cases : this.money;
	}

	/** The whole country: its units are provinces. */
	public boolean national() {
		return this.agency.level() == AgencyLevel.CENTRAL;
	}

	/** A local unit: its own return, its trend, no units table. */
	public boolean unit() {
		return this.units == null;
	}

	/** {@code approved} when only approved returns are counted, for links; else null. */
	public String basisParameter() {
		return (this.basis == Basis.APPROVED) ? "approved" : null;
	}

	/** This agency's dashboard for another period, the basis kept. */
	public String periodUrl(ReportingPeriod period) {
		return dashboardUrl(this.agency.code(), period);
	}

	/** Another agency's dashboard (a unit's, drilling down) for the same period. */
	public String dashboardUrl(String agencyCode) {
		return dashboardUrl(agencyCode, this.periods.selected());
	}

	/** This dashboard counting only approved returns ({@code true}) or also submitted. */
	public String basisUrl(boolean approvedOnly) {
		return UriComponentsBuilder.fromPath("/dashboard/{agency}")
			.queryParam("period", this.periods.selected().code())
			.queryParamIfPresent("basis", Optional.ofNullable(approvedOnly ? "approved" : null))
			.buildAndExpand(this.agency.code())
			.toUriString();
	}

	/** A unit's return of the period (its entry or view page). */
	public String returnUrl(String agencyCode) {
		return UriComponentsBuilder.fromPath("/returns/{agency}/{period}")
			.buildAndExpand(agencyCode, this.periods.selected().code())
			.toUriString();
	}

	/** The months of the unit's statistical year ("my returns"). */
	public String yearUrl(String agencyCode) {
		return UriComponentsBuilder.fromPath("/returns/{agency}")
			.queryParam("year", this.periods.selected().statYear())
			.buildAndExpand(agencyCode)
			.toUriString();
	}

	/** The units table as a file: {@code csv} or {@code xlsx}. */
	public String exportUrl(String extension) {
		return UriComponentsBuilder.fromPath("/dashboard/{agency}/units." + extension)
			.queryParam("period", this.periods.selected().code())
			.queryParamIfPresent("basis", Optional.ofNullable(basisParameter()))
			.buildAndExpand(this.agency.code())
			.toUriString();
	}

	private String dashboardUrl(String agencyCode, ReportingPeriod period) {
		return UriComponentsBuilder.fromPath("/dashboard/{agency}")
			.queryParam("period", period.code())
			.queryParamIfPresent("basis", Optional.ofNullable(basisParameter()))
			.buildAndExpand(agencyCode)
			.toUriString();
	}

}
