package cn.jiedaoflow.portal;

import cn.jiedaoflow.people.TooManySignInFailures;
import cn.jiedaoflow.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * 401 with a problem body, or 429 with {@code Retry-After} when the login name or address failed too often
 * ({@link TooManySignInFailures}); never a {@code WWW-Authenticate} challenge: a challenge makes a browser ask for a
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
        if (e instanceof TooManySignInFailures wait) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.retryAfterSeconds()));
            responses.write(
                    request,
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    wait.messageKey(),
                    wait.args(),
                    Map.of("retryAt", wait.waitUntil().toString()));
            return;
        }
        responses.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthenticated");
    }
}
