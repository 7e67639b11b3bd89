package cn.jiedaoflow.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The doors of the engine that check staff passwords outside the application's API: {@code /engine-rest} (HTTP
 * Basic on every request) and the webapps' login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}},
 * a form). A try inside a wait of {@link StaffSignInLimits} is answered here, before the engine is asked: 429 with
 * {@code Retry-After} and Camunda's {@code {type, message}} body. The engine's identity provider refuses such a try
 * too ({@link StaffIdentityProvider}), whatever the door, so this gate only gives the right answer.
 *
 * <p>It also records every request's client address ({@link SignInAddress}) for the engine's password check. The
 * address is the one the server sees ({@code getRemoteAddr()}); behind a reverse proxy, configure Tomcat's
 * {@code RemoteIpValve} for that proxy only (docs/operations.md), never trust {@code X-Forwarded-For} from anyone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class StaffSignInGate extends OncePerRequestFilter {

    private static final Pattern WEBAPP_LOGIN = Pattern.compile("/auth/user/[^/]+/login/[^/]+/?");
    /** The webapps' login form is small; a larger body is passed on unread. */
    private static final int LONGEST_LOGIN_FORM = 16 * 1024;

    private final StaffSignInLimits limits;
    private final String engineRestPath;
    private final String adminApiPath;

    StaffSignInGate(StaffSignInLimits limits, JerseyApplicationPath engineRest, CamundaBpmProperties camunda) {
        this.limits = limits;
        this.engineRestPath = engineRest.getPath();
        this.adminApiPath = camunda.getWebapp().getApplicationPath() + "/api/admin";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SignInAddress.set(request.getRemoteAddr());
        try {
            HttpServletRequest passedOn = request;
            Optional<String> userId = Optional.empty();
            if (engineRestPath.equals(request.getServletPath())) {
                userId = basicUser(request.getHeader(HttpHeaders.AUTHORIZATION));
            } else if (isWebappLogin(request)) {
                FormRequest form = FormRequest.read(request);
                passedOn = form;
                userId = form.parameter("username");
            }
            Optional<TooManySignInFailures> wait = userId.flatMap(id -> limits.waitFor(id, request.getRemoteAddr()));
            if (wait.isPresent()) {
                answer(response, wait.get());
                return;
            }
            chain.doFilter(passedOn, response);
        } finally {
            SignInAddress.clear();
        }
    }

    private boolean isWebappLogin(HttpServletRequest request) {
        return "POST".equalsIgnoreCase(request.getMethod())
                && adminApiPath.equals(request.getServletPath())
                && request.getPathInfo() != null
                && WEBAPP_LOGIN.matcher(request.getPathInfo()).matches();
    }

    static Optional<String> basicUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String credentials = new String(
                    Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon > 0 ? Optional.of(credentials.substring(0, colon)) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static void answer(HttpServletResponse response, TooManySignInFailures wait) throws IOException {
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.retryAfterSeconds()));
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        long seconds = wait.retryAfterSeconds();
        response.getWriter()
                .write("{\"type\":\"TooManySignInFailures\",\"message\":\"登录失败次数过多，请 " + seconds
                        + " 秒后再试 / Too many failed sign-ins: try again in " + seconds
                        + (seconds == 1 ? " second" : " seconds")
                        + "\"}");
    }

    /** A form-encoded request whose body was read here to find the user name, and is read again downstream. */
    static final class FormRequest extends HttpServletRequestWrapper {

        private final byte[] head;
        private final InputStream rest;
        private final Charset charset;
        private ServletInputStream stream;

        private FormRequest(HttpServletRequest request, byte[] head, InputStream rest) {
            super(request);
            this.head = head;
            this.rest = rest;
            this.charset = request.getCharacterEncoding() == null
                    ? StandardCharsets.UTF_8
                    : Charset.forName(request.getCharacterEncoding());
        }

        static FormRequest read(HttpServletRequest request) throws IOException {
            InputStream body = request.getInputStream();
            byte[] head = body.readNBytes(LONGEST_LOGIN_FORM + 1);
            return new FormRequest(request, head, body);
        }

        /** A parameter of the body, if the whole body was read and it is form-encoded. */
        Optional<String> parameter(String name) {
            if (head.length > LONGEST_LOGIN_FORM
                    || getContentType() == null
                    || !getContentType()
                            .toLowerCase(Locale.ROOT)
                            .startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
                return Optional.empty();
            }
            for (String pair : new String(head, StandardCharsets.ISO_8859_1).split("&")) {
                int equals = pair.indexOf('=');
                String key = equals < 0 ? pair : pair.substring(0, equals);
                if (key.equals(name)) {
                    if (equals < 0) {
                        return Optional.of("");
                    }
                    try {
                        return Optional.of(URLDecoder.decode(pair.substring(equals + 1), charset));
                    } catch (IllegalArgumentException undecodable) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }

        @Override
        public ServletInputStream getInputStream() {
            if (stream == null) {
                InputStream all = new SequenceInputStream(new ByteArrayInputStream(head), rest);
                stream = new ServletInputStream() {
                    private boolean finished;

                    @Override
                    public int read() throws IOException {
                        int b = all.read();
                        finished = b < 0;
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = all.read(buffer, offset, length);
                        finished = n < 0;
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return finished;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        throw new UnsupportedOperationException("the login form is read blocking");
                    }
                };
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), charset));
        }
    }
}
