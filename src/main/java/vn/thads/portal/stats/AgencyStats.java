package vn.thads.portal.stats;

import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.target.TargetRates;

/**
 * Everything the portal shows about an agency's figures for a period, as the engine
 * computed it (api.md, Statistics).
 *
 * @param agency the agency
 * @param ownReturnOnly true for the row of the agency's own return alone (the provincial
 * office's own cases), false for the agency and its whole subtree
 * @param units reporting completeness of the units summed
 * @param cases summed figures and derived rows by cases
 * @param money summed figures and derived rows by money (thousand đồng)
 * @param target the agency's targets for the statistical year; null without one
 * @param progressTarget target × months / 12, two decimals; null without a target
 * @param gap distance to the target; null without a target
 * @param previousYear the same period last year; null without data then
 * @param change change on the same period last year; null without data then
 * @param monthFlow the period's month alone
 */
public record AgencyStats(AgencyRef agency, boolean ownReturnOnly, ReportingPeriod period, Basis basis,
		UnitCounts units, FormTotals cases, FormTotals money, TargetRates target, TargetRates progressTarget, Gap gap,
		PreviousYear previousYear, Change change, MonthFlow monthFlow) {

}
