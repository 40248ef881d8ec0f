package vn.thads.portal.agency.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.thads.portal.agency.AgencyLineage;
import vn.thads.portal.agency.AgencyLink;
import vn.thads.portal.agency.AgencyName;
import vn.thads.portal.agency.AgencyRef;

/**
 * An agency with its names through time and its successor links, for the administration
 * pages (domain.md §1a). Built from a lineage read once for the whole page.
 *
 * @param closed closed before today
 * @param names oldest first, each with the last day it held (null: still in force)
 */
public record AgencyHistoryView(AgencyRef agency, boolean closed, List<NameView> names, List<LinkView> predecessors,
		List<LinkView> successors) {

	public record NameView(String name, LocalDate from, LocalDate to) {
	}

	/**
	 * @param primary the link the predecessor is counted under
	 */
	public record LinkView(String code, String name, boolean primary) {
	}

	static AgencyHistoryView of(AgencyRef agency, AgencyLineage lineage, LocalDate today) {
		List<AgencyName> names = agency.names();
		List<NameView> views = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			LocalDate to = (i + 1 < names.size()) ? names.get(i + 1).validFrom().minusDays(1) : agency.validTo();
			views.add(new NameView(names.get(i).name(), names.get(i).validFrom(), to));
		}
		return new AgencyHistoryView(agency, agency.isClosedOn(today), views,
				links(lineage.predecessorLinks(agency), true, lineage),
				links(lineage.successorLinks(agency), false, lineage));
	}

	/** The names before the current one, newest first. */
	public List<NameView> formerNames() {
		List<NameView> former = new ArrayList<>(this.names.subList(0, this.names.size() - 1));
		java.util.Collections.reverse(former);
		return former;
	}

	private static List<LinkView> links(List<AgencyLink> links, boolean toPredecessor, AgencyLineage lineage) {
		return links.stream()
			.map((l) -> lineage.byId(toPredecessor ? l.predecessorId() : l.successorId())
				.map((other) -> new LinkView(other.code(), other.name(), l.primary()))
				.orElse(null))
			.filter(java.util.Objects::nonNull)
			.sorted(Comparator.comparing(LinkView::code))
			.toList();
	}

}
