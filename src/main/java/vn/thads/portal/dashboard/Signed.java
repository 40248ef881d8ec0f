package vn.thads.portal.dashboard;

import java.math.BigDecimal;

/**
 * A difference the engine computed (a gap to a target, a change on last year), with what
 * the page needs to word it: the direction and the size without its sign ("vượt 2,00",
 * "còn thiếu 1,60", "tăng 47,30 %"). Only the sign is read here; nothing is computed.
 *
 * @param value the engine's value, signed; null when it has none
 * @param size the value without its sign, for "còn thiếu 1,60"; null when there is none
 */
public record Signed(BigDecimal value, BigDecimal size, Sign sign) {

	public static final Signed NONE = new Signed(null, null, Sign.NONE);

	public static Signed of(BigDecimal value) {
		if (value == null) {
			return NONE;
		}
		return new Signed(value, value.abs(), Sign.of(value));
	}

	public boolean isUp() {
		return this.sign == Sign.UP;
	}

	public boolean isDown() {
		return this.sign == Sign.DOWN;
	}

	public boolean isPresent() {
		return this.sign != Sign.NONE;
	}

	/** Which way a difference goes. */
	public enum Sign {

		UP, DOWN, ZERO, NONE;

		static Sign of(BigDecimal value) {
			return switch (value.signum()) {
				case 1 -> UP;
				case -1 -> DOWN;
				default -> ZERO;
			};
		}

	}

}
