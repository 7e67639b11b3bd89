package cn.jiedaoflow.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * A portal form sent without a valid CSRF token — a page left open while its token changed (another tab signed in),
 * or another site's form: nothing is done, and the browser is sent back to the sign-in page (or home) with a note
 * that the page had expired, where a fresh form waits.
 */
@Component
class PortalAccessDenied implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String back = path.equals(PortalPaths.SIGN_IN) ? PortalPaths.SIGN_IN : PortalPaths.HOME;
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + back + "?expired");
    }
}
