package cn.jiedaoflow.portal;

import java.util.regex.Pattern;

/**
 * Where a sign-in leads: the page the visitor was sent from ({@code next}, e.g. an apply page), else the inbox. Only a
 * path of this site is followed (letters, digits, {@code -} and {@code _} between single slashes): never another site.
 */
final class NextPage {

    static final String PARAMETER = "next";
    private static final Pattern LOCAL_PATH = Pattern.compile("(/[A-Za-z0-9_-]+)+");

    private NextPage() {}

    static String after(String next) {
        return isLocal(next) ? next : PortalPaths.INBOX;
    }

    static boolean isLocal(String path) {
        return path != null && path.length() <= 200 && LOCAL_PATH.matcher(path).matches();
    }
}
