package vn.thads.portal.returns;

import jakarta.persistence.Embeddable;

/**
 * The columns of {@link ComplaintLine}'s entered lines in {@code monthly_return}, one
 * component per line code ({@link CompanionColumns}).
 */
@Embeddable
record ComplaintColumns(long complaintsReceived, long complaintsCompetent, long complaintsResolved,
		long denunciationsReceived, long denunciationsCompetent, long denunciationsResolved) {

}
