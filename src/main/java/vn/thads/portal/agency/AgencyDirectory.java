package vn.thads.portal.agency;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.shared.DataVersion;
import vn.thads.portal.shared.NotFoundException;

/** Reads the agency tree. Everything it returns is an immutable {@link AgencyRef}. */
@Service
@Transactional(readOnly = true)
public class AgencyDirectory {

	private final AgencyRepository agencies;

	private final DataVersion dataVersion;

	/**
	 * The lineage last read, with the data version it was read at (any node's write moves
	 * it).
	 */
	private volatile Kept kept;

	AgencyDirectory(AgencyRepository agencies, DataVersion dataVersion) {
		this.agencies = agencies;
		this.dataVersion = dataVersion;
	}

	public Optional<AgencyRef> findByCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String normalized = code.toUpperCase(java.util.Locale.ROOT);
		AgencyLineage kept = keptLineage();
		if (kept != null) {
			return kept.byCode(normalized);
		}
		return this.agencies.findByCode(normalized).map(Agency::toRef);
	}

	/**
	 * @throws NotFoundException when no agency has this code
	 */
	public AgencyRef getByCode(String code) {
		return findByCode(code).orElseThrow(() -> new NotFoundException("No agency " + code));
	}

	public AgencyRef getById(long id) {
		AgencyLineage kept = keptLineage();
		if (kept != null) {
			return kept.byId(id).orElseThrow(() -> new NotFoundException("No agency #" + id));
		}
		return this.agencies.findById(id)
			.map(Agency::toRef)
			.orElseThrow(() -> new NotFoundException("No agency #" + id));
	}

	/** Every agency, parents before children, siblings by code. */
	public List<AgencyRef> all() {
		return this.agencies.findAllInTreeOrder().stream().map(Agency::toRef).toList();
	}

	/** The agency and all its descendants, parents before children. */
	public List<AgencyRef> subtree(AgencyRef root) {
		return this.agencies.findSubtree(root.path()).stream().map(Agency::toRef).toList();
	}

	public List<AgencyRef> children(AgencyRef parent) {
		AgencyLineage kept = keptLineage();
		if (kept != null) {
			return kept.children(parent);
		}
		return this.agencies.findChildren(parent.id()).stream().map(Agency::toRef).toList();
	}

	/** The agencies this one succeeded in the 2025 reorganisation (may be several). */
	public List<AgencyRef> predecessors(AgencyRef successor) {
		return lineage().predecessors(successor);
	}

	/**
	 * The whole tree through time with its successor links, read in three statements:
	 * what every rule of domain.md §1a is answered from.
	 */
	public AgencyLineage lineage() {
		// read once per web request: scope checks ask for it several times a page
		AgencyLineage[] slot = LineagePerRequest.slot();
		if (slot == null) {
			return readLineage();
		}
		if (slot[0] == null) {
			slot[0] = readLineage();
		}
		return slot[0];
	}

	/**
	 * The lineage of the current web request: read once, on the first look-up of the
	 * request (a page asks for agencies and scope many times); null outside a request.
	 */
	private AgencyLineage keptLineage() {
		return (LineagePerRequest.slot() != null) ? lineage() : null;
	}

	/**
	 * Forgets the lineage kept for the current request: called after every change to the
	 * tree, so that the rest of the request sees it.
	 */
	static void forgetLineage() {
		LineagePerRequest.forget();
	}

	/**
	 * The lineage at the current data version: read again only after a committed change
	 * to the tree (or to returns and targets, which move the same version), so that a
	 * page does not read the national tree of some 900 agencies every time.
	 */
	private AgencyLineage readLineage() {
		OptionalLong version = this.dataVersion.current();
		Kept last = this.kept;
		if (version.isPresent() && last != null && last.version() == version.getAsLong()) {
			return last.lineage();
		}
		AgencyLineage lineage = readLineageNow();
		if (version.isPresent()) {
			this.kept = new Kept(version.getAsLong(), lineage);
		}
		return lineage;
	}

	private AgencyLineage readLineageNow() {
		List<AgencyLink> links = this.agencies.findAllLinks()
			.stream()
			.map((row) -> new AgencyLink(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
					(Boolean) row[2]))
			.toList();
		return new AgencyLineage(all(), links);
	}

	private record Kept(long version, AgencyLineage lineage) {

	}

}
