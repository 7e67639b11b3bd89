package cn.jiedaoflow.services;

import cn.jiedaoflow.catalog.FormField;
import cn.jiedaoflow.catalog.MatterForms;
import cn.jiedaoflow.engine.EngineEdge;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.springframework.stereotype.Component;

/**
 * The forms of the generic door's processes as they were deployed with the model (so a designer's new version brings
 * its own forms): a start form per deployed version and a task's form, as JSON for the portal's viewer and as fields
 * for the server's checks.
 */
@EngineEdge
@Component
class ServiceForms {

    private final FormService engineForms;
    private final ObjectMapper json;
    private final Map<String, JsonNode> startForms = new ConcurrentHashMap<>();

    ServiceForms(FormService engineForms, ObjectMapper json) {
        this.engineForms = engineForms;
        this.json = json;
    }

    /** The start form's JSON of the process's deployed version; an empty form when the model names none. */
    JsonNode startForm(StartableProcess process) {
        if (process.startForm() == null) {
            return json.createObjectNode().set("components", json.createArrayNode());
        }
        return startForms.computeIfAbsent(process.definitionId(), id -> read(engineForms.getDeployedStartForm(id)));
    }

    List<FormField> startFields(StartableProcess process) {
        return MatterForms.fieldsOf(startForm(process));
    }

    /** The form of open task {@code taskId}, as deployed with its model. */
    JsonNode taskForm(String taskId) {
        return read(engineForms.getDeployedTaskForm(taskId));
    }

    private JsonNode read(InputStream form) {
        try (InputStream in = form) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("a deployed form cannot be read", e);
        }
    }
}
