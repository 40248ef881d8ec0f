package vn.thads.portal.returns.exchange;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLineage;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.agency.AgencyScope;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.Form;
import vn.thads.portal.returns.ReturnArchive;
import vn.thads.portal.returns.ReturnCategories;
import vn.thads.portal.returns.ReturnCategory;
import vn.thads.portal.returns.StoredReturn;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.FieldProblem;
import vn.thads.portal.shared.InvalidInputException;

/**
 * The returns of an agency's subtree over a range of periods, as the exchange file
 * (docs/api.md, "Returns as a machine-readable file"): every saved return of the agency
 * and the agencies below it at any time, whatever its status, by period then parents
 * before children. For leaders and administrators, within their scope as the statistics
 * are.
 */
@Service
@Transactional(readOnly = true)
public class ReturnExport {

	/** The longest range exported at once: ten statistical years. */
	static final int MAX_PERIODS = 120;

	private final AgencyScope scope;

	private final AgencyDirectory directory;

	private final ReturnArchive archive;

	private final ReportingCalendar calendar;

	private final JsonMapper json;

	private final ReturnCategories categories;

	ReturnExport(AgencyScope scope, AgencyDirectory directory, ReturnArchive archive, ReportingCalendar calendar,
			JsonMapper json, ReturnCategories categories) {
		this.categories = categories;
		this.json = json;
		this.scope = scope;
		this.directory = directory;
		this.archive = archive;
		this.calendar = calendar;
	}

	/**
	 * @throws AccessDeniedException (403) for an officer, or an agency outside the scope
	 * @throws InvalidInputException (422, fields {@code from}, {@code to}) for a bad
	 * range
	 */
	public List<ExchangeRow> rows(PortalUser user, String agencyCode, String from, String to) {
		if (!mayExport(user)) {
			throw new AccessDeniedException("The returns exchange is for leaders and administrators");
		}
		AgencyRef root = this.scope.requireView(user, agencyCode);
		ReportingPeriod first = period(from, "from");
		ReportingPeriod last = period(to, "to");
		if (last.compareTo(first) < 0) {
			throw new InvalidInputException(FieldProblem.of("to", "exchange.returns.range.reversed", to, from));
		}
		if (first.plusMonths(MAX_PERIODS).compareTo(last) <= 0) {
			throw new InvalidInputException(FieldProblem.of("to", "exchange.returns.range.tooLong", MAX_PERIODS));
		}
		AgencyLineage lineage = this.directory.lineage();
		List<AgencyRef> subtree = lineage.subtree(lineage.byId(root.id()).orElseThrow());
		Map<Long, Integer> order = new HashMap<>();
		Map<Long, AgencyRef> byId = new HashMap<>();
		subtree.forEach((a) -> {
			order.put(a.id(), order.size());
			byId.put(a.id(), a);
		});
		return this.archive.find(byId.keySet(), first, last)
			.stream()
			.sorted(Comparator.comparing(StoredReturn::period).thenComparing((r) -> order.get(r.agencyId())))
			.map((r) -> row(byId.get(r.agencyId()), r, this.categories.validIn(r.period().monthStart())))
			.toList();
	}

	/**
	 * The file of {@link #rows}, UTF-8 with a BOM: the columns of every category (blank
	 * in the periods it is not reported) and of the companion forms after the main
	 * forms'.
	 */
	public byte[] csv(List<ExchangeRow> rows) {
		return ReturnFile.csv(rows, categoryCodes());
	}

	/** The codes of the categories whose columns {@link #csv} writes, in their order. */
	public List<String> categoryCodes() {
		return this.categories.all().stream().map(ReturnCategory::code).toList();
	}

	/** The same rows as a JSON array, UTF-8. */
	public byte[] json(List<ExchangeRow> rows) {
		return this.json.writeValueAsBytes(rows);
	}

	/** Leaders and administrators export; officers enter returns one at a time. */
	public static boolean mayExport(PortalUser user) {
		return user.hasRole(Role.LEADER) || user.hasRole(Role.ADMIN);
	}

	private static ExchangeRow row(AgencyRef agency, StoredReturn r, List<ReturnCategory> reported) {
		Map<String, Map<String, Map<String, Long>>> categories = new LinkedHashMap<>();
		reported.forEach((c) -> categories.put(c.code(), ExchangeRow.forms(r.figures().category(c.code()))));
		return new ExchangeRow(agency.code(), agency.nameAt(r.period().to()), r.period().code(), r.status().name(),
				ExchangeRow.figures(Form.CASES, r.figures().cases()),
				ExchangeRow.figures(Form.MONEY, r.figures().money()), categories, ExchangeRow.companions(r.figures()));
	}

	private ReportingPeriod period(String code, String field) {
		try {
			return this.calendar.parse((code != null) ? code.strip() : "");
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(
					ex.getProblems().stream().map((p) -> new FieldProblem(field, p.code(), p.arguments())).toList());
		}
	}

}
