package cn.jiedaoflow.engine;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the Admin webapp's first-user setup ({@code /camunda/api/admin/setup/…} and its page), which would
 * let anyone create an administrator while none exists (the 2026 advisory on Camunda 7.24 CE). The
 * administrator is created at start-up from configuration instead. The path is normalised first (decoding,
 * path parameters, repeated slashes, dot segments, case), so no spelling of it gets through.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SetupPageLock extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isSetupPath(path)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setCharacterEncoding("UTF-8");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"urn:jiedao:problem:problem.setup.disabled\",\"status\":403,"
                    + "\"title\":\"Forbidden\",\"detail\":\"初始设置页面已关闭，管理员由系统按配置创建 / "
                    + "The first-user setup is closed; the administrator is created from configuration.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isSetupPath(String rawPath) {
        String path = normalise(rawPath);
        return path.contains("/api/admin/setup") || path.matches(".*/app/admin/[^/]+/setup(/.*)?");
    }

    static String normalise(String rawPath) {
        String path = rawPath;
        for (int i = 0; i < 3 && path.contains("%"); i++) {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
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
}
