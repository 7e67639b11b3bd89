package cn.jiedaoflow.personaldata;

import java.util.regex.Pattern;

/**
 * A value put into the markdown text of a Tasklist form (a summary, a link's text), escaped so that it reads as
 * written: masked numbers keep their asterisks ({@code 3101******5925} and {@code 137****8000} in one paragraph
 * would otherwise be bold text between two vanished runs), and a name can make neither a link, an emphasis, a
 * heading, HTML nor a form template ({@code {{…}}}). Line breaks become spaces, so a value cannot start a list or a
 * heading of its own.
 */
public final class MarkdownText {

    /** Markdown's, GitHub-flavoured markdown's and the form templates' own characters: each escaped by a backslash. */
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]()<>#!|{}~&])");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private MarkdownText() {}

    /** {@code value} escaped to be read as written; {@code null} reads as the empty text. */
    public static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = SPECIAL.matcher(String.valueOf(value)).replaceAll("\\\\$1");
        return WHITESPACE.matcher(text).replaceAll(" ");
    }
}
