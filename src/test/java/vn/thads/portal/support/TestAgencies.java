package vn.thads.portal.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyCommand;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.security.Role;
import vn.thads.portal.shared.InvalidInputException;

/**
 * Agencies and accounts of a test's own (codes {@code TX1}, {@code TX2}, … that no demo
 * agency uses) under a central root of their own ({@link #ROOT}), so that tests which
 * change data never touch the demo agencies, nor the national totals, that other tests
 * read. Accounts get the demo password. A bean of the test contexts: tests inject it.
 */
@Component
public final class TestAgencies {

	/**
	 * The central agency every test province hangs under, beside the demo's {@code TW}.
	 */
	public static final String ROOT = "TXROOT";

	private static final AtomicInteger sequence = new AtomicInteger();

	private static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);

	private final AgencyAdministration agencies;

	private final UserAdministration users;

	public TestAgencies(AgencyAdministration agencies, UserAdministration users) {
		this.agencies = agencies;
		this.users = users;
	}

	/** A new province under the tests' own central agency {@link #ROOT}. */
	public AgencyRef province() {
		ensureRoot();
		return agency(AgencyLevel.PROVINCE, ROOT, LONG_AGO, null, List.of());
	}

	private void ensureRoot() {
		try {
			this.agencies.create(new AgencyCommand(ROOT, "Đơn vị gốc thử nghiệm", ROOT, AgencyLevel.CENTRAL, null,
					LONG_AGO, null, List.of(), null));
		}
		catch (InvalidInputException alreadyThere) {
			// created by an earlier test of this run
		}
	}

	/** A new local unit under {@code parent}. */
	public AgencyRef local(AgencyRef parent) {
		return agency(AgencyLevel.LOCAL, parent.code(), LONG_AGO, null, List.of());
	}

	public AgencyRef agency(AgencyLevel level, String parentCode, LocalDate validFrom, LocalDate validTo,
			List<String> predecessorCodes) {
		String code = "TX" + sequence.incrementAndGet();
		return this.agencies.create(new AgencyCommand(code, "Đơn vị thử " + code, code, level, parentCode, validFrom,
				validTo, predecessorCodes, null));
	}

	/** A leader of the agency, {@code <code>.lanhdao}; returns the username. */
	public String leader(AgencyRef agency) {
		return account(agency, Role.LEADER, ".lanhdao");
	}

	/** An officer of the agency, {@code <code>.canbo}; returns the username. */
	public String officer(AgencyRef agency) {
		return account(agency, Role.OFFICER, ".canbo");
	}

	private String account(AgencyRef agency, Role role, String suffix) {
		String username = agency.code().toLowerCase(Locale.ROOT) + suffix;
		this.users.provision(username, "Người dùng thử " + agency.code(), role, agency.code(), TestUsers.DEMO_PASSWORD);
		return username;
	}

}
