package cn.jiedaoflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies of {@code /api} other than uploads are read up to a limit ({@code jiedao.api.max-body-bytes},
 * 1 MB; a JSON request of the API is a few KB): a longer one is refused with 413 before it is parsed, whether its
 * length is declared or not (chunked). Uploads have their own limits: multipart by the servlet container
 * ({@code spring.servlet.multipart.*}), CSV imports by {@link RequestBodies}.
 */
@Component
class BodyLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemWriter problems;

    BodyLimit(@Value("${jiedao.api.max-body-bytes:1048576}") long maxBytes, ProblemWriter problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType();
        return !path.startsWith("/api/")
                || type != null
                        && (isA(type, MediaType.MULTIPART_FORM_DATA)
                                || isA(type, MediaType.parseMediaType("text/csv")));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            problems.write(
                    request,
                    response,
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "problem.body.tooLarge",
                    String.valueOf(maxBytes / 1024));
            return;
        }
        chain.doFilter(new Limited(request, maxBytes), response);
    }

    private static boolean isA(String contentType, MediaType type) {
        try {
            return type.includes(MediaType.parseMediaType(contentType));
        } catch (IllegalArgumentException e) {
            return false; // not a media type at all: Spring MVC refuses it with 415
        }
    }

    /** A body longer than the limit, found while reading it. */
    static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        private final long maxBytes;

        TooLarge(long maxBytes) {
            super("request body over " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        long maxBytes() {
            return maxBytes;
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), maxBytes);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), encoding));
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        Counting(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > maxBytes) {
                throw new TooLarge(maxBytes);
            }
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

        @Override
        public void close() throws IOException {
            in.close();
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }
    }
}
