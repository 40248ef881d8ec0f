package vn.thads.portal.returns.exchange;

/**
 * A problem of one row of the file, worded in the uploader's language.
 *
 * @param line the line of the file (the header is line 1; 1 for the whole file)
 * @param column the column's name in the file ({@code cases.completed}), or null
 * @param warning a warning of the entry page (rules 4–7) does not stop the import
 */
public record RowIssue(int line, String column, String message, boolean warning) {

}
