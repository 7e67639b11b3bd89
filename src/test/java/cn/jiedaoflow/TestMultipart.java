package cn.jiedaoflow;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Multipart bodies written byte for byte, for tests that must send exactly what they mean (a part without a
 * file name, an empty file, a wrong content type) where a client library would correct it.
 */
public final class TestMultipart {

    private TestMultipart() {}

    /** A file part: its headers and its bytes. */
    public record FilePart(String headers, byte[] content) {}

    /** A JSON part's headers and text. */
    public static String jsonPart(String name, String json) {
        return "Content-Disposition: form-data; name=\"" + name + "\"\r\nContent-Type: application/json\r\n\r\n" + json;
    }

    public static FilePart file(String name, String fileName, String contentType, byte[] content) {
        return new FilePart(
                "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\nContent-Type: "
                        + contentType + "\r\n\r\n",
                content);
    }

    /** A multipart body of {@code parts}: a string is a part's headers and text, a {@link FilePart} a file. */
    public static byte[] body(String boundary, Object... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Object part : parts) {
            body.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII));
            if (part instanceof String text) {
                body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            } else {
                FilePart file = (FilePart) part;
                body.writeBytes(file.headers().getBytes(StandardCharsets.UTF_8));
                body.writeBytes(file.content());
            }
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }
}
