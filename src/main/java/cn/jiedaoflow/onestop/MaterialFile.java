package cn.jiedaoflow.onestop;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A material file as uploaded, checked: its type is read from its first bytes (a PDF, JPEG or PNG by content,
 * whatever its name or declared type says) and its size is at most 10 MB.
 */
public record MaterialFile(String materialCode, String fileName, Type type, byte[] content) {

    /** 10 MB (10 × 1024 × 1024 bytes): the largest material accepted. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** The accepted file types and how each begins. */
    public enum Type {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

        private final String mediaType;
        private final byte[] magic;

        Type(String mediaType, byte[] magic) {
            this.mediaType = mediaType;
            this.magic = magic;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The type {@code content} is, by its first bytes; empty when it is none of the accepted ones. */
        public static Optional<Type> of(byte[] content) {
            for (Type type : values()) {
                if (content.length >= type.magic.length && startsWith(content, type.magic)) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
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

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
