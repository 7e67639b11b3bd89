package cn.jiedaoflow.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The caller's language, Chinese unless they ask for English. The API ({@code /api}, the actuator) follows
 * {@code Accept-Language}, as scripts and the portal's own page scripts send it. The portal's pages follow the
 * cookie {@value #COOKIE} that a link with {@code ?lang=en} or {@code ?lang=zh} sets (a resident's browser may say
 * English while they read Chinese): the choice is theirs and stays for a year. Only these two languages are
 * known; any other {@code lang} is ignored.
 */
@Configuration
class Languages implements WebMvcConfigurer {

    static final String COOKIE = "jiedao-lang";
    static final String PARAMETER = "lang";

    /** The languages offered, by the value of {@code ?lang=}. */
    static final Map<String, Locale> OFFERED = Map.of("zh", Locale.SIMPLIFIED_CHINESE, "en", Locale.ENGLISH);

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(WebProperties web) {
        Locale fallback = web.getLocale() == null ? Locale.SIMPLIFIED_CHINESE : web.getLocale();
        AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
        api.setDefaultLocale(fallback);
        CookieLocaleResolver pages = new CookieLocaleResolver(COOKIE);
        pages.setDefaultLocale(fallback);
        pages.setCookieMaxAge(Duration.ofDays(365));
        pages.setCookieHttpOnly(true);
        pages.setCookieSameSite("Lax");
        return new ByPath(api, pages, fallback);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageChoice())
                .addPathPatterns("/**")
                .excludePathPatterns("/api/**", "/actuator/**");
    }

    /** Accept-Language under {@code /api} and {@code /actuator}; the cookie everywhere else. */
    static final class ByPath implements LocaleResolver {

        private final LocaleResolver api;
        private final LocaleResolver pages;
        private final Locale fallback;

        ByPath(LocaleResolver api, LocaleResolver pages, Locale fallback) {
            this.api = api;
            this.pages = pages;
            this.fallback = fallback;
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            if (isApi(request)) {
                return api.resolveLocale(request);
            }
            Locale chosen = pages.resolveLocale(request);
            return OFFERED.containsValue(chosen) ? chosen : fallback;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            pages.setLocale(request, response, locale);
        }

        private static boolean isApi(HttpServletRequest request) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator");
        }
    }

    /** {@code ?lang=en} or {@code ?lang=zh} on a page: the language is set, and kept in the cookie. */
    static final class LanguageChoice implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String asked = request.getParameter(PARAMETER);
            Locale locale = asked == null ? null : OFFERED.get(asked);
            if (locale != null) {
                LocaleResolver resolver =
                        (LocaleResolver) request.getAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE);
                if (resolver != null) {
                    resolver.setLocale(request, response, locale);
                }
            }
            return true;
        }
    }
}
