package cn.jiedaoflow.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The kinds of document residents may hand in (materials, attachments): a PDF, a JPEG or a PNG, told by the
 * file's first bytes, whatever its name or declared type says; at most 10 MB each.
 */
public enum DocumentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    /** 10 MB (10 × 1024 × 1024 bytes): the largest document accepted. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final String mediaType;
    private final byte[] magic;

    DocumentType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type {@code content} is, by its first bytes; empty when it is none of the accepted ones. */
    public static Optional<DocumentType> of(byte[] content) {
        for (DocumentType type : values()) {
            if (content.length >= type.magic.length && startsWith(content, type.magic)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The SHA-256 of {@code content}, in hexadecimal: stored with each document to show it is unchanged. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * A file name safe to store and to send back: no path, no control characters, no direction overrides or
     * isolates (U+202E makes {@code invoice[U+202E]fdp.exe} read as {@code invoiceexe.pdf}), no broken characters,
     * at most 255 characters. The name is made safe, not refused: the document is judged by its content.
     */
    public static String safeFileName(String original, String fallback) {
        String name = original == null
                ? ""
                : original.strip()
                        .replaceAll("[\\\\/\\p{Cntrl}\\u0080-\\u009F\\u202A-\\u202E\\u2066-\\u2069]", "_")
                        .replaceAll("\\p{Cs}", "_");
        if (name.isEmpty()) {
            name = fallback;
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
