package vn.thads.portal.agency;

import java.time.LocalDate;

/**
 * One name of an agency and the day it took effect; it holds until the next name's
 * {@code validFrom} (domain.md §1a: a renamed agency keeps its identity).
 */
public record AgencyName(String name, String shortName, LocalDate validFrom) {

}
