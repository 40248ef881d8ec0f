package vn.thads.portal.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyCommand;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.security.PortalUser;
import vn.thads.portal.security.Role;
import vn.thads.portal.support.DemoPrincipals;
import vn.thads.portal.support.TestUsers;

/**
 * Agencies of a test's own, under a root of their own (codes {@code ZR<n>…}, sorting
 * after {@code TW}): returns saved by tests never touch the demo agencies' figures, the
 * national totals or the period a demo user's pages open on. Accounts have the demo
 * password, so {@link TestUsers} signs them in.
 *
 * @param province a province with an officer and a leader
 * @param district a district of that province with its officer
 * @param other another province with its leader, outside the first one's scope
 */
public record TestUnits(String province, String district, String other) {

	private static final AtomicInteger sequence = new AtomicInteger();

	private static final LocalDate FROM = LocalDate.of(2019, 10, 1);

	/** Hashing is deliberately slow: every test account shares one hash. */
	private static String hash;

	public static TestUnits create(AgencyAdministration agencies, UserAdministration users) {
		String root = "ZR" + sequence.incrementAndGet();
		TestUnits units = new TestUnits(root + "-P", root + "-P-D", root + "-Q");
		agencies.create(command(root, AgencyLevel.CENTRAL, null));
		agencies.create(command(units.province, AgencyLevel.PROVINCE, root));
		agencies.create(command(units.district, AgencyLevel.LOCAL, units.province));
		agencies.create(command(units.other, AgencyLevel.PROVINCE, root));
		if (hash == null) {
			hash = users.hash(TestUsers.DEMO_PASSWORD);
		}
		users.provisionHashed(units.officer(), "Cán bộ " + units.province, Role.OFFICER, units.province, hash);
		users.provisionHashed(units.leader(), "Lãnh đạo " + units.province, Role.LEADER, units.province, hash);
		users.provisionHashed(units.districtOfficer(), "Cán bộ " + units.district, Role.OFFICER, units.district, hash);
		users.provisionHashed(units.otherLeader(), "Lãnh đạo " + units.other, Role.LEADER, units.other, hash);
		return units;
	}

	private static AgencyCommand command(String code, AgencyLevel level, String parent) {
		return new AgencyCommand(code, "Đơn vị thử " + code, code, level, parent, FROM, null, List.of(), null);
	}

	public String officer() {
		return this.province.toLowerCase(Locale.ROOT) + ".canbo";
	}

	public String leader() {
		return this.province.toLowerCase(Locale.ROOT) + ".lanhdao";
	}

	public String districtOfficer() {
		return this.district.toLowerCase(Locale.ROOT) + ".canbo";
	}

	public String otherLeader() {
		return this.other.toLowerCase(Locale.ROOT) + ".lanhdao";
	}

	public static PortalUser user(String username) {
		return (PortalUser) DemoPrincipals.load(username);
	}

}
