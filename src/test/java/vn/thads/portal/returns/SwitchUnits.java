package vn.thads.portal.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.agency.AgencyAdministration;
import vn.thads.portal.agency.AgencyCommand;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.security.Role;
import vn.thads.portal.support.TestUsers;

/**
 * A small reorganisation of the tests' own (codes {@code RSW<n>…}) under a root of its
 * own ({@code ZRSW<n>}, sorting after {@code TW}), so that nothing depends on the demo
 * and no demo total moves: former province {@code A} with its Chi cục {@code A-X} and
 * {@code A-Y}, former province {@code B}, all until 30/06/2025; present province
 * {@code N} from 01/07/2025 (predecessors A and B) with offices {@code N-KV01} (primary
 * successor of A-X and A-Y) and {@code N-KV02} (successor of A-Y, not primary: A-Y is
 * split and counted under KV01 only). Accounts have the demo password.
 */
public record SwitchUnits(String root, AgencyRef a, AgencyRef x, AgencyRef y, AgencyRef b, AgencyRef n, AgencyRef kv01,
		AgencyRef kv02) {

	private static final AtomicInteger sequence = new AtomicInteger();

	static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);

	static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

	static final LocalDate SWITCH = LocalDate.of(2025, 7, 1);

	static final ReportingPeriod JUNE_2025 = ReportingPeriod.of(2025, 6);

	/** Hashing is deliberately slow: every account shares one hash per run. */
	private static String hash;

	public static SwitchUnits create(AgencyAdministration agencies, UserAdministration users) {
		String prefix = "RSW" + sequence.incrementAndGet();
		// the root sorts after TW: an administrator's pages open on the first root
		String root = "Z" + prefix;
		agencies.create(command(root, AgencyLevel.CENTRAL, null, LONG_AGO, null, List.of()));
		AgencyRef a = agencies.create(command(prefix + "A", AgencyLevel.PROVINCE, root, LONG_AGO, LAST_DAY, List.of()));
		AgencyRef x = agencies
			.create(command(prefix + "A-X", AgencyLevel.LOCAL, a.code(), LONG_AGO, LAST_DAY, List.of()));
		AgencyRef y = agencies
			.create(command(prefix + "A-Y", AgencyLevel.LOCAL, a.code(), LONG_AGO, LAST_DAY, List.of()));
		AgencyRef b = agencies.create(command(prefix + "B", AgencyLevel.PROVINCE, root, LONG_AGO, LAST_DAY, List.of()));
		AgencyRef n = agencies
			.create(command(prefix + "N", AgencyLevel.PROVINCE, root, SWITCH, null, List.of(a.code(), b.code())));
		AgencyRef kv01 = agencies
			.create(command(prefix + "N-KV01", AgencyLevel.LOCAL, n.code(), SWITCH, null, List.of(x.code(), y.code())));
		AgencyRef kv02 = agencies
			.create(command(prefix + "N-KV02", AgencyLevel.LOCAL, n.code(), SWITCH, null, List.of(y.code())));
		SwitchUnits units = new SwitchUnits(root, a, x, y, b, n, kv01, kv02);
		if (hash == null) {
			hash = users.hash(TestUsers.DEMO_PASSWORD);
		}
		users.provisionHashed(units.officer(kv01), "Cán bộ KV01", Role.OFFICER, kv01.code(), hash);
		users.provisionHashed(units.officer(kv02), "Cán bộ KV02", Role.OFFICER, kv02.code(), hash);
		users.provisionHashed(units.officer(n), "Cán bộ tỉnh", Role.OFFICER, n.code(), hash);
		users.provisionHashed(units.leader(n), "Lãnh đạo tỉnh", Role.LEADER, n.code(), hash);
		users.provisionHashed(units.admin(), "Quản trị", Role.ADMIN, root, hash);
		return units;
	}

	private static AgencyCommand command(String code, AgencyLevel level, String parent, LocalDate from, LocalDate to,
			List<String> predecessors) {
		return new AgencyCommand(code, "Đơn vị thử " + code, code, level, parent, from, to, predecessors, null);
	}

	public String officer(AgencyRef agency) {
		return agency.code().toLowerCase(Locale.ROOT) + ".canbo";
	}

	public String leader(AgencyRef agency) {
		return agency.code().toLowerCase(Locale.ROOT) + ".lanhdao";
	}

	public String admin() {
		return this.root.toLowerCase(Locale.ROOT) + ".quantri";
	}

	/**
	 * Consistent figures (F = G + H): {@code carriedOver} A, {@code newlyAccepted} B,
	 * {@code completed} G1, the rest in progress; money the same in thousands.
	 */
	public static ReturnFigures figures(long carriedOver, long newlyAccepted, long completed) {
		return new ReturnFigures(form(carriedOver, newlyAccepted, completed),
				form(carriedOver * 1000, newlyAccepted * 1000, completed * 1000));
	}

	private static Figures form(long carriedOver, long newlyAccepted, long completed) {
		return Figures.ZERO.with(FormColumn.CARRIED_OVER, carriedOver)
			.with(FormColumn.NEWLY_ACCEPTED, newlyAccepted)
			.with(FormColumn.COMPLETED, completed)
			.with(FormColumn.IN_PROGRESS, carriedOver + newlyAccepted - completed);
	}

	/**
	 * A return as it stood after the switch, loaded as the demo loads its returns: a
	 * closed agency's past returns cannot be saved through the entry once its deadline
	 * has passed.
	 */
	public static ImportedReturn stored(AgencyRef agency, ReportingPeriod period, ReturnFigures figures,
			ReturnStatus status) {
		Instant entered = period.to().plusDays(1).atStartOfDay(java.time.ZoneOffset.ofHours(7)).toInstant();
		Instant submitted = (status == ReturnStatus.DRAFT) ? null : entered.plusSeconds(3600);
		Instant reviewed = (status == ReturnStatus.APPROVED) ? entered.plusSeconds(7200) : null;
		return new ImportedReturn(agency.id(), period, figures, status, "canbo.cu", entered, submitted, "lanhdao.cu",
				reviewed, null);
	}

	/** The JSON of a PUT: {@code version} (when not null) and both forms. */
	public static String body(Long version, ReturnFigures figures) {
		String v = (version != null) ? "\"version\": " + version + ", " : "";
		return "{" + v + "\"cases\": " + json(figures.cases()) + ", \"money\": " + json(figures.money()) + "}";
	}

	private static String json(Figures figures) {
		StringBuilder json = new StringBuilder("{");
		for (FormColumn column : FormColumn.ENTERED) {
			json.append(json.length() > 1 ? ", " : "").append('"').append(column.code()).append("\": ");
			json.append(figures.get(column));
		}
		return json.append('}').toString();
	}

}
