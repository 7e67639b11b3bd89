package cn.jiedaoflow.web;

import cn.jiedaoflow.refusal.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * Uploaded files taken as the raw request body (a CSV import): read up to a limit and no further, so a wrong or
 * hostile upload cannot fill the heap. A body over the limit, declared or not (chunked uploads have no length),
 * is refused with 413 before any of it is parsed; the message names the limit in KB.
 */
public final class RequestBodies {

    private RequestBodies() {}

    /**
     * The body, at most {@code maxBytes} long, else the 413 problem {@code tooLargeMessageKey} with the limit in KB.
     */
    public static byte[] readAtMost(HttpServletRequest request, long maxBytes, String tooLargeMessageKey)
            throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge(maxBytes, tooLargeMessageKey);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw tooLarge(maxBytes, tooLargeMessageKey);
            }
            return content;
        }
    }

    private static Refusal tooLarge(long maxBytes, String messageKey) {
        return Refusal.tooLarge(messageKey, String.valueOf(maxBytes / 1024));
    }
}
