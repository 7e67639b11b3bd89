package cn.jiedaoflow.portal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * 401 with a problem body, and no {@code WWW-Authenticate} challenge: a challenge makes a browser ask for a
 * password and then send it with every later request to {@code /api}, also those another site's page makes.
 * Scripts and the portal send HTTP Basic credentials with the request itself.
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponses responses;

    ProblemAuthenticationEntryPoint(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        responses.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthenticated");
    }
}
