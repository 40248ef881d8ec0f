package vn.thads.portal.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;
import vn.thads.portal.shared.NotFoundException;

/**
 * Creates, edits and deactivates agencies, keeping the tree sound: unique fixed codes, a
 * child's level below its parent's, no cycles, one central root.
 */
@Service
@Transactional
public class AgencyAdministration {

	private final AgencyRepository agencies;

	/** As the columns {@code agency.name} and {@code agency.short_name}. */
	public static final int MAX_NAME = 200;

	public static final int MAX_SHORT_NAME = 100;

	AgencyAdministration(AgencyRepository agencies) {
		this.agencies = agencies;
	}

	public AgencyRef create(AgencyCommand command) {
		AgencyDirectory.forgetLineage();
		List<FieldProblem> problems = new ArrayList<>();
		String code = normalizedCode(command.code());
		if (code == null) {
			problems.add(FieldProblem.of("code", "agency.code.required"));
		}
		else if (!code.matches("[A-Z0-9]+(-[A-Z0-9]+)*") || code.length() > 20) {
			problems.add(FieldProblem.of("code", "agency.code.format"));
		}
		else if (this.agencies.existsByCode(code)) {
			problems.add(FieldProblem.of("code", "agency.code.taken", code));
		}
		Agency parent = checkCommon(command, null, problems);
		throwIfAny(problems);
		Agency agency = new Agency(code, command.name(), command.shortName(), command.level(), parent,
				command.validFrom());
		agency.setValidity(command.validFrom(), command.validTo());
		agency = this.agencies.save(agency);
		replacePredecessors(agency, command.predecessorCodes());
		return agency.toRef();
	}

	public AgencyRef update(String code, AgencyCommand command) {
		AgencyDirectory.forgetLineage();
		Agency agency = this.agencies.findByCode(code).orElseThrow(() -> new NotFoundException("No agency " + code));
		if (command.version() == null || command.version() != agency.getVersion()) {
			throw new OptimisticLockingFailureException("Agency " + code + " changed since it was read");
		}
		List<FieldProblem> problems = new ArrayList<>();
		Agency parent = checkCommon(command, agency, problems);
		for (Agency child : this.agencies.findChildren(agency.getId())) {
			if (command.level() != null && !child.getLevel().isBelow(command.level())) {
				problems.add(FieldProblem.of("level", "agency.level.aboveChildren", child.getCode()));
				break;
			}
		}
		throwIfAny(problems);
		if (!Objects.equals(idOf(parent), idOf(agency.getParent()))) {
			// re-root the whole subtree in SQL first: that statement clears the
			// persistence
			// context, so the agency and its new parent are read again afterwards
			this.agencies.movePaths(agency.getPath(), Agency.pathOf(parent, agency.getCode()));
			agency = this.agencies.findByCode(code).orElseThrow();
			parent = (parent != null) ? this.agencies.findByCode(parent.getCode()).orElseThrow() : null;
			agency.moveUnder(parent);
		}
		agency.rename(command.name(), command.shortName());
		agency.changeLevel(command.level());
		agency.setValidity(command.validFrom(), command.validTo());
		agency = this.agencies.saveAndFlush(agency);
		replacePredecessors(agency, command.predecessorCodes());
		return agency.toRef();
	}

	/** Ends an agency's validity: it no longer reports after {@code validTo}. */
	public AgencyRef deactivate(String code, LocalDate validTo) {
		AgencyDirectory.forgetLineage();
		Agency agency = this.agencies.findByCode(code).orElseThrow(() -> new NotFoundException("No agency " + code));
		AgencyRef current = agency.toRef();
		if (validTo == null) {
			throw new InvalidInputException(FieldProblem.of("validTo", "agency.validTo.required"));
		}
		if (validTo.isBefore(current.validFrom())) {
			throw new InvalidInputException(FieldProblem.of("validTo", "agency.validTo.beforeFrom"));
		}
		agency.setValidity(current.validFrom(), validTo);
		return agency.toRef();
	}

	/**
	 * Gives the agency a name from {@code from} on (a rename), or corrects the name that
	 * took effect that day; the name history is kept (domain.md §1a).
	 */
	public AgencyRef nameFrom(String code, LocalDate from, String name, String shortName) {
		AgencyDirectory.forgetLineage();
		Agency agency = this.agencies.findByCode(code).orElseThrow(() -> new NotFoundException("No agency " + code));
		List<FieldProblem> problems = new ArrayList<>();
		checkNames(name, shortName, problems);
		if (from == null) {
			problems.add(FieldProblem.of("validFrom", "agency.validFrom.required"));
		}
		throwIfAny(problems);
		agency.nameFrom(from.isBefore(agency.toRef().validFrom()) ? agency.toRef().validFrom() : from, name.trim(),
				shortName.trim());
		return this.agencies.saveAndFlush(agency).toRef();
	}

