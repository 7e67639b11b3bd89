package cn.jiedaoflow.portal;

import cn.jiedaoflow.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anyone is signed in, the state-changing {@code /api} requests that another site's page could
 * have sent with the caller's cached credentials ({@link SameSiteRequests}): a 403 problem, nothing done.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private final ProblemResponses responses;

    CrossSiteRequestFilter(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SameSiteRequests.refused(request)) {
            responses.write(request, response, HttpStatus.FORBIDDEN, "portal.crossSite.refused");
            return;
        }
        chain.doFilter(request, response);
    }
}
