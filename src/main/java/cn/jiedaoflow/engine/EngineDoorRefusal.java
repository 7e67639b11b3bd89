package cn.jiedaoflow.engine;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A refusal of ours at the engine's doors, written before Camunda sees the request (the webapps' guards, the closed
 * deployment doors), in the shape Camunda's own refusals have there — {@code {"type": "AuthorizationException",
 * "message": …}} — so that Tasklist, Cockpit and Modeler show its message as they show Camunda's.
 */
public final class EngineDoorRefusal {

    private EngineDoorRefusal() {}

    /** Answers {@code status} with {@code message}, which must be a JSON string's content (no quote, no backslash). */
    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType("application/json");
        response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"" + message + "\"}");
    }
}
