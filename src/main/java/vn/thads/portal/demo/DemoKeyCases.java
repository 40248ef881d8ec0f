package vn.thads.portal.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thads.portal.account.UserAdministration;
import vn.thads.portal.account.UserSummary;
import vn.thads.portal.agency.AgencyDirectory;
import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.demo.DemoAgencies.DemoAgency;
import vn.thads.portal.keycases.KeyCaseOfficer;
import vn.thads.portal.keycases.KeyCaseProgress;
import vn.thads.portal.keycases.KeyCaseOverview;
import vn.thads.portal.keycases.KeyCaseRegister;
import vn.thads.portal.keycases.KeyCaseStatus;
import vn.thads.portal.keycases.NewKeyCase;

/**
 * Demo key cases (issue 15) for every present province: six for the provincial agency and
 * two for each regional office (An Giang 36, Phú Thọ 40, Tây Ninh 30), with plausible
 * amounts in thousand đồng (bank credit with the banks as creditors, corruption asset
 * recovery for the State, large civil cases), next steps some of them overdue, and the
 * province leader's instructions at the last three monthly meetings with what became of
 * them, so that the meeting pack of the last month is full. Loaded only where a province
 * has no key case yet; the same every time (a fixed seed per province).
 */
@Component
@Profile("demo")
class DemoKeyCases {

	private static final List<String> STEPS = List.of("Xác minh điều kiện thi hành án",
			"Kê biên, xử lý tài sản thế chấp", "Tổ chức bán đấu giá tài sản lần 2",
			"Phối hợp ngân hàng xử lý tài sản bảo đảm", "Cưỡng chế giao tài sản cho người mua trúng đấu giá",
			"Định giá lại tài sản", "Thu tiền bán đấu giá, chi trả cho người được thi hành án",
			"Làm việc với người phải thi hành án về tự nguyện thi hành",
			"Phong tỏa tài khoản của người phải thi hành án", "Báo cáo Ban chỉ đạo thi hành án dân sự tỉnh xin ý kiến");

	private static final List<String> INSTRUCTIONS = List.of(
			"Tập trung xác minh, xử lý tài sản bảo đảm; báo cáo kết quả tại giao ban tháng sau.",
			"Phối hợp với ngân hàng tổ chức bán đấu giá tài sản thế chấp, hoàn thành trong tháng.",
			"Báo cáo Ban chỉ đạo thi hành án dân sự tỉnh những vướng mắc để có ý kiến chỉ đạo.",
			"Đôn đốc người phải thi hành án tự nguyện nộp tiền; nếu không tự nguyện thì tổ chức cưỡng chế.",
			"Rà soát hồ sơ, xác định rõ điều kiện thi hành án, đề xuất phương án giải quyết dứt điểm.",
			"Phối hợp Cơ quan điều tra, Viện kiểm sát truy tìm, kê biên tài sản để thu hồi cho Nhà nước.",
			"Giảm giá tài sản, tổ chức bán đấu giá lần tiếp theo; hoàn thành trước 31/12.");

	private static final List<String> FOLLOW_UPS = List.of(
			"Đã làm việc với ngân hàng, thống nhất giá khởi điểm; đang ký hợp đồng bán đấu giá.",
			"Đã bán đấu giá thành, đang làm thủ tục thu tiền và chi trả.",
			"Đã báo cáo Ban chỉ đạo; chờ ý kiến của Ủy ban nhân dân tỉnh.",
			"Người phải thi hành án đã nộp một phần; tiếp tục đôn đốc.",
			"Đã xác minh lại tài sản, lập biên bản; chuẩn bị kê biên.");

	private static final List<String> BANKS = List.of("Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam",
			"Ngân hàng TMCP Công Thương Việt Nam", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam",
			"Ngân hàng TMCP Ngoại thương Việt Nam", "Ngân hàng TMCP Sài Gòn Thương Tín");

	private static final List<String> COMPANIES = List.of("Công ty TNHH Thủy sản", "Công ty TNHH Xây dựng",
			"Công ty cổ phần Lương thực", "Công ty TNHH Thương mại", "Doanh nghiệp tư nhân Vận tải");

