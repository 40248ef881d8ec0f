package vn.thads.portal.period;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The calendar settings of domain.md §2 ({@code thads.calendar.*}) and "today" in
 * Vietnam's time zone. Everything that needs a period or a date asks it, so that the
 * settings and the clock live in one place (tests may provide their own {@link Clock}).
 */
@Component
public class ReportingCalendar {

	private final Settings settings;

	private final Clock clock;

	ReportingCalendar(Settings settings, ObjectProvider<Clock> clock) {
		this.settings = settings;
		this.clock = clock.getIfAvailable(() -> Clock.system(settings.timeZone()));
	}

	public int firstMonth() {
		return this.settings.firstMonth();
	}

	public ZoneId zone() {
		return this.settings.timeZone();
	}

	public ReportingPeriod period(YearMonth month) {
		return new ReportingPeriod(month, firstMonth());
	}

	/** Parses {@code YYYY-MM}; 422 with field {@code period} for anything else. */
	public ReportingPeriod parse(String code) {
		return ReportingPeriod.parse(code, firstMonth());
	}

	public ReportingPeriod endOfYear(int statYear) {
		return ReportingPeriod.endOfYear(statYear, firstMonth());
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(zone()));
	}

	public ZonedDateTime now() {
		return ZonedDateTime.now(this.clock.withZone(zone()));
	}

	/** The last period that has ended: last month. */
	public ReportingPeriod lastEnded() {
		return period(YearMonth.from(today()).minusMonths(1));
	}

	/** The statistical year today falls in. */
	public int currentStatYear() {
		return period(YearMonth.from(today())).statYear();
	}

	/** Working days allowed after the period's end, by agency level name (setting). */
	public int dueWorkingDays(String level) {
		return switch (level) {
			case "LOCAL" -> this.settings.dueWorkingDays().local();
			case "PROVINCE" -> this.settings.dueWorkingDays().province();
			default -> this.settings.dueWorkingDays().central();
		};
	}

	/** The instant a return of this level stops being on time: the end of its due day. */
	public ZonedDateTime dueEnd(ReportingPeriod period, String level) {
		return period.dueDate(dueWorkingDays(level)).plusDays(1).atStartOfDay(zone());
	}

	/**
	 * @param firstMonth calendar month the statistical year starts with
	 * @param timeZone where deadlines and "today" are reckoned
	 * @param dueWorkingDays working days after the period's end a return is due, by level
	 */
	@ConfigurationProperties("thads.calendar")
	record Settings(int firstMonth, ZoneId timeZone, DueWorkingDays dueWorkingDays) {

		Settings {
			if (firstMonth == 0) {
				firstMonth = ReportingPeriod.DEFAULT_FIRST_MONTH;
			}
			if (timeZone == null) {
				timeZone = ZoneId.of("Asia/Ho_Chi_Minh");
			}
			if (dueWorkingDays == null) {
				dueWorkingDays = new DueWorkingDays(2, 4, 4);
			}
		}

	}

	record DueWorkingDays(int local, int province, int central) {

	}

}
