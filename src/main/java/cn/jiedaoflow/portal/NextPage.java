package cn.jiedaoflow.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/**
 * After a sign-in, the page the visitor was sent from ({@code next}, e.g. an apply page), else the inbox. Only a path
 * of this site is followed (letters, digits, {@code -} and {@code _} between single slashes): never another site.
 */
class NextPage extends SimpleUrlAuthenticationSuccessHandler {

    static final String PARAMETER = "next";
    private static final Pattern LOCAL_PATH = Pattern.compile("(/[A-Za-z0-9_-]+)+");

    NextPage(String defaultPage) {
        super(defaultPage);
        setAlwaysUseDefaultTargetUrl(false);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
        String next = request.getParameter(PARAMETER);
        return isLocal(next) ? next : getDefaultTargetUrl();
    }

    static boolean isLocal(String path) {
        return path != null && path.length() <= 200 && LOCAL_PATH.matcher(path).matches();
    }
}
