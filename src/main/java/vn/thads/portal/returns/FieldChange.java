package vn.thads.portal.returns;

/**
 * One figure changed by one event of a return's history.
 *
 * @param field the API's path of the figure ({@code cases.completed})
 * @param from the value before, null when the return was created
 * @param to the value after
 */
public record FieldChange(String field, Long from, Long to) {

}
