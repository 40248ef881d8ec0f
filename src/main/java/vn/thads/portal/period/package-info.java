/**
 * The statistical calendar (domain.md §2): the statistical year from 1 October to 30
 * September named by the year it ends, monthly periods cumulative from its start, named
 * periods (quarters, 6, 9, 10 months, the year), the same period last year, and due dates
 * in working days. Pure value objects plus one settings bean.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistical calendar", allowedDependencies = "shared")
package vn.thads.portal.period;
