package vn.thads.portal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyCommand;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.security.Role;

/**
 * The demo agencies and accounts, all with password {@code demo}: {@code admin};
 * {@code tw.lanhdao}; {@code kg.lanhdao}, {@code vp.lanhdao}, {@code la.lanhdao}; and an
 * officer {@code <code>.canbo} for every agency but the central one.
 */
@Component
@Profile("demo")
@Order(DemoAccountsAndAgencies.ORDER)
class DemoAccountsAndAgencies implements ApplicationRunner {

	static final int ORDER = 10;

	static final String PASSWORD = "demo";

	/** Demo agencies exist from well before the demo returns (statistical year 2021). */
	private static final LocalDate VALID_FROM = LocalDate.of(2010, 1, 1);

	private static final Logger log = LoggerFactory.getLogger(DemoAccountsAndAgencies.class);

	private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương",
			"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");

	private static final List<String> MIDDLE = List.of("Văn", "Thị", "Minh", "Thanh", "Hoàng", "Ngọc", "Quốc", "Thu",
			"Hữu", "Kim");

	private static final List<String> GIVEN = List.of("An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh",
			"Hùng", "Khoa", "Lan", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trung",
			"Tú", "Vân", "Vũ", "Yến");

	private final AgencyDirectory directory;

	private final AgencyAdministration agencies;

	private final UserAdministration users;

	DemoAccountsAndAgencies(AgencyDirectory directory, AgencyAdministration agencies, UserAdministration users) {
		this.directory = directory;
		this.agencies = agencies;
		this.users = users;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int created = 0;
		// accounts are only added to an installation that has none: an administrator who
		// deletes or renames a demo account must not see it come back at the next start
		for (DemoAgencies.DemoAgency agency : DemoAgencies.ALL) {
			if (this.directory.findByCode(agency.code()).isEmpty()) {
				this.agencies.create(new AgencyCommand(agency.code(), agency.name(), agency.shortName(), agency.level(),
						agency.parentCode(), VALID_FROM, null, List.of(), null));
				created++;
			}
		}
		if (this.users.count() > 0) {
			return;
		}
		String hash = this.users.hash(PASSWORD);
		this.users.provisionHashed("admin", "Quản trị hệ thống", Role.ADMIN, DemoAgencies.CENTRAL, hash);
		this.users.provisionHashed("tw.lanhdao", "Nguyễn Văn Sơn", Role.LEADER, DemoAgencies.CENTRAL, hash);
		this.users.provisionHashed("kg.lanhdao", "Trịnh Thanh Vũ", Role.LEADER, "KG", hash);
		this.users.provisionHashed("vp.lanhdao", "Nguyễn Thị Kim Yến", Role.LEADER, "VP", hash);
		this.users.provisionHashed("la.lanhdao", "Lê Hoàng Phong", Role.LEADER, "LA", hash);
		int index = 0;
		for (DemoAgencies.DemoAgency agency : DemoAgencies.ALL) {
			if (!agency.code().equals(DemoAgencies.CENTRAL)) {
				this.users.provisionHashed(agency.code().toLowerCase(Locale.ROOT) + ".canbo", personName(index++),
						Role.OFFICER, agency.code(), hash);
			}
		}
		log.info("Demo data: {} agencies and their accounts created (password '{}')", created, PASSWORD);
	}

	/** A plausible, deterministic Vietnamese name for the n-th demo officer. */
	static String personName(int n) {
		return FAMILY.get(n % FAMILY.size()) + " " + MIDDLE.get((n / 3) % MIDDLE.size()) + " "
				+ GIVEN.get((n * 7) % GIVEN.size());
	}

}
