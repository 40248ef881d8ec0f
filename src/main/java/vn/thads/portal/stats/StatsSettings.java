package vn.thads.portal.stats;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the statistics engine ({@code thads.stats.*}).
 *
 * @param centralFilesReturn whether the central agency files a return of its own;
 * domain.md §1 says it does not, so by default it is neither expected nor counted
 * @param cacheSize how many answers of the engine are kept for the version of the data
 * they were read at ({@link StatsCache}); 0 turns the cache off (the engine's benchmark
 * measures the queries)
 */
@ConfigurationProperties("thads.stats")
record StatsSettings(boolean centralFilesReturn, @DefaultValue("2000") int cacheSize) {

}
