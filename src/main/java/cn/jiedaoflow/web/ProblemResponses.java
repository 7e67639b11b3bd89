package cn.jiedaoflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Writes a problem outside Spring MVC (from security filters), in the caller's language. */
@Component
public class ProblemResponses {

    private final Problems problems;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    public ProblemResponses(Problems problems, ObjectMapper json, LocaleResolver localeResolver) {
        this.problems = problems;
        this.json = json;
        this.locales = localeResolver;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
            throws IOException {
        write(request, response, status, messageKey, new Object[0], Map.of());
    }

    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String messageKey,
            Object[] args,
            Map<String, Object> properties)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = problems.of(status, messageKey, args, locale);
        properties.forEach(problem::setProperty);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
