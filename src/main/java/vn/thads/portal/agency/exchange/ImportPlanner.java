package vn.thads.portal.agency.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyLineage;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.exchange.PlannedAgency.NameRow;

/**
 * Reads the rows of an agency tree file into one {@link PlannedAgency} per code and
 * checks everything that can be checked before anything is written: formats, rows of one
 * agency that disagree, parents, levels, cycles, links. Parents may come after their
 * children in the file; the plan lists parents first.
 */
final class ImportPlanner {

	private final AgencyLineage lineage;

	private final Map<String, AgencyRef> existing;

	private final Map<String, PlannedAgency> planned = new LinkedHashMap<>();

	private final List<RowProblem> problems = new ArrayList<>();

	/** Agencies with a problem in a row already: not reported again as incomplete. */
	private final Set<String> faulty = new HashSet<>();

	private ImportPlanner(AgencyLineage lineage) {
		this.lineage = lineage;
		this.existing = lineage.all().stream().collect(Collectors.toMap(AgencyRef::code, Function.identity()));
	}

	record Plan(List<PlannedAgency> agencies, List<RowProblem> problems, Map<String, AgencyRef> existing) {
	}

	static Plan plan(List<AgencyTreeRow> rows, AgencyLineage lineage) {
		ImportPlanner planner = new ImportPlanner(lineage);
		rows.forEach(planner::read);
		planner.planned.values().forEach(planner::complete);
		planner.planned.values().forEach(planner::check);
		List<PlannedAgency> ordered = planner.problems.isEmpty() ? planner.parentsFirst() : List.of();
		return new Plan(ordered, List.copyOf(planner.problems), planner.existing);
	}

	private void read(AgencyTreeRow r) {
		int row = r.row();
		String code = Cells.code(r.code());
		if (code == null) {
			problem(row, "exchange.code.required");
			return;
		}
		if (!Cells.isCode(code)) {
			problem(row, "exchange.code.format", r.code());
			return;
		}
		PlannedAgency a = this.planned.computeIfAbsent(code, (c) -> new PlannedAgency(c, row));
		int before = this.problems.size();
		if (!r.level().isBlank()) {
			AgencyLevel level = Cells.level(r.level());
			if (level == null) {
				problem(row, "exchange.level.bad", r.level());
			}
			a.level = agree(a.level, level, row, "level");
		}
		if (!r.parent().isBlank()) {
			String parent = Cells.code(r.parent());
			if (!Cells.isCode(parent)) {
				problem(row, "exchange.code.format", r.parent());
			}
			a.parent = agree(a.parent, parent, row, "parent");
		}
		a.validFrom = agree(a.validFrom, date(r.validFrom(), row, "validFrom"), row, "validFrom");
		a.validTo = agree(a.validTo, date(r.validTo(), row, "validTo"), row, "validTo");
		for (String predecessor : r.predecessors().split("[;,\\s]+")) {
			String p = Cells.code(predecessor);
			if (p != null && !Cells.isCode(p)) {
				problem(row, "exchange.code.format", predecessor);
			}
			else if (p != null) {
				a.predecessors.add(p);
			}
		}
		String successor = Cells.code(r.primarySuccessor());
		if (successor != null && a.primarySuccessor != null && !successor.equals(a.primarySuccessor)) {
			problem(row, "exchange.primarySuccessor.two", code, a.primarySuccessor, successor);
		}
		else if (successor != null) {
			a.primarySuccessor = successor;
		}
		if (r.name().isBlank()) {
			problem(row, "exchange.name.required");
		}
		else {
			a.nameRows.add(new NameRow(row, date(r.nameValidFrom(), row, "nameValidFrom"), r.name().trim(),
					r.shortName().isBlank() ? null : r.shortName().trim()));
		}
		if (this.problems.size() > before) {
			this.faulty.add(code);
		}
	}

	/** What the file leaves empty for a known agency stays as it is. */
	private void complete(PlannedAgency a) {
		AgencyRef known = this.existing.get(a.code);
		if (known != null) {
			a.level = (a.level != null) ? a.level : known.level();
			a.parent = (a.parent != null) ? a.parent : known.parentCode();
			a.validFrom = (a.validFrom != null) ? a.validFrom : known.validFrom();
			a.validTo = (a.validTo != null) ? a.validTo : known.validTo();
		}
	}

	private void check(PlannedAgency a) {
		int row = a.firstRow;
		if (a.level == null && !this.faulty.contains(a.code)) {
			problem(row, "exchange.level.required", a.code);
		}
		if (a.validFrom == null) {
			if (!this.faulty.contains(a.code)) {
				problem(row, "exchange.validFrom.required", a.code);
			}
			return;
		}
		if (a.validTo != null && a.validTo.isBefore(a.validFrom)) {
			problem(row, "exchange.validTo.beforeFrom", a.code);
		}
		checkNames(a);
		checkParent(a);
		for (String p : a.predecessors) {
			if (p.equals(a.code) || (!this.planned.containsKey(p) && !this.existing.containsKey(p))) {
				problem(row, "exchange.predecessor.unknown", p);
			}
		}
		if (a.primarySuccessor != null && !isLinked(a.code, a.primarySuccessor)) {
			problem(row, "exchange.primarySuccessor.notLinked", a.primarySuccessor, a.code);
		}
	}

