package vn.thads.portal.returns;

import jakarta.persistence.Embeddable;

/**
 * One return's citizen reception and judgments received ({@link ReceptionLine}),
 * cumulative from the start of the statistical year.
 *
 * @param visits lượt
 * @param people người
 * @param leaderVisits lượt by the agency's leaders, of {@code visits}
 * @param leaderPeople người by the agency's leaders, of {@code people}
 * @param judgmentsReceived bản án, quyết định đã nhận
 */
@Embeddable
public record Reception(long visits, long people, long leaderVisits, long leaderPeople, long judgmentsReceived) {

	public static final Reception ZERO = new Reception(0, 0, 0, 0, 0);

	public long get(ReceptionLine line) {
		return switch (line) {
			case VISITS -> this.visits;
			case PEOPLE -> this.people;
			case LEADER_VISITS -> this.leaderVisits;
			case LEADER_PEOPLE -> this.leaderPeople;
			case JUDGMENTS_RECEIVED -> this.judgmentsReceived;
		};
	}

	/** The values as every companion form's ({@link CompanionForm#RECEPTION}). */
	public CompanionValues values() {
		return CompanionColumns.read(CompanionForm.RECEPTION, this);
	}

	/** The reception of the values of {@link CompanionForm#RECEPTION}. */
	public static Reception of(CompanionValues values) {
		return (Reception) CompanionColumns.of(values);
	}

	/** Line by line sum (an agency's and its predecessors'). */
	public Reception plus(Reception other) {
		return new Reception(this.visits + other.visits, this.people + other.people,
				this.leaderVisits + other.leaderVisits, this.leaderPeople + other.leaderPeople,
				this.judgmentsReceived + other.judgmentsReceived);
	}

}
