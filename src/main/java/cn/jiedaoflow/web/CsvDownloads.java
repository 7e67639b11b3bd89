package cn.jiedaoflow.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An export sent as a CSV file to save: UTF-8, as an attachment (its name plain ASCII), its type not to be guessed by
 * the browser, not kept in caches.
 */
public final class CsvDownloads {

    public static final MediaType TEXT_CSV_UTF8 = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** RFC 5987's attr-chars besides letters and digits: sent as they are in an extended value. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CsvDownloads() {}

    public static ResponseEntity<byte[]> attachment(String fileName, byte[] csv) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV_UTF8)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv);
    }

    /**
     * The same with a name that may be Chinese: {@code filename*} carries it in UTF-8 (RFC 6266, RFC 5987), which
     * browsers use, and {@code filename} the plain ASCII {@code fallbackName} for those that do not read it.
     */
    public static ResponseEntity<byte[]> attachment(String fallbackName, String name, byte[] csv) {
        return ResponseEntity.ok()
                .contentType(TEXT_CSV_UTF8)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + fallbackName + "\"; filename*=UTF-8''" + extValue(name))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv);
    }

    /** RFC 5987's value-chars: the UTF-8 bytes of {@code name}, each but an attr-char percent-encoded. */
    static String extValue(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (letterOrDigit || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return encoded.toString();
    }
}
