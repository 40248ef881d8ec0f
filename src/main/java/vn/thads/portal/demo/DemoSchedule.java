package vn.thads.portal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import vn.thads.portal.agency.AgencyLevel;
import vn.thads.portal.demo.DemoAgencies.DemoAgency;
import vn.thads.portal.period.ReportingCalendar;
import vn.thads.portal.period.ReportingPeriod;
import vn.thads.portal.returns.ReturnStatus;

/**
 * When each demo return was entered, submitted and reviewed, and by whom: officers submit
 * on their due day (about one in twenty-five late), the province leader approves its
 * districts and offices and the central leader the provinces a day or two later. Every
 * month is complete and approved except the last one that has ended, which leaves the
 * usual work ({@link #LAST_MONTH}); nothing happens after "now".
 * <p>
 * The closed agencies' June 2025 returns were entered after the switch by their primary
 * successor's officer and approved by the successor province's leader (domain.md §1a).
 */
final class DemoSchedule {

	/** One return's story; null fields for steps not taken. */
	record Story(ReturnStatus status, String officer, Instant createdAt, Instant submittedAt, String reviewer,
			Instant reviewedAt, String comment) {

	}

	/**
	 * Kiên Giang's 12-month report of 2022 as the API example counts it: 16 submitted, 15
	 * approved, one late.
	 */
	static final String KG22 = "2022-09";

	static final String KG22_WAITING = "KG-KH";

	static final String KG22_LATE = "KG-GT";

	static final String MISSING = "MISSING";

	static final String LATE = "LATE";

	/** Present agency → what is still open in the last month that has ended. */
	static final Map<String, String> LAST_MONTH = Map.ofEntries(Map.entry("AG-KV14", MISSING),
			Map.entry("AG-KV07", "DRAFT"), Map.entry("AG-KV06", "RETURNED"), Map.entry("AG-KV12", LATE),
			Map.entry("AG", "SUBMITTED"), Map.entry("AG-KV03", "SUBMITTED"), Map.entry("AG-KV09", "SUBMITTED"),
			Map.entry("PT-KV02", "SUBMITTED"), Map.entry("PT-KV14", "SUBMITTED"), Map.entry("TN-KV04", "SUBMITTED"));

	static final String RETURNED_COMMENT = "Số chưa có điều kiện thi hành tăng bất thường so với tháng trước,"
			+ " đề nghị rà soát lại.";

	/** The former provinces whose leaders had demo accounts approve their districts. */
	private static final List<String> FORMER_LEADERS = DemoAgencies.FORMER_LEADERS;

	private final ReportingCalendar calendar;

	private final ReportingPeriod last;

	private final Instant now;

	/**
	 * @param last the last month that has ended, which gets the open work
	 * @param now nothing is entered, submitted or reviewed after it
	 */
	DemoSchedule(ReportingCalendar calendar, ReportingPeriod last, Instant now) {
		this.calendar = calendar;
		this.last = last;
		this.now = now;
	}

	/** The story of one agency's return for one period, or null when it is missing. */
	Story of(DemoAgency unit, ReportingPeriod period) {
		String open = period.equals(this.last) ? LAST_MONTH.get(unit.code()) : null;
		if (MISSING.equals(open)) {
			return null;
		}
		boolean afterSwitch = unit.isFormer() && !period.to().isBefore(unit.validTo());
		String officer = afterSwitch ? officer(DemoSuccession.primarySuccessor(unit.code()).orElseThrow())
				: officer(unit.code());
		SplittableRandom random = new SplittableRandom(unit.code().hashCode() * 1_000_003L + period.month().hashCode());
		ZoneId zone = this.calendar.zone();
		LocalDate due = period.dueDate(this.calendar.dueWorkingDays(unit.level().name()));
		Instant created = period.to().plusDays(1).atTime(7, random.nextInt(30, 60)).atZone(zone).toInstant();
		if (created.isAfter(this.now)) {
			return null;
		}
		if ("DRAFT".equals(open)) {
			return new Story(ReturnStatus.DRAFT, officer, created, null, null, null, null);
		}
		LocalDate submittedOn = late(unit, period, open, random) ? due.plusDays(random.nextInt(1, 4)) : due;
		Instant submitted = submittedOn.atTime(random.nextInt(8, 16), random.nextInt(60)).atZone(zone).toInstant();
		if (submitted.isAfter(this.now)) {
			return new Story(ReturnStatus.DRAFT, officer, created, null, null, null, null);
		}
		if ("SUBMITTED".equals(open) || LATE.equals(open)
				|| (period.code().equals(KG22) && unit.code().equals(KG22_WAITING))) {
			return new Story(ReturnStatus.SUBMITTED, officer, created, submitted, null, null, null);
		}
		Instant reviewed = submittedOn.plusDays(random.nextInt(1, 3))
			.atTime(random.nextInt(13, 17), random.nextInt(60))
			.atZone(zone)
			.toInstant();
		String reviewer = afterSwitch ? leader(DemoSuccession.successorProvince(unit.code())) : reviewer(unit);
		if (reviewed.isAfter(this.now)) {
			return new Story(ReturnStatus.SUBMITTED, officer, created, submitted, null, null, null);
		}
		if ("RETURNED".equals(open)) {
			return new Story(ReturnStatus.RETURNED, officer, created, submitted, reviewer, reviewed, RETURNED_COMMENT);
		}
		return new Story(ReturnStatus.APPROVED, officer, created, submitted, reviewer, reviewed, null);
	}

	/**
	 * About one return in twenty-five is late; in Kiên Giang's 2022-09 exactly one, in
	 * the last month exactly the one marked so.
	 */
	private boolean late(DemoAgency unit, ReportingPeriod period, String open, SplittableRandom random) {
		boolean late = random.nextInt(25) == 0;
		if (period.code().equals(KG22) && unit.code().startsWith(KienGiangFigures.PROVINCE)) {
			return unit.code().equals(KG22_LATE);
		}
		if (period.equals(this.last)) {
			return LATE.equals(open);
		}
		return late;
	}

	static String officer(String code) {
		return code.toLowerCase(Locale.ROOT) + ".canbo";
	}

	private static String leader(String code) {
		return code.toLowerCase(Locale.ROOT) + ".lanhdao";
	}

	/**
	 * Districts and offices are approved by their province's leader (the former provinces
	 * without a demo leader by their successor province's), provinces by the centre's.
	 */
	private static String reviewer(DemoAgency unit) {
		if (unit.level() != AgencyLevel.LOCAL) {
			return leader(DemoAgencies.CENTRAL);
		}
		String province = unit.parentCode();
		if (unit.isFormer() && !FORMER_LEADERS.contains(province)) {
			return leader(DemoSuccession.successorProvince(province));
		}
		return leader(province);
	}

}
