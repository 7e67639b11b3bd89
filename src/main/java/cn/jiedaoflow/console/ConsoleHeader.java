package cn.jiedaoflow.console;

import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Refusal;
import cn.jiedaoflow.web.ConsolePage;
import cn.jiedaoflow.web.RefusalStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the header of every console page shows ({@code console/layout.html}): who is signed in, the sections their
 * groups open, the language. Given to every {@link ConsolePage} controller, which it also closes to anyone but staff:
 * a resident or an enterprise signed in on the portal gets the console's 403 page, as does a staff member opening a
 * section of other groups ({@link #preHandle}).
 */
// before the API's advice, which would answer a refusal on a page with JSON
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(annotations = ConsolePage.class)
class ConsoleHeader implements WebMvcConfigurer, HandlerInterceptor {

    private final List<ConsoleSection> sections;
    private final MessageSource messages;

    ConsoleHeader(List<ConsoleSection> sections, MessageSource messages) {
        this.sections = List.copyOf(sections);
        this.messages = messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(ConsolePaths.HOME, ConsolePaths.ALL);
    }

    /**
     * A page of a {@link ConsoleSection} is refused, before its handler runs, to anyone the section is not open to:
     * the sections' controllers check nothing themselves, and a new page of a section cannot forget the check.
     */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.getBean() instanceof ConsoleSection section) {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            ConsoleRefused.unlessOpen(
                    signedIn != null && signedIn.getPrincipal() instanceof Caller caller ? caller : null, section);
        }
        return true;
    }

    @ModelAttribute
    void header(@AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        model.addAllAttributes(language(locale));
        ConsoleRefused.unlessStaff(caller);
        model.addAttribute("caller", caller);
        model.addAttribute("sections", openTo(caller));
    }

    /** The sections whose pages {@code caller} may open, in the order the console lists them. */
    List<ConsoleSection> openTo(Caller caller) {
        return sections.stream().filter(section -> section.openTo(caller)).toList();
    }

    @ExceptionHandler(ConsoleRefused.class)
    ModelAndView refused(ConsoleRefused refused, @AuthenticationPrincipal Caller caller, Locale locale) {
        ModelAndView page = new ModelAndView("console/refused", HttpStatus.FORBIDDEN);
        page.addAllObjects(language(locale));
        page.addObject("caller", refused.staff() ? caller : null);
        page.addObject("sections", refused.staff() ? openTo(caller) : List.of());
        page.addObject("staff", refused.staff());
        return page;
    }

    /**
     * A refusal of the domain on a console page (a register frozen by a vote, an estate that does not exist): the
     * console's problem page with the refusal's sentence in the page's language and its status, never the API's JSON.
     */
    @ExceptionHandler(Refusal.class)
    ModelAndView refusal(Refusal refusal, @AuthenticationPrincipal Caller caller, Locale locale) {
        ModelAndView page = new ModelAndView("console/problem", RefusalStatus.of(refusal.kind()));
        page.addAllObjects(language(locale));
        page.addObject("caller", caller);
        page.addObject("sections", openTo(caller));
        page.addObject("problem", messages.getMessage(refusal.messageKey(), refusal.args(), locale));
        return page;
    }

    /** The page's language: {@code english} for the template, {@code htmlLang} for the page's {@code lang}. */
    private static Map<String, Object> language(Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return Map.of("english", english, "htmlLang", english ? "en" : "zh-CN");
    }
}