	/**
	 * Makes {@code successorCode} the successor {@code predecessorCode} is counted under
	 * (its primary link, domain.md §1a); the link must exist.
	 */
	public void setPrimarySuccessor(String predecessorCode, String successorCode) {
		AgencyDirectory.forgetLineage();
		Agency predecessor = this.agencies.findByCode(predecessorCode)
			.orElseThrow(() -> new NotFoundException("No agency " + predecessorCode));
		Agency successor = this.agencies.findByCode(successorCode)
			.orElseThrow(() -> new NotFoundException("No agency " + successorCode));
		this.agencies.clearPrimarySuccessor(predecessor.getId());
		if (this.agencies.markPrimarySuccessor(predecessor.getId(), successor.getId()) == 0) {
			throw new InvalidInputException(
					FieldProblem.of("primarySuccessor", "agency.primarySuccessor.notLinked", successorCode));
		}
	}

	/**
	 * Links {@code predecessorCode} to {@code successorCode} unless they are linked
	 * already, keeping every other link; the new link is primary unless the predecessor
	 * is already counted under another successor (as in {@link #update}).
	 * @return whether a link was added
	 */
	public boolean link(String predecessorCode, String successorCode) {
		Agency predecessor = this.agencies.findByCode(normalizedCode(predecessorCode)).orElse(null);
		Agency successor = this.agencies.findByCode(normalizedCode(successorCode))
			.orElseThrow(() -> new NotFoundException("No agency " + successorCode));
		if (predecessor == null || predecessor.getId().equals(successor.getId())) {
			throw new InvalidInputException(
					FieldProblem.of("predecessorCodes", "agency.predecessor.invalid", predecessorCode));
		}
		if (this.agencies.isLinked(predecessor.getId(), successor.getId())) {
			return false;
		}
		this.agencies.insertSuccession(predecessor.getId(), successor.getId(),
				!this.agencies.hasPrimarySuccessor(predecessor.getId()));
		return true;
	}

	private Agency checkCommon(AgencyCommand command, Agency self, List<FieldProblem> problems) {
		checkNames(command.name(), command.shortName(), problems);
		if (command.validFrom() == null) {
			problems.add(FieldProblem.of("validFrom", "agency.validFrom.required"));
		}
		else if (command.validTo() != null && command.validTo().isBefore(command.validFrom())) {
			problems.add(FieldProblem.of("validTo", "agency.validTo.beforeFrom"));
		}
		if (command.level() == null) {
			problems.add(FieldProblem.of("level", "agency.level.required"));
			return null;
		}
		String parentCode = normalizedCode(command.parentCode());
		if (parentCode == null) {
			if (command.level() != AgencyLevel.CENTRAL) {
				problems.add(FieldProblem.of("parentCode", "agency.parent.required"));
			}
			return null;
		}
		Agency parent = this.agencies.findByCode(parentCode).orElse(null);
		if (parent == null) {
			problems.add(FieldProblem.of("parentCode", "agency.parent.unknown", parentCode));
			return null;
		}
		if (self != null && parent.getPath().startsWith(self.getPath())) {
			problems.add(FieldProblem.of("parentCode", "agency.parent.cycle", parentCode));
		}
		else if (!command.level().isBelow(parent.getLevel())) {
			problems.add(FieldProblem.of("level", "agency.level.notBelowParent", parent.getCode()));
		}
		return parent;
	}

	/**
	 * Both names are required and fit their columns ({@code agency.name},
	 * {@code short_name}).
	 */
	private static void checkNames(String name, String shortName, List<FieldProblem> problems) {
		if (isBlank(name)) {
			problems.add(FieldProblem.of("name", "agency.name.required"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(FieldProblem.of("name", "agency.name.tooLong", MAX_NAME));
		}
		if (isBlank(shortName)) {
			problems.add(FieldProblem.of("shortName", "agency.shortName.required"));
		}
		else if (shortName.length() > MAX_SHORT_NAME) {
			problems.add(FieldProblem.of("shortName", "agency.shortName.tooLong", MAX_SHORT_NAME));
		}
	}

	private void replacePredecessors(Agency successor, List<String> predecessorCodes) {
		this.agencies.deletePredecessors(successor.getId());
		List<FieldProblem> problems = new ArrayList<>();
		for (String raw : predecessorCodes) {
			String code = normalizedCode(raw);
			if (code == null) {
				continue;
			}
			Agency predecessor = this.agencies.findByCode(code).orElse(null);
			if (predecessor == null || predecessor.getId().equals(successor.getId())) {
				problems.add(FieldProblem.of("predecessorCodes", "agency.predecessor.invalid", code));
			}
			else {
				// counted here unless it is already counted under another successor
				this.agencies.insertSuccession(predecessor.getId(), successor.getId(),
						!this.agencies.hasPrimarySuccessor(predecessor.getId()));
			}
		}
		throwIfAny(problems);
	}

	private static Long idOf(Agency agency) {
		return (agency != null) ? agency.getId() : null;
	}

	private static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static String normalizedCode(String code) {
		return isBlank(code) ? null : code.trim().toUpperCase(Locale.ROOT);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
