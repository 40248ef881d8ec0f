package vn.thads.portal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.agency.AgencyRef;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.ReturnStatus;

/**
 * When each demo return was entered, submitted and reviewed, and by whom: officers submit
 * on their due day (a few late), the province leader approves its districts and the
 * central leader the provinces a day or two later. The latest months leave some work:
 * returns waiting in the queue, sent back, drafts and missing ones.
 */
final class DemoSchedule {

	/** One return's story; null fields for steps not taken. */
	record Story(ReturnStatus status, Instant createdAt, Instant submittedAt, String reviewer, Instant reviewedAt,
			String comment) {

	}

	/**
	 * Kiên Giang's 12-month report of 2022 as the API example counts it: 16 submitted, 15
	 * approved, one late.
	 */
	static final String KG22 = "2022-09";

	static final String KG22_WAITING = "KG-KH";

	static final String KG22_LATE = "KG-GT";

	/** "period unit" → what is still open in the latest months. */
	private static final Map<String, String> OPEN_WORK = Map.ofEntries(Map.entry("2024-09 KG-KH", "MISSING"),
			Map.entry("2024-09 VP-SL", "MISSING"), Map.entry("2024-09 LA-VH", "MISSING"),
			Map.entry("2024-09 LA-TH", "MISSING"), Map.entry("2024-09 KG-GT", "DRAFT"),
			Map.entry("2024-09 VP-TDA", "DRAFT"), Map.entry("2024-09 LA-MH", "DRAFT"),
			Map.entry("2024-09 KG", "SUBMITTED"), Map.entry("2024-09 KG-RG", "SUBMITTED"),
			Map.entry("2024-09 KG-PQ", "SUBMITTED"), Map.entry("2024-09 VP-VY", "SUBMITTED"),
			Map.entry("2024-09 VP-BX", "SUBMITTED"), Map.entry("2024-09 LA-TA", "SUBMITTED"),
			Map.entry("2024-09 LA-BL", "SUBMITTED"), Map.entry("2024-09 LA-DHO", "SUBMITTED"),
			Map.entry("2024-09 KG-HD", "RETURNED"), Map.entry("2024-09 LA-CG", "RETURNED"),
			Map.entry("2024-08 KG-CT", "SUBMITTED"), Map.entry("2024-08 LA-KT", "SUBMITTED"),
			Map.entry("2024-08 VP-LT", "RETURNED"), Map.entry("2024-07 LA-CD", "SUBMITTED"));

	private static final Map<String, String> COMMENTS = Map.of("KG-HD",
			"Số chưa có điều kiện thi hành tăng bất thường so với tháng 8, đề nghị rà soát lại.", "LA-CG",
			"Số thi hành xong về tiền chưa khớp với sổ theo dõi, đề nghị kiểm tra và gửi lại.", "VP-LT",
			"Thiếu số liệu ủy thác thi hành án, đề nghị bổ sung.");

	private final ReportingCalendar calendar;

	DemoSchedule(ReportingCalendar calendar) {
		this.calendar = calendar;
	}

	/** The story of one unit's return for one period, or null when it is missing. */
	Story of(AgencyRef unit, ReportingPeriod period) {
		String open = OPEN_WORK.get(period.code() + " " + unit.code());
		if ("MISSING".equals(open)) {
			return null;
		}
		SplittableRandom random = new SplittableRandom(unit.code().hashCode() * 1_000_003L + period.month().hashCode());
		ZoneId zone = this.calendar.zone();
		LocalDate due = period.dueDate(this.calendar.dueWorkingDays(unit.level().name()));
		Instant created = period.to().plusDays(1).atTime(7, random.nextInt(30, 60)).atZone(zone).toInstant();
		if ("DRAFT".equals(open)) {
			return new Story(ReturnStatus.DRAFT, created, null, null, null, null);
		}
		LocalDate submittedOn = late(unit, period, random) ? due.plusDays(random.nextInt(1, 4)) : due;
		Instant submitted = submittedOn.atTime(random.nextInt(8, 16), random.nextInt(60)).atZone(zone).toInstant();
		if ("SUBMITTED".equals(open) || (period.code().equals(KG22) && unit.code().equals(KG22_WAITING))) {
			return new Story(ReturnStatus.SUBMITTED, created, submitted, null, null, null);
		}
		Instant reviewed = submittedOn.plusDays(random.nextInt(1, 3))
			.atTime(random.nextInt(13, 17), random.nextInt(60))
			.atZone(zone)
			.toInstant();
		if ("RETURNED".equals(open)) {
			return new Story(ReturnStatus.RETURNED, created, submitted, reviewer(unit), reviewed,
					COMMENTS.get(unit.code()));
		}
		return new Story(ReturnStatus.APPROVED, created, submitted, reviewer(unit), reviewed, null);
	}

	/** About one return in twenty-five is late; in Kiên Giang's 2022-09 exactly one. */
	private static boolean late(AgencyRef unit, ReportingPeriod period, SplittableRandom random) {
		boolean late = random.nextInt(25) == 0;
		if (period.code().equals(KG22) && unit.code().startsWith(KienGiangFigures.PROVINCE)) {
			return unit.code().equals(KG22_LATE);
		}
		return late;
	}

	static String officer(AgencyRef unit) {
		return unit.code().toLowerCase(Locale.ROOT) + ".canbo";
	}

	/** Districts are approved by their province's leader, provinces by the centre's. */
	private static String reviewer(AgencyRef unit) {
		return (unit.level() == AgencyLevel.LOCAL) ? unit.parentCode().toLowerCase(Locale.ROOT) + ".lanhdao"
				: "tw.lanhdao";
	}

}
