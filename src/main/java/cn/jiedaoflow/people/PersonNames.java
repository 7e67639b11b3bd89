package cn.jiedaoflow.people;

/**
 * How a person's name is shown where the full name is not needed, as in a list of owners or a choice among them: the
 * first character kept and every further one masked, {@code 张**} for 张三丰, {@code J********} for Jane Smith (the
 * family name of a Chinese name, the initial of a Latin one). Plain Java, tested without a framework.
 */
public final class PersonNames {

    private PersonNames() {}

    /** The masked form of {@code name}: its first character and one {@code *} per further character. */
    public static String mask(String name) {
        if (name == null) {
            return null;
        }
        String text = name.strip();
        if (text.isEmpty()) {
            return text;
        }
        int first = text.offsetByCodePoints(0, 1);
        return text.substring(0, first) + "*".repeat(text.codePointCount(first, text.length()));
    }
}
