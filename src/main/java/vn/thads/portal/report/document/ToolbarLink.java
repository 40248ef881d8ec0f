package vn.thads.portal.report.document;

/**
 * One more link on the screen toolbar of a print view (model attribute
 * {@code toolbarLinks}, a list): its id, its label's message key, where it leads.
 */
public record ToolbarLink(String id, String labelKey, String href) {

}