	private void checkNames(PlannedAgency a) {
		for (NameRow n : a.nameRows) {
			LocalDate from = (n.from() != null) ? n.from() : a.validFrom;
			if (from.isBefore(a.validFrom)) {
				problem(n.row(), "exchange.nameValidFrom.beforeFrom", a.code);
			}
			else if (a.validTo != null && from.isAfter(a.validTo)) {
				problem(n.row(), "exchange.nameValidFrom.afterTo", a.code);
			}
			else if (a.names.containsKey(from) && !a.names.get(from).equals(n.name())) {
				problem(n.row(), "exchange.name.twice", a.code, from);
			}
			else {
				a.names.put(from, n.name());
				if (n.shortName() != null) {
					a.shortNames.put(from, n.shortName());
				}
			}
		}
	}

	private void checkParent(PlannedAgency a) {
		if (a.level == null) {
			return;
		}
		if (a.parent == null) {
			if (a.level != AgencyLevel.CENTRAL) {
				problem(a.firstRow, "exchange.parent.required", a.code);
			}
			return;
		}
		AgencyLevel parentLevel = levelOf(a.parent);
		if (parentLevel == null) {
			problem(a.firstRow, "exchange.parent.unknown", a.parent);
		}
		else if (isUnder(a.parent, a.code)) {
			problem(a.firstRow, "exchange.parent.cycle", a.code, a.parent);
		}
		else if (!a.level.isBelow(parentLevel)) {
			problem(a.firstRow, "exchange.level.notBelowParent", a.code, a.level, a.parent, parentLevel);
		}
		AgencyRef known = this.existing.get(a.code);
		if (known != null && a.level != known.level()) {
			for (AgencyRef child : this.lineage.children(known)) {
				PlannedAgency moved = this.planned.get(child.code());
				boolean stillChild = moved == null || a.code.equals(moved.parent);
				AgencyLevel childLevel = (moved != null && moved.level != null) ? moved.level : child.level();
				if (stillChild && !childLevel.isBelow(a.level)) {
					problem(a.firstRow, "exchange.level.aboveChildren", a.code, child.code());
					break;
				}
			}
		}
	}

	/** Whether {@code code} is {@code ancestor} or below it, once the file is applied. */
	private boolean isUnder(String code, String ancestor) {
		Set<String> seen = new HashSet<>();
		for (String at = code; at != null && seen.add(at); at = parentOf(at)) {
			if (at.equals(ancestor)) {
				return true;
			}
		}
		return false;
	}

	private String parentOf(String code) {
		PlannedAgency a = this.planned.get(code);
		if (a != null) {
			return a.parent;
		}
		AgencyRef known = this.existing.get(code);
		return (known != null) ? known.parentCode() : null;
	}

	private AgencyLevel levelOf(String code) {
		PlannedAgency a = this.planned.get(code);
		if (a != null && a.level != null) {
			return a.level;
		}
		AgencyRef known = this.existing.get(code);
		return (known != null) ? known.level() : null;
	}

	private boolean isLinked(String predecessor, String successor) {
		PlannedAgency s = this.planned.get(successor);
		if (s != null && s.predecessors.contains(predecessor)) {
			return true;
		}
		AgencyRef known = this.existing.get(successor);
		return known != null && this.lineage.predecessors(known).stream().anyMatch((p) -> p.code().equals(predecessor));
	}

	private List<PlannedAgency> parentsFirst() {
		List<PlannedAgency> ordered = new ArrayList<>();
		Set<String> done = new HashSet<>();
		for (PlannedAgency a : this.planned.values()) {
			addAfterParent(a, ordered, done);
		}
		return ordered;
	}

	private void addAfterParent(PlannedAgency a, List<PlannedAgency> ordered, Set<String> done) {
		if (!done.add(a.code)) {
			return;
		}
		PlannedAgency parent = (a.parent != null) ? this.planned.get(a.parent) : null;
		if (parent != null) {
			addAfterParent(parent, ordered, done);
		}
		ordered.add(a);
	}

	private <T> T agree(T current, T value, int row, String column) {
		if (current != null && value != null && !current.equals(value)) {
			problem(row, "exchange.row.conflict", column);
			return current;
		}
		return (value != null) ? value : current;
	}

	private LocalDate date(String text, int row, String column) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate day = Cells.date(text);
		if (day == null) {
			problem(row, "exchange.date.bad", column, text);
		}
		return day;
	}

	private void problem(int row, String code, Object... arguments) {
		this.problems.add(RowProblem.of(row, code, arguments));
	}

}
