package vn.thads.portal.security;

import java.util.LinkedHashMap;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains: the JSON API authenticates every call with HTTP Basic and keeps no
 * session; instead of a CSRF token it refuses writes a form on another site could send
 * ({@link CrossSiteWrites}) and never challenges a browser for a password; the pages use
 * a sign-in form, a session with a timeout, and CSRF protection on every form. Agency
 * scope is checked by the features themselves through {@code AgencyScope}; here only the
 * role gates.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PATHS = { "/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/fonts/**",
			"/favicon.ico", "/error", "/actuator/health", "/actuator/health/**" };

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.addFilterBefore(new CrossSiteWrites(problems), BasicAuthenticationFilter.class)
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.headers(SecurityConfiguration::transportHeaders);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(signInFailures())
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.deleteCookies("JSESSIONID")
				// the entry page's unsaved drafts (localStorage) go with the session;
				// Spring's
				// ClearSiteDataHeaderWriter writes only on HTTPS, an office LAN may be
				// plain HTTP
				.addLogoutHandler(
						new HeaderWriterLogoutHandler(new StaticHeadersWriter("Clear-Site-Data", "\"storage\""))))
			.sessionManagement((session) -> session.invalidSessionUrl("/login?expired"))
			.headers((headers) -> transportHeaders(headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
							+ "object-src 'none'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'"))));
		return http.build();
	}

	/**
	 * A sign-in refused for too many failures from the address goes to its own message
	 * (the exception, with its time, stays in the session for the page).
	 */
	private static AuthenticationFailureHandler signInFailures() {
		LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler> handlers = new LinkedHashMap<>();
		handlers.put(SignInLockedException.class, new SimpleUrlAuthenticationFailureHandler("/login?locked"));
		// a wrong password, or the 503 page when the database is down
		return new DelegatingAuthenticationFailureHandler(handlers, new SignInFailures());
	}

	/**
	 * Headers of every answer (docs/security.md, Headers, transport and outages): no
	 * referrer beyond the portal's origin, no camera, microphone or location for any
	 * page, HSTS on answers over HTTPS (Spring Security writes it only to secure
	 * requests). Cache-Control stays Spring Security's default
	 * {@code no-cache, no-store}: pages with figures must not stay on shared office
	 * computers. Spring Security writes it to every answer that has no Cache-Control of
	 * its own; only static assets have one (web.assets.StaticAssets: immutable when
	 * versioned).
	 */
	private static void transportHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
			.httpStrictTransportSecurity((hsts) -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true));
	}

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
			+ "display-capture=()";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
