package vn.thads.portal.agency.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.dao.DataAccessException;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyCommand;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLineage;
import vn.thads.portal.agency.AgencyName;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.shared.NotFoundException;

/**
 * Applies a checked plan through {@link AgencyAdministration}, the service the pages use,
 * so that a file can never do what a page would refuse. Runs inside the caller's
 * transaction, which is rolled back on a dry run or after any problem.
 */
final class ImportRun {

	private final AgencyDirectory directory;

	private final AgencyAdministration administration;

	private final Map<String, AgencyRef> existing;

	private final AgencyLineage before;

	final Set<String> created = new TreeSet<>();

	final Set<String> renamed = new TreeSet<>();

	final Set<String> closed = new TreeSet<>();

	final Set<String> linked = new TreeSet<>();

	final Set<String> updated = new TreeSet<>();

	final List<RowProblem> problems = new ArrayList<>();

	private final Runnable checkpoint;

	/**
	 * @param checkpoint writes what is pending and forgets the entities read so far:
	 * every statement of a long import would otherwise check all of them for changes
	 * first
	 */
	ImportRun(AgencyDirectory directory, AgencyAdministration administration, AgencyLineage before,
			Map<String, AgencyRef> existing, Runnable checkpoint) {
		this.checkpoint = checkpoint;
		this.directory = directory;
		this.administration = administration;
		this.before = before;
		this.existing = existing;
	}

	void apply(List<PlannedAgency> agencies) {
		try {
			int done = 0;
			for (PlannedAgency a : agencies) {
				attempt(a, () -> createOrUpdate(a));
				if (++done % 50 == 0 && this.problems.isEmpty()) {
					this.checkpoint.run();
				}
			}
			this.checkpoint.run();
			// the links the file marks primary first: a predecessor without a primary
			// successor is counted under the first successor it is linked to
			Map<String, PlannedAgency> byCode = new HashMap<>();
			agencies.forEach((a) -> byCode.put(a.code, a));
			List<PlannedAgency> successors = agencies.stream().filter((a) -> !a.predecessors.isEmpty()).toList();
			for (boolean primaryPass : List.of(true, false)) {
				for (PlannedAgency a : successors) {
					attempt(a, () -> link(a, byCode, primaryPass));
				}
			}
			AgencyLineage linkedNow = this.directory.lineage();
			for (PlannedAgency a : agencies) {
				attempt(a, () -> countUnder(a, linkedNow));
			}
		}
		catch (DataAccessException ex) {
			// the session cannot go on after a failed statement: the whole file is
			// refused
			this.problems.add(RowProblem.of(1, "exchange.apply.failed"));
		}
	}

	private void createOrUpdate(PlannedAgency a) {
		AgencyRef known = this.existing.get(a.code);
		if (known == null) {
			create(a);
			return;
		}
		boolean closes = a.validTo != null && !a.validTo.equals(known.validTo());
		boolean changes = a.level != known.level() || !Objects.equals(a.parent, known.parentCode())
				|| !a.validFrom.equals(known.validFrom());
		if (closes || changes) {
			AgencyRef fresh = this.directory.getByCode(a.code);
			List<String> predecessors = this.before.predecessors(known).stream().map(AgencyRef::code).toList();
			this.administration.update(a.code, new AgencyCommand(a.code, fresh.name(), fresh.shortName(), a.level,
					a.parent, a.validFrom, a.validTo, predecessors, fresh.version()));
			if (closes) {
				this.closed.add(a.code);
			}
			if (changes) {
				this.updated.add(a.code);
			}
		}
		AgencyRef now = (closes || changes) ? this.directory.getByCode(a.code) : known;
		a.names.forEach((from, name) -> {
			// a name already in force that day changes nothing: importing twice is
			// harmless
			if (!now.nameAt(from).equals(name)) {
				this.administration.nameFrom(a.code, from, name, shortName(a, from, name, now));
				this.renamed.add(a.code);
			}
		});
	}

	private void create(PlannedAgency a) {
		LocalDate first = a.names.firstKey();
		String firstName = a.names.get(first);
		this.administration.create(new AgencyCommand(a.code, firstName, shortName(a, first, firstName, null), a.level,
				a.parent, a.validFrom, a.validTo, List.of(), null));
		a.names.tailMap(first, false)
			.forEach((from, name) -> this.administration.nameFrom(a.code, from, name, shortName(a, from, name, null)));
		this.created.add(a.code);
	}

	private void link(PlannedAgency a, Map<String, PlannedAgency> byCode, boolean primaryPass) {
		AgencyRef known = this.existing.get(a.code);
		Set<String> linkedBefore = new TreeSet<>();
		if (known != null) {
			this.before.predecessors(known).forEach((p) -> linkedBefore.add(p.code()));
		}
		for (String predecessor : a.predecessors) {
			if (linkedBefore.contains(predecessor)) {
				continue;
			}
			PlannedAgency p = byCode.get(predecessor);
			boolean markedPrimary = p != null && a.code.equals(p.primarySuccessor);
			if (markedPrimary == primaryPass && this.administration.link(predecessor, a.code)) {
				this.linked.add(a.code);
			}
		}
	}

	private void countUnder(PlannedAgency a, AgencyLineage lineage) {
		if (a.primarySuccessor == null) {
			return;
		}
		AgencyRef predecessor = this.existing.get(a.code);
		String current = (predecessor != null)
				? lineage.byId(predecessor.id()).flatMap(lineage::primarySuccessor).map(AgencyRef::code).orElse(null)
				: primaryOfCreated(a.code, lineage);
		if (!a.primarySuccessor.equals(current)) {
			this.administration.setPrimarySuccessor(a.code, a.primarySuccessor);
			this.linked.add(a.code);
		}
	}

	private static String primaryOfCreated(String code, AgencyLineage lineage) {
		return lineage.all()
			.stream()
			.filter((r) -> r.code().equals(code))
			.findFirst()
			.flatMap(lineage::primarySuccessor)
			.map(AgencyRef::code)
			.orElse(null);
	}

	private void attempt(PlannedAgency a, Runnable step) {
		try {
			step.run();
		}
		catch (InvalidInputException ex) {
			ex.getProblems().forEach((p) -> this.problems.add(new RowProblem(a.firstRow, p.code(), p.arguments())));
		}
		catch (NotFoundException ex) {
			this.problems.add(RowProblem.of(a.firstRow, "exchange.parent.unknown", a.code));
		}
	}

	/**
	 * The short name: as the file gives it, else the one the agency had for that name,
	 * else the name without its "Thi hành án dân sự …" prefix ("Rạch Giá").
	 */
	private static String shortName(PlannedAgency a, LocalDate from, String name, AgencyRef known) {
		String given = a.shortNames.get(from);
		if (given != null) {
			return given;
		}
		if (known != null) {
			AgencyName then = known.nameOn(from);
			if (then.name().equals(name)) {
				return then.shortName();
			}
		}
		return ShortNames.of(name);
	}

}
