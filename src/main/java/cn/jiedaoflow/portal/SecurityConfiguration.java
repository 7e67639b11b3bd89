package cn.jiedaoflow.portal;

import cn.jiedaoflow.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The application's door. Spring Security guards {@code /api/**} only: the webapps under {@code /camunda}
 * keep Camunda's own login and CSRF, and {@code /engine-rest} has Camunda's authentication filter
 * (see {@code cn.jiedaoflow.engine.EngineRestAuthentication}).
 *
 * <p>Who may call what: {@code GET /api/calendar/deadline}, the catalog and the accounts' own doors (a verification
 * code, a sign-up, a password reset: {@code cn.jiedaoflow.accounts}) are public; everything else under {@code /api}
 * needs a signed-in caller (HTTP Basic, sent with each request; stateless, so there is no session or cookie);
 * each endpoint then checks the caller's kind and groups with {@code @PreAuthorize} or in its service. A 401
 * carries no Basic challenge, so browsers never keep the credentials for later requests; and a state-changing
 * request with a body another site's page could send ({@link SameSiteRequests}) is refused unless it shows it
 * comes from our own site — the protection a CSRF token gives a session, without a session.
 */
@Configuration
@EnableMethodSecurity
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler accessDenied,
            ProblemResponses responses)
            throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(new CrossSiteRequestFilter(responses), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/calendar/deadline")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/catalog", "/api/catalog/*")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/accounts/verification-codes",
                                "/api/accounts/residents",
                                "/api/accounts/enterprises",
                                "/api/accounts/password-reset")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /**
     * The actuator ({@code /actuator/health}, {@code /actuator/info}): open to all, and HTTP Basic (the same sign-in
     * as {@code /api}) for whoever wants to see health's components and details, which only members of group
     * {@code administrators} get ({@code management.endpoint.health.roles}).
     */
    @Bean
    @Order(2)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint)
            throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** Everything else (webapps, engine REST, static files): left to their own guards. */
    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.securityMatcher("/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(ctx -> ctx.disable())
                .sessionManagement(s -> s.disable())
                .anonymous(a -> a.disable());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
