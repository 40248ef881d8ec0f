package vn.thads.portal.keycases;

/** A portal user who may be named a case's enforcement officer. */
public record KeyCaseOfficer(long id, String displayName) {

}
