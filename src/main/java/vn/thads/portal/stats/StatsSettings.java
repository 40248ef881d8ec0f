package vn.thads.portal.stats;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the statistics engine ({@code thads.stats.*}).
 *
 * @param centralFilesReturn whether the central agency files a return of its own;
 * domain.md §1 says it does not, so by default it is neither expected nor counted
 */
@ConfigurationProperties("thads.stats")
record StatsSettings(boolean centralFilesReturn) {

}
