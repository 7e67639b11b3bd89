package cn.jiedaoflow.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A visitor who is not signed in and opens a private page (a case from a receipt's QR code, a notice's link) is sent
 * to the sign-in page, which leads back to that page ({@link NextPage}); a path that is not plainly local is dropped.
 */
final class SignInFirst implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        response.sendRedirect(request.getContextPath() + target(request.getServletPath()));
    }

    static String target(String asked) {
        return NextPage.isLocal(asked)
                ? PortalPaths.SIGN_IN + "?" + NextPage.PARAMETER + "=" + asked
                : PortalPaths.SIGN_IN;
    }
}
