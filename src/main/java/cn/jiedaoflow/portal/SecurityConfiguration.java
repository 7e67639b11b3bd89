package cn.jiedaoflow.portal;

import cn.jiedaoflow.console.ConsolePaths;
import cn.jiedaoflow.overview.ScrapeCredential;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.web.LanguagePages;
import cn.jiedaoflow.web.ProblemResponses;
import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ForwardAuthenticationFailureHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The application's doors. Spring Security guards {@code /api/**}, the actuator and the resident portal's pages: the
 * webapps under {@code /camunda} keep Camunda's own login and CSRF, and {@code /engine-rest} has Camunda's
 * authentication filter (see {@code cn.jiedaoflow.engine.EngineRestAuthentication}); neither reads the portal's
 * sign-in, so a resident's portal session opens nothing there.
 *
 * <p>Who may call what: {@code GET /api/calendar/deadline}, the catalog, the API's document ({@code /api/docs}) and
 * the accounts' own doors (a verification code, a sign-up, a password reset: {@code cn.jiedaoflow.accounts}) are
 * public; everything else under {@code /api}
 * needs a signed-in caller — HTTP Basic sent with each request (stateless: no session, no cookie), or the session of
 * the portal's sign-in form ({@code /sign-in}); each endpoint then checks the caller's kind and groups with
 * {@code @PreAuthorize} or in its service. A 401 carries no Basic challenge, so browsers never keep the credentials for
 * later requests. A state-changing request with a body another site's page could send ({@link SameSiteRequests}) is
 * refused unless it shows it comes from our own site, and one that a portal session may sign in must carry the CSRF
 * token as well ({@link PortalSessions}).
 */
@Configuration
@EnableMethodSecurity
@EnableWebSecurity
class SecurityConfiguration {

    private static final String PROMETHEUS = "/actuator/prometheus";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler accessDenied,
            ProblemResponses responses,
            CsrfTokenRepository csrfTokens)
            throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(new CrossSiteRequestFilter(responses), CsrfFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/calendar/deadline")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/catalog", "/api/catalog/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/services", "/api/services/*/form", "/api/forms/*")
                        .permitAll()
                        // the API's OpenAPI document (apidocs/)
                        .requestMatchers(HttpMethod.GET, "/api/docs", "/api/docs.yaml")
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
                // Basic signs in this request only: its sign-in is never kept in a session
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint)
                        .securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
                // the API reads the portal's session, never makes one
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .requireCsrfProtectionMatcher(PortalSessions::needsCsrfToken))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /**
     * The actuator ({@code /actuator/health}, {@code /actuator/info}): open to all, and HTTP Basic (the same sign-in
     * as {@code /api}) for whoever wants to see health's components and details, which only members of group
     * {@code administrators} get ({@code management.endpoint.health.roles}). {@code /actuator/prometheus} (the leaders'
     * overview's gauges, docs/overview.md) only for administrators, leaders and the scrape credential
     * ({@link ScrapeCredential}, when {@code jiedao.metrics.scrape-password} is set): 401 without a sign-in, 403 for
     * anyone else.
     */
    @Bean
    @Order(2)
    SecurityFilterChain actuatorSecurity(
            HttpSecurity http,
            ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler accessDenied,
            AuthenticationProvider signIn,
            @Value("${jiedao.metrics.scrape-user:prometheus}") String scrapeUser,
            @Value("${jiedao.metrics.scrape-password:}") String scrapePassword)
            throws Exception {
        List<AuthenticationProvider> providers = new ArrayList<>();
        ScrapeCredential.of(scrapeUser, scrapePassword).ifPresent(providers::add);
        providers.add(signIn);
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(PROMETHEUS)
                        .hasAnyAuthority(
                                "GROUP_" + StaffGroup.ADMINISTRATORS.id(),
                                "GROUP_" + StaffGroup.LEADERS.id(),
                                ScrapeCredential.AUTHORITY)
                        .anyRequest()
                        .permitAll())
                .authenticationManager(new ProviderManager(providers))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /**
     * The resident portal's pages (docs/portal.md): a sign-in form that keeps the sign-in in the session (in the
     * database, 30 minutes idle), CSRF tokens on every form, and the headers of a page that runs only its own scripts.
     * A refused sign-in is answered on the sign-in page itself, with the end of a lock.
     */
    @Bean
    @Order(3)
    SecurityFilterChain portalSecurity(
            HttpSecurity http, ProblemResponses responses, CsrfTokenRepository csrfTokens, PortalAccessDenied denied)
            throws Exception {
        http.securityMatcher(PortalPaths.ALL)
                .addFilterBefore(new CrossSiteRequestFilter(responses), CsrfFilter.class)
                .authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(
                                PortalPaths.INBOX,
                                PortalPaths.MY_CASES,
                                PortalPaths.MY_CASES_ALL,
                                PortalPaths.MY_TASKS_ALL)
                        .authenticated()
                        .requestMatchers(PortalPaths.OWNERS_VOTES, PortalPaths.OWNERS_VOTES_ALL)
                        .authenticated()
                        // staff only: the console's pages refuse everyone else themselves (console.ConsoleHeader)
                        .requestMatchers(ConsolePaths.HOME, ConsolePaths.ALL)
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage(PortalPaths.SIGN_IN)
                        .loginProcessingUrl(PortalPaths.SIGN_IN)
                        .usernameParameter("loginName")
                        .passwordParameter("password")
                        .successHandler((request, response, signedIn) ->
                                response.sendRedirect(NextPage.after(request.getParameter(NextPage.PARAMETER))))
                        .failureHandler(new ForwardAuthenticationFailureHandler(PortalPaths.SIGN_IN_REFUSED)))
                .logout(logout ->
                        logout.logoutUrl(PortalPaths.SIGN_OUT).logoutSuccessUrl(PortalPaths.HOME + "?signedOut"))
                .exceptionHandling(
                        ex -> ex.authenticationEntryPoint(new SignInFirst()).accessDeniedHandler(denied))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(PortalPaths.CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        return http.build();
    }

    /** Everything else (webapps, engine REST): left to their own guards. */
    @Bean
    @Order(4)
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

    /** The portal's pages speak the language the visitor chose with {@code ?lang=} (web/Languages). */
    @Bean
    LanguagePages portalLanguagePages() {
        return new LanguagePages(List.of(PortalPaths.ALL));
    }

    /** The portal's CSRF tokens, read by the pages' chain and by {@code /api} alike ({@link PortalSessions}). */
    @Bean
    CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(PortalSessions.COOKIE);
        tokens.setHeaderName(PortalSessions.HEADER);
        tokens.setParameterName(PortalSessions.PARAMETER);
        tokens.setCookiePath("/");
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").httpOnly(true));
        return tokens;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
