package vn.thads.portal.period;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's one clock: nothing reads the system clock directly. With
 * {@code thads.clock.today=2026-11-30} (demos, tests) the date is pinned to that day
 * while the time of day runs on, so that timestamps stay in order.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

	@Bean
	Clock clock(@Value("${thads.clock.today:}") String today,
			@Value("${thads.calendar.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
		Clock system = Clock.system(zone);
		if (today == null || today.isBlank()) {
			return system;
		}
		LocalDate pinned = LocalDate.parse(today.trim());
		Duration offset = Duration.between(LocalDate.now(system).atStartOfDay(zone), pinned.atStartOfDay(zone));
		log.info("Today is pinned to {} (thads.clock.today)", pinned);
		return Clock.offset(system, offset);
	}

}
