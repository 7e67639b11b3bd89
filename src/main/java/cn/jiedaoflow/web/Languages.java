package cn.jiedaoflow.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The caller's language, Chinese unless they ask for English. The API ({@code /api}, the actuator), the engine's doors
 * and everything else follow {@code Accept-Language}, as scripts and the portal's own page scripts send it. The pages
 * of {@link LanguagePages} (the resident portal's) follow the cookie {@value #COOKIE} that a link with
 * {@code ?lang=en} or {@code ?lang=zh} sets (a resident's browser may say English while they read Chinese): the
 * choice is theirs and stays for a year. Only these two languages are known; any other {@code lang} is ignored.
 */
@Configuration
class Languages implements WebMvcConfigurer {

    static final String COOKIE = "jiedao-lang";
    static final String PARAMETER = "lang";

    /** The languages offered, by the value of {@code ?lang=}. */
    static final Map<String, Locale> OFFERED = Map.of("zh", Locale.SIMPLIFIED_CHINESE, "en", Locale.ENGLISH);

    private final List<String> pages;

    Languages(List<LanguagePages> pages) {
        this.pages = pages.stream().flatMap(p -> p.patterns().stream()).toList();
    }

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(WebProperties web) {
        Locale fallback = web.getLocale() == null ? Locale.SIMPLIFIED_CHINESE : web.getLocale();
        AcceptHeaderLocaleResolver header = new AcceptHeaderLocaleResolver();
        header.setDefaultLocale(fallback);
        CookieLocaleResolver cookie = new CookieLocaleResolver(COOKIE);
        cookie.setDefaultLocale(fallback);
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setCookieHttpOnly(true);
        cookie.setCookieSameSite("Lax");
        return new ByPath(header, cookie, fallback, pages);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (!pages.isEmpty()) {
            registry.addInterceptor(new LanguageChoice()).addPathPatterns(pages);
        }
    }

    /** The cookie on the pages of {@link LanguagePages}; Accept-Language everywhere else. */
    static final class ByPath implements LocaleResolver {

        private static final AntPathMatcher PATHS = new AntPathMatcher();

        private final LocaleResolver header;
        private final LocaleResolver cookie;
        private final Locale fallback;
        private final List<String> pages;

        ByPath(LocaleResolver header, LocaleResolver cookie, Locale fallback, List<String> pages) {
            this.header = header;
            this.cookie = cookie;
            this.fallback = fallback;
            this.pages = List.copyOf(pages);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            if (!isPage(request)) {
                return header.resolveLocale(request);
            }
            Locale chosen = cookie.resolveLocale(request);
            return OFFERED.containsValue(chosen) ? chosen : fallback;
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            cookie.setLocale(request, response, locale);
        }

        private boolean isPage(HttpServletRequest request) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return pages.stream().anyMatch(pattern -> PATHS.match(pattern, path));
        }
    }

    /** {@code ?lang=en} or {@code ?lang=zh} on a page: the language is set, and kept in the cookie. */
    static final class LanguageChoice implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String asked = request.getParameter(PARAMETER);
            Locale locale = asked == null ? null : OFFERED.get(asked);
            Object resolver = request.getAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE);
            if (locale != null && resolver instanceof LocaleResolver chosen) {
                chosen.setLocale(request, response, locale);
            }
            return true;
        }
    }
}
