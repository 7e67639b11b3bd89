package cn.jiedaoflow.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request Spring Security's firewall refuses (an encoded slash or dot segment, a path parameter, a control
 * character in the path) is a 400 problem like any other bad input, not the bare error page.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RejectedRequests.class);

    private final ProblemWriter problems;

    RejectedRequests(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        LOG.debug("request refused by the firewall: {}", e.getMessage());
        problems.write(request, response, HttpStatus.BAD_REQUEST, "problem.request.malformed");
    }
}
