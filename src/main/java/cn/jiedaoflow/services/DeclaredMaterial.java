package cn.jiedaoflow.services;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A material a model asks for at its start: an extension property of the start event named
 * {@code material.<code>} with the value {@code required|中文名|English name} (or {@code optional|…}).
 */
public record DeclaredMaterial(String code, String nameZh, String nameEn, boolean required) {

    /** The extension property's name before the material's code. */
    public static final String PREFIX = "material.";

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MOST_NAME = 100;

    /**
     * The material an extension property declares; empty when the property is not a material's. A material's property
     * that does not read as one is refused with what a designer should write.
     */
    public static Optional<DeclaredMaterial> of(String name, String value) {
        if (name == null || !name.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String code = name.substring(PREFIX.length());
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("material code \"" + code + "\" is not lower-case words joined by '-'");
        }
        String[] parts = value == null ? new String[0] : value.split("\\|", -1);
        if (parts.length != 3 || !("required".equals(parts[0]) || "optional".equals(parts[0]))) {
            throw new IllegalArgumentException("material " + code + " reads \"" + value
                    + "\", not \"required|中文名|English name\"" + " or \"optional|中文名|English name\"");
        }
        String zh = parts[1].strip();
        String en = parts[2].strip();
        if (zh.isEmpty() || en.isEmpty() || zh.length() > MOST_NAME || en.length() > MOST_NAME) {
            throw new IllegalArgumentException(
                    "material " + code + " needs a Chinese and an English name of 1 to " + MOST_NAME + " characters");
        }
        return Optional.of(new DeclaredMaterial(code, zh, en, "required".equals(parts[0])));
    }
}
