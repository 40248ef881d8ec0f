package vn.thads.portal.returns;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The lines of the citizen-reception form (tiếp công dân, issue 14 item 2) and its
 * monthly companion, the judgments and decisions received (bản án, quyết định đã nhận):
 * all entered, cumulative from the start of the statistical year like the main forms. The
 * first of the {@link CompanionForm}s: its codes name the API fields
 * ({@code reception.leaderVisits}), the message keys and, prefixed with
 * {@code reception_}, the SQL columns.
 */
public enum ReceptionLine implements CompanionLine<ReceptionLine> {

	/** Lượt công dân được tiếp. */
	VISITS("visits"),

	/** Người (one person may come several times). */
	PEOPLE("people"),

	/** Lượt tiếp by the agency's leaders: a part of {@link #VISITS}. */
	LEADER_VISITS("leaderVisits"),

	/** Người tiếp by the agency's leaders: a part of {@link #PEOPLE}. */
	LEADER_PEOPLE("leaderPeople"),

	/** Bản án, quyết định đã nhận. */
	JUDGMENTS_RECEIVED("judgmentsReceived");

	/** The SQL columns of the lines, in form order. */
	public static final List<String> SQL_NAMES = List.of(values()).stream().map(ReceptionLine::column).toList();

	private final String code;

	ReceptionLine(String code) {
		this.code = code;
	}

	@Override
	public CompanionForm form() {
		return CompanionForm.RECEPTION;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public Formula<ReceptionLine> formula() {
		return null;
	}

	@Override
	public ReceptionLine partOf() {
		return switch (this) {
			case LEADER_VISITS -> VISITS;
			case LEADER_PEOPLE -> PEOPLE;
			default -> null;
		};
	}

	@Override
	public ReceptionLine usuallyAtLeast() {
		return (this == PEOPLE) ? VISITS : null;
	}

	/** The line of a field path ({@code reception.visits}), if it is one. */
	public static Optional<ReceptionLine> byField(String field) {
		return Arrays.stream(values()).filter((line) -> line.field().equals(field)).findFirst();
	}

}
