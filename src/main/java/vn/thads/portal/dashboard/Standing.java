package vn.thads.portal.dashboard;

/**
 * Where a rate stands against its target, decided from the sign of the engine's gap: the
 * colour and the word of a card, a table row, a chart bar. Reaching the target exactly
 * counts as reaching it.
 */
public enum Standing {

	/** At or above the target. */
	REACHED("standing-reached"),

	/** Below the target: the row stands out. */
	BELOW("standing-below"),

	/** No target set, or no rate (nothing enforceable): nothing to compare. */
	NONE("standing-none");

	private final String cssClass;

	Standing(String cssClass) {
		this.cssClass = cssClass;
	}

	static Standing of(Signed gap) {
		return switch (gap.sign()) {
			case UP, ZERO -> REACHED;
			case DOWN -> BELOW;
			case NONE -> NONE;
		};
	}

	public String cssClass() {
		return this.cssClass;
	}

	public boolean isBelow() {
		return this == BELOW;
	}

	/** The message key of its word: {@code dashboard.standing.BELOW}. */
	public String key() {
		return "dashboard.standing." + name();
	}

}
