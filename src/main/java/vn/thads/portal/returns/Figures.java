package vn.thads.portal.returns;

import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.Embeddable;
import vn.thads.portal.shared.Percent;

/**
 * The entered figures of one form (domain.md §3), cumulative from the start of the
 * statistical year. Whole numbers: cases, or money in thousand đồng. {@link #derive()} is
 * the only place where the derived rows are computed; pages, API, reports and the
 * statistics engine all call it.
 */
@Embeddable
public record Figures(long carriedOver, long newlyAccepted, long entrusted, long withdrawn, long withoutConditions,
		long completed, long terminated, long reduced, long inProgress, long postponed, long suspended, long other) {

	public static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	/** The largest figure anyone may enter: 10^15 (domain.md §3, rule 1). */
	public static final long MAX = 1_000_000_000_000_000L;

	/** Builds figures from entered columns; absent columns are 0. */
	public static Figures of(Map<FormColumn, Long> values) {
		return new Figures(get(values, FormColumn.CARRIED_OVER), get(values, FormColumn.NEWLY_ACCEPTED),
				get(values, FormColumn.ENTRUSTED), get(values, FormColumn.WITHDRAWN),
				get(values, FormColumn.WITHOUT_CONDITIONS), get(values, FormColumn.COMPLETED),
				get(values, FormColumn.TERMINATED), get(values, FormColumn.REDUCED),
				get(values, FormColumn.IN_PROGRESS), get(values, FormColumn.POSTPONED),
				get(values, FormColumn.SUSPENDED), get(values, FormColumn.OTHER));
	}

	private static long get(Map<FormColumn, Long> values, FormColumn column) {
		Long value = values.get(column);
		return (value != null) ? value : 0;
	}

	/** The value of an entered column. */
	public long get(FormColumn column) {
		return switch (column) {
			case CARRIED_OVER -> this.carriedOver;
			case NEWLY_ACCEPTED -> this.newlyAccepted;
			case ENTRUSTED -> this.entrusted;
			case WITHDRAWN -> this.withdrawn;
			case WITHOUT_CONDITIONS -> this.withoutConditions;
			case COMPLETED -> this.completed;
			case TERMINATED -> this.terminated;
			case REDUCED -> this.reduced;
			case IN_PROGRESS -> this.inProgress;
			case POSTPONED -> this.postponed;
			case SUSPENDED -> this.suspended;
			case OTHER -> this.other;
			default -> throw new IllegalArgumentException(column + " is not an entered column");
		};
	}

	/** The entered columns and their values, in form order. */
	public Map<FormColumn, Long> asMap() {
		Map<FormColumn, Long> values = new EnumMap<>(FormColumn.class);
		for (FormColumn column : FormColumn.ENTERED) {
			values.put(column, get(column));
		}
		return values;
	}

	/** These figures with one entered column replaced. */
	public Figures with(FormColumn column, long value) {
		Map<FormColumn, Long> values = asMap();
		values.put(column, value);
		return of(values);
	}

	/** Column by column sum: an agency's figures plus its units'. */
	public Figures plus(Figures other) {
		Map<FormColumn, Long> values = asMap();
		other.asMap().forEach((column, value) -> values.merge(column, value, Long::sum));
		return of(values);
	}

	/**
	 * Column by column difference. Figures are cumulative, so
	 * {@code month.minus(previous)} is the flow of the month alone (domain.md §2).
	 */
	public Figures minus(Figures other) {
		Map<FormColumn, Long> values = asMap();
		other.asMap().forEach((column, value) -> values.merge(column, -value, Long::sum));
		return of(values);
	}

	/**
	 * The derived rows of the form (domain.md §3): C = A + B; F = C − D − E; G = G1 + … +
	 * G7; X = G1 + G2 + G3; K = F − X; K1 = G − X; R = X / G × 100; G/F × 100. Rates are
	 * half-up to 2 decimals and null when the denominator is 0. The same formulas, as
	 * data, are {@link FormColumn#formula()}: the legends and spreadsheet formulas come
	 * from those, and a property test (FormulaTests) holds both equal on any figures.
	 * This stays plain arithmetic because the engine derives every row of every table.
	 */
	public Derived derive() {
		long totalAccepted = this.carriedOver + this.newlyAccepted;
		long mustEnforce = totalAccepted - this.entrusted - this.withdrawn;
		long withConditions = this.completed + this.terminated + this.reduced + this.inProgress + this.postponed
				+ this.suspended + this.other;
		long resolved = this.completed + this.terminated + this.reduced;
		return new Derived(totalAccepted, mustEnforce, withConditions, resolved, mustEnforce - resolved,
				withConditions - resolved, Percent.of(resolved, withConditions),
				Percent.of(withConditions, mustEnforce));
	}

}
