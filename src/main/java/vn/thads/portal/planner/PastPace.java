package vn.thads.portal.planner;

/**
 * What one form resolved per month in a past statistical year.
 *
 * @param sameMonths per month in the same months as this year so far; null without data
 * @param restOfYear per month in the months after them to the year end; null without data
 * or when no month is left
 */
public record PastPace(int statYear, Long sameMonths, Long restOfYear) {

}
