package vn.thads.portal.stats;

import java.util.List;

/**
 * An agency's figures and the rows that make them up, for dashboards' units tables and
 * printed reports: the agency's own return alone first, then one row per direct unit (its
 * whole subtree) by code. The rows add up to {@code total}.
 */
public record UnitBreakdown(AgencyStats total, List<AgencyStats> units) {

}