	private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương",
			"Đặng", "Bùi");

	private static final List<String> GIVEN = List.of("Văn An", "Thị Bình", "Minh Châu", "Văn Dũng", "Thị Hạnh",
			"Quốc Hùng", "Thanh Long", "Thị Mai", "Hữu Phúc", "Ngọc Yến");

	private final KeyCaseRegister register;

	private final KeyCaseOverview overview;

	private final AgencyDirectory directory;

	private final UserAdministration users;

	private final ZoneId zone;

	DemoKeyCases(KeyCaseRegister register, KeyCaseOverview overview, AgencyDirectory directory,
			UserAdministration users, @Value("${thads.calendar.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
		this.register = register;
		this.overview = overview;
		this.directory = directory;
		this.users = users;
		this.zone = zone;
	}

	/** Key cases for every present province that has none, as of {@code today}. */
	@Transactional
	public void load(LocalDate today) {
		for (DemoAgency province : DemoSuccession.PRESENT) {
			if (province.level() != AgencyLevel.PROVINCE) {
				continue;
			}
			AgencyRef agency = this.directory.findByCode(province.code()).orElse(null);
			if (agency != null && !this.overview.hasCases(agency.id())) {
				load(province, today);
			}
		}
	}

	private void load(DemoAgency province, LocalDate today) {
		Random random = new Random(province.code().hashCode());
		String leader = province.code().toLowerCase(java.util.Locale.ROOT) + ".lanhdao";
		String leaderName = this.users.search(leader, null)
			.stream()
			.filter((u) -> u.username().equals(leader))
			.map(UserSummary::displayName)
			.findFirst()
			.orElse(leader);
		int number = 100;
		for (DemoAgency unit : DemoSuccession.PRESENT) {
			boolean own = unit.code().equals(province.code());
			if (!own && !province.code().equals(unit.parentCode())) {
				continue;
			}
			AgencyRef agency = this.directory.getByCode(unit.code());
			List<KeyCaseOfficer> officers = this.register.officers(unit.code());
			for (int i = 0; i < (own ? 6 : 2); i++) {
				number += 1 + random.nextInt(40);
				NewKeyCase keyCase = keyCase(random, number, officers, today);
				long id = this.register.enter(agency.id(), keyCase, "demo");
				instruct(random, id, keyCase.categoryCode(), leader, leaderName, today);
			}
		}
	}

	private NewKeyCase keyCase(Random random, int number, List<KeyCaseOfficer> officers, LocalDate today) {
		int kind = random.nextInt(10);
		String category = (kind < 4) ? "TIN_DUNG_NGAN_HANG" : (kind < 6) ? "THU_HOI_TAI_SAN_THAM_NHUNG_KINH_TE" : null;
		LocalDate accepted = today.minusDays(90 + random.nextInt(365 * 8));
		// a case outside any category is followed for its value or its age
		boolean recent = accepted.isAfter(today.minusYears(3));
		long amount = (category == null && recent) ? 5_000_000 + random.nextInt(60_000) * 1000L
				: 400_000 + (long) (Math.pow(random.nextDouble(), 2) * 80_000_000);
		amount = amount / 1000 * 1000;
		long collected = (long) (amount * random.nextDouble() * 0.6) / 1000 * 1000;
		KeyCaseStatus status = KeyCaseStatus.OPEN;
		LocalDate closedOn = null;
		int end = random.nextInt(12);
		if (end == 0) {
			status = KeyCaseStatus.COMPLETED;
			collected = amount;
			closedOn = today.minusDays(10 + random.nextInt(200));
		}
		else if (end == 1) {
			status = KeyCaseStatus.TERMINATED;
			closedOn = today.minusDays(10 + random.nextInt(300));
		}
		if (closedOn != null && closedOn.isBefore(accepted)) {
			closedOn = accepted.plusDays(30);
		}
		String step = status.isClosed() ? null : STEPS.get(random.nextInt(STEPS.size()));
		LocalDate due = status.isClosed() ? null : today.plusDays(random.nextInt(60) - 20);
		KeyCaseOfficer officer = (!officers.isEmpty() && random.nextBoolean()) ? officers.get(0) : null;
		String officerName = (officer != null) ? null : person(random);
		String debtor = (category != null && category.startsWith("TIN")) ? company(random) : person(random);
		String creditor = (category == null) ? person(random)
				: category.startsWith("TIN") ? BANKS.get(random.nextInt(BANKS.size())) : "Nhà nước (ngân sách)";
		KeyCaseProgress progress = new KeyCaseProgress(amount, collected, status, closedOn, step, due,
				(officer != null) ? officer.id() : null, officerName);
		return new NewKeyCase(number + "/QĐ-THADS", accepted.plusDays(1 + random.nextInt(5)), accepted, category,
				debtor, creditor, progress);
	}

	/** Two in five cases had instructions at the last three meetings. */
	private void instruct(Random random, long id, String category, String leader, String leaderName, LocalDate today) {
		if (random.nextInt(5) >= 2) {
			return;
		}
		YearMonth current = YearMonth.from(today);
		int first = 1 + random.nextInt(3);
		for (int back = first; back >= 1; back--) {
			YearMonth meeting = current.minusMonths(back);
			// the meeting of month M reviews M and is held early in M + 1 (domain.md §12)
			LocalDate held = meeting.plusMonths(1).atDay(5);
			held = held.isAfter(today) ? today : held;
			long instruction = this.register.instructAs(id, meeting, leader, leaderName, instruction(random, category),
					meeting.plusMonths(1).atEndOfMonth(),
					held.atTime(LocalTime.of(16, 0)).atZone(this.zone).toInstant());
			if (back > 1 || random.nextBoolean()) {
				boolean done = back > 1 && random.nextInt(3) > 0;
				this.register.followUpAs(id, instruction, FOLLOW_UPS.get(random.nextInt(FOLLOW_UPS.size())),
						done ? held.plusDays(15 + random.nextInt(10)) : null, "demo");
			}
		}
	}

	/**
	 * An instruction that fits the case: banks for bank credit, the State's assets for
	 * corruption.
	 */
	private static String instruction(Random random, String category) {
		List<Integer> fitting = (category == null) ? List.of(2, 3, 4, 6)
				: category.startsWith("TIN") ? List.of(0, 1, 6) : List.of(2, 4, 5);
		return INSTRUCTIONS.get(fitting.get(random.nextInt(fitting.size())));
	}

	private static String person(Random random) {
		return FAMILY.get(random.nextInt(FAMILY.size())) + " " + GIVEN.get(random.nextInt(GIVEN.size()));
	}

	private static String company(Random random) {
		return COMPANIES.get(random.nextInt(COMPANIES.size())) + " " + FAMILY.get(random.nextInt(FAMILY.size()));
	}

}
