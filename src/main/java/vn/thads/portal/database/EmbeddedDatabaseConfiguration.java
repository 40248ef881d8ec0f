package vn.thads.portal.database;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL inside the portal when no datasource URL is configured, so
 * that {@code ./mvnw spring-boot:run} needs nothing installed. With
 * {@code spring.datasource.url} set, this configuration stays out of the way.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
		return EmbeddedPostgresServer.obtain(properties);
	}

	/**
	 * The pool is closed before the server: Spring destroys a bean before the beans it
	 * depends on.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl(properties.database()));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("thads-embedded");
		return dataSource;
	}

}
