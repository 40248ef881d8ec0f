package vn.thads.portal.returns;

import jakarta.persistence.Embeddable;

/**
 * The columns of {@link AdminJudgmentLine}'s entered lines in {@code monthly_return}, one
 * component per line code ({@link CompanionColumns}).
 */
@Embeddable
record AdminJudgmentColumns(long carriedOver, long received, long completed) {

}
