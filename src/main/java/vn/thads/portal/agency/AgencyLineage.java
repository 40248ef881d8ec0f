package vn.thads.portal.agency;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agency tree through time, read once: every agency with its names and every
 * successor link. The one place that answers domain.md §1a's questions: which agencies
 * make up an agency's figures for a day, who an agency's predecessors and successors are,
 * and which of today's units a present agency lists. Immutable;
 * {@link AgencyDirectory#lineage()} reads a fresh one.
 */
public final class AgencyLineage {

	private final Map<Long, AgencyRef> byId;

	private final Map<String, AgencyRef> byCode;

	private final List<AgencyRef> all;

	private final Map<Long, List<AgencyLink>> bySuccessor;

	private final Map<Long, List<AgencyLink>> byPredecessor;

	private final Map<Long, List<AgencyRef>> byParent;

	AgencyLineage(List<AgencyRef> all, List<AgencyLink> links) {
		this.all = List.copyOf(all);
		this.byId = all.stream().collect(Collectors.toMap(AgencyRef::id, Function.identity()));
		this.byCode = all.stream().collect(Collectors.toMap(AgencyRef::code, Function.identity()));
		this.bySuccessor = links.stream().collect(Collectors.groupingBy(AgencyLink::successorId));
		this.byPredecessor = links.stream().collect(Collectors.groupingBy(AgencyLink::predecessorId));
		this.byParent = all.stream()
			.filter((a) -> a.parentId() != null)
			.sorted(Comparator.comparing(AgencyRef::code))
			.collect(Collectors.groupingBy(AgencyRef::parentId));
	}

	public List<AgencyRef> all() {
		return this.all;
	}

	public Optional<AgencyRef> byId(long id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	public Optional<AgencyRef> byCode(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/** Every link into {@code successor}, primary or not. */
	public List<AgencyLink> predecessorLinks(AgencyRef successor) {
		return this.bySuccessor.getOrDefault(successor.id(), List.of());
	}

	/** Every link out of {@code predecessor}, primary or not. */
	public List<AgencyLink> successorLinks(AgencyRef predecessor) {
		return this.byPredecessor.getOrDefault(predecessor.id(), List.of());
	}

	/** The predecessors counted under {@code successor}, by code. */
	public List<AgencyRef> primaryPredecessors(AgencyRef successor) {
		return predecessorLinks(successor).stream()
			.filter(AgencyLink::primary)
			.map((l) -> this.byId.get(l.predecessorId()))
			.sorted(Comparator.comparing(AgencyRef::code))
			.toList();
	}

	/** Every predecessor of {@code successor}, primary or not, by code. */
	public List<AgencyRef> predecessors(AgencyRef successor) {
		return predecessorLinks(successor).stream()
			.map((l) -> this.byId.get(l.predecessorId()))
			.sorted(Comparator.comparing(AgencyRef::code))
			.toList();
	}

	/** The successor {@code predecessor} is counted under, if it has any. */
	public Optional<AgencyRef> primarySuccessor(AgencyRef predecessor) {
		return successorLinks(predecessor).stream()
			.filter(AgencyLink::primary)
			.map((l) -> this.byId.get(l.successorId()))
			.findFirst();
	}

	/**
	 * The agency and every predecessor counted under it, recursively (primary links):
	 * whose history is the agency's history.
	 */
	public List<AgencyRef> withPrimaryPredecessors(AgencyRef agency) {
		List<AgencyRef> result = new ArrayList<>();
		Deque<AgencyRef> todo = new ArrayDeque<>(List.of(agency));
		Set<Long> seen = new LinkedHashSet<>();
		while (!todo.isEmpty()) {
			AgencyRef next = todo.removeFirst();
			if (seen.add(next.id())) {
				result.add(next);
				todo.addAll(primaryPredecessors(next));
			}
		}
		return result;
	}

	/**
	 * The agencies whose subtrees, as they stood on {@code day}, make up {@code agency}'s
	 * figures for a period ending that day (domain.md §1a): the agency itself when it was
	 * active that day; before it existed, its primary predecessors by the same rule
	 * (recursively); nothing after it closed.
	 */
	public List<AgencyRef> countedOn(AgencyRef agency, LocalDate day) {
		List<AgencyRef> roots = new ArrayList<>();
		collect(agency, day, roots, new LinkedHashSet<>());
		return List.copyOf(roots);
	}

	private void collect(AgencyRef agency, LocalDate day, List<AgencyRef> roots, Set<Long> seen) {
		if (!seen.add(agency.id())) {
			return;
		}
		if (agency.isActiveOn(day)) {
			roots.add(agency);
		}
		else if (agency.validFrom().isAfter(day)) {
			primaryPredecessors(agency).forEach((p) -> collect(p, day, roots, seen));
		}
	}

	/**
	 * The units a units table lists under {@code agency} for a period ending {@code day}
	 * (domain.md §1a): a present agency always lists today's units, each counted by the
	 * predecessor rule; a closed one (drilled into from its successor) its own units as
	 * they were on that day.
	 */
	public List<AgencyRef> unitsListed(AgencyRef agency, LocalDate day, LocalDate today) {
		LocalDate reference = agency.isActiveOn(today) ? today : day;
		return children(agency).stream().filter((c) -> c.isActiveOn(reference)).toList();
	}

	/** The direct children of {@code parent} at any time, by code. */
	public List<AgencyRef> children(AgencyRef parent) {
		return this.byParent.getOrDefault(parent.id(), List.of());
	}

	/** The agency and all its descendants at any time, parents before children. */
	public List<AgencyRef> subtree(AgencyRef root) {
		List<AgencyRef> result = new ArrayList<>();
		Deque<AgencyRef> todo = new ArrayDeque<>(List.of(root));
		while (!todo.isEmpty()) {
			AgencyRef next = todo.removeFirst();
			result.add(next);
			children(next).forEach(todo::addLast);
		}
		return result;
	}

	/**
	 * The roots of what a user of {@code home} sees (domain.md §1a, scope): the home
	 * agency, and every predecessor of every agency in the growing scope, recursively,
	 * following every link (primary or not). Each root stands for its whole subtree.
	 */
	public List<AgencyRef> scopeRoots(AgencyRef home) {
		List<AgencyRef> roots = new ArrayList<>();
		Set<Long> seen = new LinkedHashSet<>();
		Deque<AgencyRef> todo = new ArrayDeque<>(List.of(home));
		while (!todo.isEmpty()) {
			AgencyRef root = todo.pop();
			if (roots.stream().anyMatch((r) -> r.contains(root)) || !seen.add(root.id())) {
				continue;
			}
			roots.removeIf(root::contains);
			roots.add(root);
			for (AgencyRef member : subtree(root)) {
				predecessors(member).forEach(todo::add);
			}
		}
		roots.sort(Comparator.comparing(AgencyRef::path));
		return List.copyOf(roots);
	}

}
