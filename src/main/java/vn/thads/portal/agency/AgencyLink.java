package vn.thads.portal.agency;

/**
 * A successor link of the 2025 reorganisation (domain.md §1a). A predecessor with several
 * successors has exactly one {@code primary} link: it is counted under that one only.
 */
public record AgencyLink(long predecessorId, long successorId, boolean primary) {

}
