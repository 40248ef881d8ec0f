package vn.thads.portal.keycases;

/**
 * What is audited of the register's personal data: the names seen on a case's page, an
 * export without names, an export with them, and names asked for through the API.
 */
public enum KeyCaseAccess {

	VIEW_NAMES, EXPORT, EXPORT_NAMES, API_NAMES

}
