package vn.thads.portal.agency.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLineage;
import vn.thads.portal.agency.AgencyName;
import vn.thads.portal.agency.AgencyRef;

/**
 * The whole agency tree as the exchange file (api.md, Agencies): one row per agency and
 * name, parents before children, read in one go. Importing it back changes nothing.
 * Callers check that the user is an ADMIN.
 */
@Service
public class AgencyTreeExport {

	private final AgencyDirectory directory;

	AgencyTreeExport(AgencyDirectory directory) {
		this.directory = directory;
	}

	/** The CSV, UTF-8 with a BOM. */
	public byte[] csv() {
		return AgencyTreeFormat.toCsv(rows());
	}

	List<AgencyTreeRow> rows() {
		AgencyLineage lineage = this.directory.lineage();
		List<AgencyTreeRow> rows = new ArrayList<>();
		for (AgencyRef agency : lineage.all()) {
			String predecessors = lineage.predecessors(agency)
				.stream()
				.map(AgencyRef::code)
				.collect(Collectors.joining(";"));
			String primarySuccessor = lineage.primarySuccessor(agency).map(AgencyRef::code).orElse("");
			for (AgencyName name : agency.names()) {
				rows.add(new AgencyTreeRow(rows.size() + 2, agency.code(), name.name(), text(name.validFrom()),
						agency.level().name(), (agency.parentCode() != null) ? agency.parentCode() : "",
						text(agency.validFrom()), text(agency.validTo()), predecessors, primarySuccessor,
						name.shortName()));
			}
		}
		return rows;
	}

	private static String text(LocalDate day) {
		return (day != null) ? day.toString() : "";
	}

}
