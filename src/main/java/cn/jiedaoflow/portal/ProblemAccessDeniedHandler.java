package cn.jiedaoflow.portal;

import cn.jiedaoflow.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * 403 with a problem body in the caller's language; a request a portal session would sign in that lacks its CSRF
 * token ({@link PortalSessions}) is told so, so that the page can say "reload".
 */
@Component
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemResponses responses;

    ProblemAccessDeniedHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        responses.write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                e instanceof CsrfException ? "portal.csrf.refused" : "problem.forbidden");
    }
}
