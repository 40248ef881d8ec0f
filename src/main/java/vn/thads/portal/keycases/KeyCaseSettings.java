package vn.thads.portal.keycases;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The register's settings (application.properties, {@code thads.keycases.*}).
 *
 * @param largeValue a case to enforce at least this much (thousand đồng; 5 000 000 = 5 tỷ
 * đồng) is followed for its value
 * @param longRunningYears a case accepted more than this many years ago is followed as
 * long-running
 * @param eraseNamesAfter the parties' names are erased this long after the case is closed
 * (the figures are kept)
 */
@ConfigurationProperties("thads.keycases")
public record KeyCaseSettings(@DefaultValue("5000000") long largeValue, @DefaultValue("3") int longRunningYears,
		@DefaultValue("P5Y") Period eraseNamesAfter) {

}
