package vn.thads.portal.agency.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyLineage;
import vn.thads.portal.agency.AgencyLink;
import vn.thads.portal.agency.AgencyName;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * {@code GET /api/v1/agencies}: the agencies in the caller's scope with their names
 * through time and their successor links (api.md, Agencies). The tree is read once.
 */
@RestController
@RequestMapping("/api/v1/agencies")
class AgencyApiController {

	private final AgencyDirectory directory;

	private final AgencyScope scope;

	AgencyApiController(AgencyDirectory directory, AgencyScope scope) {
		this.directory = directory;
		this.scope = scope;
	}

	@GetMapping
	List<AgencyJson> list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String at) {
		LocalDate day = parseDay(at);
		AgencyLineage lineage = this.directory.lineage();
		return this.scope.visible(user, lineage)
			.stream()
			.filter((a) -> day == null || a.isActiveOn(day))
			.map((a) -> AgencyJson.of(a, day, lineage))
			.toList();
	}

	/** A malformed {@code at} is the caller's mistake (422 on the field), never a 500. */
	private static LocalDate parseDay(String at) {
		if (at == null || at.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(at.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(FieldProblem.of("at", "agency.api.at.invalid", at));
		}
	}

	record AgencyJson(String code, String name, AgencyLevel level, String parentCode, LocalDate validFrom,
			LocalDate validTo, List<NameJson> names, List<LinkJson> predecessors, List<LinkJson> successors) {

		static AgencyJson of(AgencyRef agency, LocalDate day, AgencyLineage lineage) {
			String name = (day != null) ? agency.nameAt(day) : agency.name();
			return new AgencyJson(agency.code(), name, agency.level(), agency.parentCode(), agency.validFrom(),
					agency.validTo(), NameJson.of(agency),
					links(lineage.predecessorLinks(agency), AgencyLink::predecessorId, lineage),
					links(lineage.successorLinks(agency), AgencyLink::successorId, lineage));
		}

		private static List<LinkJson> links(List<AgencyLink> links, Function<AgencyLink, Long> other,
				AgencyLineage lineage) {
			return links.stream()
				.map((l) -> new LinkJson(lineage.byId(other.apply(l)).map(AgencyRef::code).orElse(null), l.primary()))
				.sorted(Comparator.comparing(LinkJson::code))
				.toList();
		}

	}

	/**
	 * One name with its validity: it holds until the day before the next name took
	 * effect; the last one until the agency closed (null while it is active).
	 */
	record NameJson(String name, LocalDate validFrom, LocalDate validTo) {

		static List<NameJson> of(AgencyRef agency) {
			List<AgencyName> names = agency.names();
			List<NameJson> result = new ArrayList<>();
			for (int i = 0; i < names.size(); i++) {
				LocalDate to = (i + 1 < names.size()) ? names.get(i + 1).validFrom().minusDays(1) : agency.validTo();
				result.add(new NameJson(names.get(i).name(), names.get(i).validFrom(), to));
			}
			return result;
		}

	}

	record LinkJson(String code, boolean primary) {
	}

}
