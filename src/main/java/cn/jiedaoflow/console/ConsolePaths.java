package cn.jiedaoflow.console;

/** The addresses of the staff console's pages (docs/console.md). */
public final class ConsolePaths {

    public static final String HOME = "/console";
    /** Every page of the console, as the security chain matches them. */
    public static final String ALL = "/console/**";

    private ConsolePaths() {}
}
