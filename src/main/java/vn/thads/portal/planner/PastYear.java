package vn.thads.portal.planner;

/**
 * One of the last three statistical years of one form: where it stood at the end of the
 * same month as the period planned, and at the end of that year.
 */
public record PastYear(int statYear, Standing sameMonth, Standing yearEnd) {

}
