package vn.thads.portal.returns;

import java.util.List;

/**
 * What a successor's returns start from in a statistical year that began before it
 * existed (domain.md §1a, returns across the switch): the sum of its primary
 * predecessors' last own returns of that year, taken before the successor's first day.
 * The year's figures are cumulative from 1 October, so its first return goes on from
 * here; a predecessor split between several successors is counted whole under its primary
 * successor only, the others start from zero.
 *
 * @param from the codes of the predecessors whose returns were taken, by code
 * @param figures their sum, both forms
 */
public record InheritedBase(List<String> from, ReturnFigures figures) {

	public InheritedBase {
		from = List.copyOf(from);
	}

	/** {@code KG-RG, KG-HT}: how pages and the audit name where the base came from. */
	public String fromText() {
		return String.join(", ", this.from);
	}

}
