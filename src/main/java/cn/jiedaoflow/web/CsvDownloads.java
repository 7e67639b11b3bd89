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
}
