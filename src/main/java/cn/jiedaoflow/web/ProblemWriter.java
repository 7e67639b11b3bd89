package cn.jiedaoflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes a problem from a servlet filter, before Spring MVC (and its {@link ApiExceptionHandler}) is reached: in the
 * caller's language, with the same shape as every other problem of the API.
 */
@Component
public class ProblemWriter {

    private final Problems problems;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    ProblemWriter(Problems problems, ObjectMapper json, LocaleResolver localeResolver) {
        this.problems = problems;
        this.json = json;
        this.locales = localeResolver;
    }

    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String messageKey,
            Object... args)
            throws IOException {
        ProblemDetail problem = problems.of(status, messageKey, args, locales.resolveLocale(request));
        instance(request).ifPresent(problem::setInstance);
        response.resetBuffer();
        response.setStatus(status.value());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The path asked for, when it is a URI at all (a refused path may not be). */
    private static Optional<URI> instance(HttpServletRequest request) {
        try {
            return Optional.of(new URI(request.getRequestURI()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
