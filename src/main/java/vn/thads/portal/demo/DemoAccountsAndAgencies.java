package vn.thads.portal.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyCommand;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.demo.DemoAgencies.DemoAgency;
import vn.thads.portal.security.Role;

/**
 * The demo agencies, former and present, and their accounts, all with password
 * {@code demo}: {@code admin}; {@code tw.lanhdao}; {@code ag.lanhdao},
 * {@code pt.lanhdao}, {@code tn.lanhdao}; an officer {@code <code>.canbo} for every
 * present agency but the central one; and, disabled since the switch, {@code kg.lanhdao},
 * {@code vp.lanhdao}, {@code la.lanhdao} and {@code <code>.canbo} of every former agency.
 * <p>
 * Only what is missing is added: an agency the demo creates comes with its accounts, so
 * an account an administrator deletes or renames does not come back at the next start.
 */
@Component
@Profile("demo")
class DemoAccountsAndAgencies {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoAccountsAndAgencies.class);

	private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương",
			"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");

	private static final List<String> MIDDLE = List.of("Văn", "Thị", "Minh", "Thanh", "Hoàng", "Ngọc", "Quốc", "Thu",
			"Hữu", "Kim");

	private static final List<String> GIVEN = List.of("An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh",
			"Hùng", "Khoa", "Lan", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trung",
			"Tú", "Vân", "Vũ", "Yến");

	/** Leaders: username prefix → name. */
	private static final List<List<String>> LEADERS = List.of(List.of("tw", "Nguyễn Văn Sơn"),
			List.of("ag", "Lâm Quang Thành"), List.of("pt", "Đinh Thị Hồng Nhung"), List.of("tn", "Phan Văn Lợi"),
			List.of("kg", "Trịnh Thanh Vũ"), List.of("vp", "Nguyễn Thị Kim Yến"), List.of("la", "Lê Hoàng Phong"));

	private final AgencyDirectory directory;

	private final AgencyAdministration agencies;

	private final UserAdministration users;

	DemoAccountsAndAgencies(AgencyDirectory directory, AgencyAdministration agencies, UserAdministration users) {
		this.directory = directory;
		this.agencies = agencies;
		this.users = users;
	}

	/** Every demo agency, former ones first, in the order they are created. */
	static List<DemoAgency> all() {
		return Stream.concat(DemoAgencies.ALL.stream(), DemoSuccession.PRESENT.stream()).toList();
	}

	/** The username of every account the demo creates. */
	static List<String> usernames() {
		List<String> usernames = new ArrayList<>();
		usernames.add("admin");
		LEADERS.forEach((leader) -> usernames.add(leader.get(0) + ".lanhdao"));
		all().stream()
			.filter((agency) -> !agency.code().equals(DemoAgencies.CENTRAL))
			.forEach((agency) -> usernames.add(agency.code().toLowerCase(Locale.ROOT) + ".canbo"));
		return usernames;
	}

	@Transactional
	public void load() {
		List<DemoAgency> created = new ArrayList<>();
		List<DemoAgency> closed = new ArrayList<>();
		// read once: a start on a database that has them all costs one statement
		Map<String, AgencyRef> byCode = new HashMap<>();
		this.directory.all().forEach((agency) -> byCode.put(agency.code(), agency));
		for (DemoAgency agency : all()) {
			AgencyRef existing = byCode.get(agency.code());
			if (existing == null) {
				List<String> predecessors = Stream.concat(agency.predecessors().stream(), agency.alsoFrom().stream())
					.toList();
				this.agencies.create(new AgencyCommand(agency.code(), agency.name(), agency.shortName(), agency.level(),
						agency.parentCode(), agency.validFrom(), agency.validTo(), predecessors, null));
				created.add(agency);
			}
			else if (agency.isFormer() && existing.validTo() == null) {
				// an installation whose demo predates the switch
				this.agencies.deactivate(agency.code(), agency.validTo());
				closed.add(agency);
			}
		}
		AgencyRef central = this.directory.getByCode(DemoAgencies.CENTRAL);
		if (central.names().stream().noneMatch((n) -> n.validFrom().equals(DemoSuccession.FROM))) {
			this.agencies.nameFrom(DemoAgencies.CENTRAL, DemoSuccession.FROM, DemoAgencies.CENTRAL_NAME_2025,
					DemoAgencies.CENTRAL_SHORT_NAME_2025);
		}
		accounts(created, closed);
		if (!created.isEmpty() || !closed.isEmpty()) {
			log.info("Demo data: {} agencies created, {} closed on {}, with their accounts (password '{}')",
					created.size(), closed.size(), DemoAgencies.CLOSED_ON, PASSWORD);
		}
	}

	private void accounts(List<DemoAgency> created, List<DemoAgency> closed) {
		if (created.isEmpty() && closed.isEmpty()) {
			return;
		}
		String hash = this.users.hash(PASSWORD);
		int index = 0;
		for (DemoAgency agency : created) {
			String prefix = agency.code().toLowerCase(Locale.ROOT);
			if (agency.code().equals(DemoAgencies.CENTRAL)) {
				this.users.provisionHashed("admin", "Quản trị hệ thống", Role.ADMIN, DemoAgencies.CENTRAL, hash);
			}
			for (List<String> leader : LEADERS) {
				if (leader.get(0).equals(prefix)) {
					this.users.provisionHashed(prefix + ".lanhdao", leader.get(1), Role.LEADER, agency.code(), hash);
				}
			}
			if (!agency.code().equals(DemoAgencies.CENTRAL)) {
				this.users.provisionHashed(prefix + ".canbo", personName(index++), Role.OFFICER, agency.code(), hash);
			}
		}
		// people of a closed agency work on under its successors' accounts (domain.md
		// §1a)
		for (DemoAgency agency : Stream.concat(created.stream(), closed.stream()).toList()) {
			if (agency.isFormer()) {
				String prefix = agency.code().toLowerCase(Locale.ROOT);
				this.users.disable(prefix + ".lanhdao");
				this.users.disable(prefix + ".canbo");
			}
		}
	}

	/** A plausible, deterministic Vietnamese name for the n-th demo officer. */
	static String personName(int n) {
		return FAMILY.get(n % FAMILY.size()) + " " + MIDDLE.get((n / 3) % MIDDLE.size()) + " "
				+ GIVEN.get((n * 7) % GIVEN.size());
	}

}
