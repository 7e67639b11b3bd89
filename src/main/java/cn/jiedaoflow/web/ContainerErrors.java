package cn.jiedaoflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * What the servlet container answers itself, before any of the application runs: a request it cannot even map
 * (a path with a {@code %} that starts no escape, {@code /api/%zz}, a header it cannot parse) gets a problem in the
 * caller's language instead of the container's HTML page. Tomcat reports such errors through the error report
 * valve of the host; this replaces that valve. Errors the application answers itself never reach it.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final Problems problems;
    private final ObjectMapper json;

    ContainerErrors(Problems problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (!(context.getParent() instanceof StandardHost host)) {
                return;
            }
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemReportValve(problems, json));
            // the host adds a valve of this class at start when it finds none: it finds ours
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
        });
    }

    /** After Spring Boot's own customizer, which adds the container's HTML report valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The host's error report: a problem, without anything about the server or the failure. */
    static final class ProblemReportValve extends ErrorReportValve {

        private final Problems problems;
        private final ObjectMapper json;

        ProblemReportValve(Problems problems, ObjectMapper json) {
            this.problems = problems;
            this.json = json;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            HttpStatus status = HttpStatus.resolve(response.getStatus());
            if (status == null
                    || !status.isError()
                    || response.getContentWritten() > 0
                    || !response.setErrorReported()) {
                return;
            }
            Locale locale =
                    request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
            String key = status == HttpStatus.BAD_REQUEST ? "problem.request.malformed" : "problem.unexpected";
            ProblemDetail problem = problems.of(status, key, new Object[0], locale);
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                PrintWriter writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.writeValueAsString(problem));
                    writer.flush();
                }
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or the response already committed: nothing left to tell the caller
                container.getLogger().debug("error report not written", e);
            }
        }
    }
}
