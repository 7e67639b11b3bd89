package cn.jiedaoflow.idempotency;

import cn.jiedaoflow.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on {@code POST /api/**} (docs/architecture.md, "Idempotency keys"). Runs after Spring
 * Security, so it knows the caller and a refused sign-in or CSRF token never claims a key. A signed-in caller's first
 * request with a key runs and its answer is kept ({@link #kept}); a repeat with the same fingerprint gets that answer
 * again with {@code Idempotent-Replayed: true} and nothing runs; the same key with another request is a 422, and a
 * repeat while the first runs a 409 with {@code Retry-After: 1}. An anonymous caller's key is not recorded: the public
 * doors (a code, a sign-up, a password reset) answer a repeat themselves.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final IdempotencyKeys keys;
    private final ProblemResponses problems;

    IdempotencyFilter(IdempotencyKeys keys, ProblemResponses problems) {
        this.keys = keys;
        this.problems = problems;
    }

    /**
     * The answers kept: success, and the refusals that say the request itself is wrong, which the same request gets
     * again anyway (400 bad input, 413 too large, 415 unsupported type, 422). Not kept, so that a retry runs: a 5xx or
     * an exception, and the refusals whose reason can pass — 401/403 (rights change), 404 (what was missing may come),
     * 409 (the state that conflicted changes), 429 (the wait ends).
     */
    static boolean kept(int status) {
        return status >= 200 && status < 300 || status == 400 || status == 413 || status == 415 || status == 422;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !path.startsWith("/api/") || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (Collections.list(request.getHeaders(HEADER)).size() > 1
                || !KEY.matcher(key).matches()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "idempotency.key.invalid");
            return;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        IdempotencyKeys.Claim claim = keys.claim(caller.getName(), key);
        if (claim instanceof IdempotencyKeys.Claimed claimed) {
            first(claimed.id(), request, response, chain);
        } else if (claim instanceof IdempotencyKeys.Answered answered) {
            if (answered.fingerprint().equals(RequestFingerprint.of(request))) {
                replay(answered.answer(), response);
            } else {
                problems.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency.key.reused");
            }
        } else {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(request, response, HttpStatus.CONFLICT, "idempotency.key.running");
        }
    }

    private void first(long claim, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean keptAnswer = false;
        try {
            RequestFingerprint fingerprint = RequestFingerprint.start(request);
            chain.doFilter(fingerprint.request(), answer);
            if (kept(answer.getStatus())) {
                keys.keep(
                        claim,
                        fingerprint.finish(),
                        new KeptAnswer(
                                answer.getStatus(),
                                answer.getHeader(HttpHeaders.LOCATION),
                                answer.getContentType(),
                                answer.getContentAsByteArray()));
                keptAnswer = true;
            }
        } finally {
            if (!keptAnswer) {
                keys.release(claim);
            }
        }
        answer.copyBodyToResponse();
    }

    private static void replay(KeptAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        response.setHeader(REPLAYED, "true");
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.body() != null && answer.body().length > 0) {
            response.setContentLength(answer.body().length);
            response.getOutputStream().write(answer.body());
        }
    }

    /**
     * The fingerprint of a request: SHA-256 of its method, path and query, content type and body. A multipart body
     * (and a form) is taken part by part — name, file name, type, content — as the container stored it once, so a
     * client that resends with a new boundary sends the same request; any other body is hashed as it streams past,
     * while the endpoint reads it (a first request) or on its own (a repeat). Nothing is read into memory whole.
     */
    static final class RequestFingerprint {

        private final MessageDigest digest;
        private final HttpServletRequest request;
        private final DigestingStream stream;
        private String done;

        private RequestFingerprint(HttpServletRequest request) throws IOException {
            this.digest = sha256();
            String type = request.getContentType() == null ? "" : request.getContentType();
            text(request.getMethod());
            text(request.getRequestURI());
            text(request.getQueryString() == null ? "" : request.getQueryString());
            if (isA(type, "multipart/form-data") || isA(type, "application/x-www-form-urlencoded")) {
                text(type.toLowerCase(Locale.ROOT).replaceAll(";.*", ""));
                parts(request);
                this.done = hex(digest.digest());
                this.request = request;
                this.stream = null;
            } else {
                text(type.toLowerCase(Locale.ROOT).replace(" ", ""));
                this.stream = new DigestingStream(request.getInputStream(), digest);
                this.request = new HttpServletRequestWrapper(request) {
                    @Override
                    public ServletInputStream getInputStream() {
                        return stream;
                    }

                    @Override
                    public BufferedReader getReader() throws UnsupportedEncodingException {
                        String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                        return new BufferedReader(new InputStreamReader(stream, charset));
                    }
                };
            }
        }

        /** A first request: its fingerprint grows as the endpoint reads {@link #request()}. */
        static RequestFingerprint start(HttpServletRequest request) throws IOException {
            return new RequestFingerprint(request);
        }

        /** A repeat: its fingerprint, its body read to the end. */
        static String of(HttpServletRequest request) throws IOException {
            return new RequestFingerprint(request).finish();
        }

        HttpServletRequest request() {
            return request;
        }

        /** The fingerprint, with what the endpoint left unread of the body. */
        String finish() throws IOException {
            if (done == null) {
                stream.transferTo(OutputStream.nullOutputStream());
                done = hex(digest.digest());
            }
            return done;
        }

        private void parts(HttpServletRequest request) throws IOException {
            if (isA(request.getContentType(), "application/x-www-form-urlencoded")) {
                new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
                    text(name);
                    Arrays.stream(values).forEach(this::text);
                });
                return;
            }
            try {
                for (Part part : request.getParts()) {
                    text(part.getName());
                    text(String.valueOf(part.getSubmittedFileName()));
                    text(String.valueOf(part.getContentType()));
                    try (InputStream content = part.getInputStream()) {
                        long size = content.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
                        text(Long.toString(size));
                    }
                }
            } catch (ServletException | IllegalStateException unreadable) {
                // the endpoint refuses the same body with its own answer; here it is one that matches no other
                text("unreadable multipart body");
            }
        }

        private void text(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            digest.update(bytes);
        }

        private static boolean isA(String contentType, String type) {
            return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(type);
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        private static String hex(byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
    }

    /** The request's body, each byte read also given to the digest. */
    private static final class DigestingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final MessageDigest digest;

        DigestingStream(ServletInputStream in, MessageDigest digest) {
            this.in = in;
            this.digest = digest;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                digest.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                digest.update(buffer, offset, n);
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
