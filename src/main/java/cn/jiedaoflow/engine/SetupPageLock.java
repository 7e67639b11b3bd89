package cn.jiedaoflow.engine;

import cn.jiedaoflow.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the Admin webapp's first-user setup ({@code /camunda/api/admin/setup/…} and its page), which would
 * let anyone create an administrator while none exists (the 2026 advisory on Camunda 7.24 CE). The
 * administrator is created at start-up from configuration instead. The path is normalised first (decoding,
 * path parameters, repeated slashes, dot segments, case), so no spelling of it gets through. A path that cannot be
 * decoded (a {@code %} not followed by two hexadecimal digits, at any of the decoding rounds) is no path of this
 * application: it is answered 400 with a problem, whatever it was meant to reach.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SetupPageLock extends OncePerRequestFilter {

    private final ProblemWriter problems;

    SetupPageLock(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean setupPath;
        try {
            setupPath = isSetupPath(path);
        } catch (UndecodablePath e) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "problem.path.undecodable");
            return;
        }
        if (setupPath) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setCharacterEncoding("UTF-8");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"urn:jiedao:problem:problem.setup.disabled\",\"status\":403,"
                            + "\"title\":\"Forbidden\",\"detail\":\"初始设置页面已关闭，管理员由系统按配置创建 / "
                            + "The first-user setup is closed; the administrator is created from configuration.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether {@code rawPath} names the setup page or its API; {@link UndecodablePath} when it cannot be decoded. */
    static boolean isSetupPath(String rawPath) {
        String path = normalise(rawPath);
        return path.contains("/api/admin/setup") || path.matches(".*/app/admin/[^/]+/setup(/.*)?");
    }

    static String normalise(String rawPath) {
        String path = rawPath;
        for (int i = 0; i < 3 && path.contains("%"); i++) {
            try {
                path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new UndecodablePath(e);
            }
        }
        path = path.replace('\\', '/').toLowerCase(Locale.ROOT);
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            int parameters = segment.indexOf(';');
            String name = parameters >= 0 ? segment.substring(0, parameters) : segment;
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                segments.pollLast();
                continue;
            }
            segments.addLast(name);
        }
        return "/" + String.join("/", segments) + (path.endsWith("/") ? "/" : "");
    }

    /** A path with a percent sign that starts no escape ({@code %zz}, a trailing {@code %}), at some decoding round. */
    static final class UndecodablePath extends IllegalArgumentException {

        UndecodablePath(IllegalArgumentException cause) {
            super("the path cannot be decoded", cause);
        }
    }
}
