package cn.jiedaoflow.designers;

import cn.jiedaoflow.engine.CallersLanguage;
import cn.jiedaoflow.engine.EngineEdge;
import cn.jiedaoflow.modellint.Finding;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.DeploymentRestService;
import org.camunda.bpm.engine.rest.mapper.MultipartFormData;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

/**
 * The model lint on the server, for deployments through {@code POST /engine-rest/deployment/create} (Camunda
 * Modeler's deploy dialog): the models and forms of the upload are checked as the build checks the repository's,
 * and a deployment with findings is refused with 400 and the findings, in the caller's language
 * ({@code Accept-Language}, Chinese by default), in Camunda's {@code {type, message}} shape that Modeler shows.
 * A form a model names ({@code camunda:formRef}) but the upload lacks is taken from what the engine runs and
 * deployed along, since a task bound to its deployment finds its form only there.
 *
 * <p>Only for callers who may deploy: anyone else gets Camunda's own 403 before anything is read.
 */
@EngineEdge
class DeploymentLint implements ReaderInterceptor {

    static final String REFUSAL_TYPE = "ModelLintFindings";
    static final String DEPLOY_CHANGED_ONLY = "deploy-changed-only";
    static final String ENABLE_DUPLICATE_FILTERING = "enable-duplicate-filtering";
    private static final Logger LOG = LoggerFactory.getLogger(DeploymentLint.class);

    private final ModelFiles models;
    private final EngineModels engine;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final MessageSource messages;

    @Context
    private ResourceInfo resource;

    @Context
    private HttpHeaders headers;

    DeploymentLint(
            ModelFiles models,
            EngineModels engine,
            IdentityService identity,
            AuthorizationService authorizations,
            MessageSource messages) {
        this.models = models;
        this.engine = engine;
        this.identity = identity;
        this.authorizations = authorizations;
        this.messages = messages;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object entity = context.proceed();
        if (!(entity instanceof MultipartFormData upload) || !isDeploymentCreate() || !mayDeploy()) {
            return entity;
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String part : upload.getPartNames()) {
            MultipartFormData.FormPart file = upload.getNamedPart(part);
            if (file.getFileName() != null && ModelFiles.isModel(file.getFileName())) {
                files.put(Path.of(file.getFileName()).getFileName().toString(), file.getBinaryContent());
            }
        }
        if (files.isEmpty()) {
            return entity;
        }
        for (String formId : referencedForms(files)) {
            String name = formId + ".form";
            if (!files.containsKey(name)) {
                engine.newestResource(name).ifPresent(form -> {
                    files.put(name, form);
                    upload.addPart(new AddedFile(name, form));
                });
            }
        }
        List<Finding> findings = models.lint(files);
        if (!findings.isEmpty()) {
            throw new WebApplicationException(refusal(findings));
        }
        wholeSetOnly(upload);
        return entity;
    }

    /**
     * Modeler asks the engine to deploy changed files only ({@code deploy-changed-only}); an unchanged form would then
     * stay behind in an older deployment, where the new version's tasks, bound to their own deployment, never find
     * it. The upload is deployed as a whole instead, and not at all when nothing in it changed.
     */
    private static void wholeSetOnly(MultipartFormData upload) {
        MultipartFormData.FormPart changedOnly = upload.getNamedPart(DEPLOY_CHANGED_ONLY);
        if (changedOnly != null && Boolean.parseBoolean(changedOnly.getTextContent())) {
            upload.addPart(new Field(DEPLOY_CHANGED_ONLY, "false"));
            upload.addPart(new Field(ENABLE_DUPLICATE_FILTERING, "true"));
        }
    }

    /** Whether Camunda's deployment resource takes the request: decided by the method, whatever the path's spelling. */
    private boolean isDeploymentCreate() {
        Method method = resource.getResourceMethod();
        return method != null
                && method.getName().equals("createDeployment")
                && DeploymentRestService.class.isAssignableFrom(method.getDeclaringClass());
    }

    private boolean mayDeploy() {
        Authentication caller = identity.getCurrentAuthentication();
        return caller != null
                && authorizations.isUserAuthorized(
                        caller.getUserId(), caller.getGroupIds(), Permissions.CREATE, Resources.DEPLOYMENT);
    }

    /** The form ids the upload's process models name on user tasks and start events. */
    private static Set<String> referencedForms(Map<String, byte[]> files) {
        Set<String> ids = new LinkedHashSet<>();
        files.forEach((name, content) -> {
            if (!name.endsWith(".bpmn") && !name.endsWith(".bpmn20.xml")) {
                return;
            }
            BpmnModelInstance model;
            try {
                model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
            } catch (RuntimeException unreadable) {
                // names no forms; the lint that follows reports why the file does not parse
                LOG.debug("an uploaded model does not parse: {}", name, unreadable);
                return;
            }
            model.getModelElementsByType(UserTask.class).forEach(task -> addLiteral(ids, task.getCamundaFormRef()));
            model.getModelElementsByType(StartEvent.class).forEach(start -> addLiteral(ids, start.getCamundaFormRef()));
        });
        return ids;
    }

    private static void addLiteral(Set<String> ids, String formRef) {
        if (formRef != null && !formRef.isBlank() && !formRef.contains("${") && !formRef.contains("#{")) {
            ids.add(formRef.strip());
        }
    }

    private Response refusal(List<Finding> findings) {
        Locale locale = CallersLanguage.locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        List<String> lines = findings.stream().map(Finding::toString).toList();
        String message = messages.getMessage(
                "designers.lint.refused", new Object[] {findings.size(), String.join("; ", lines)}, locale);
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", REFUSAL_TYPE, "message", message, "findings", lines))
                .build();
    }

    /** A text field the server sets in the upload. */
    private static final class Field extends MultipartFormData.FormPart {

        Field(String name, String value) {
            this.fieldName = name;
            this.textContent = value;
        }
    }

    /** A form the server adds to the upload, as if the designer had attached it. */
    private static final class AddedFile extends MultipartFormData.FormPart {

        AddedFile(String name, byte[] content) {
            this.fieldName = name;
            this.fileName = name;
            this.contentType = MediaType.APPLICATION_OCTET_STREAM;
            this.binaryContent = content;
        }
    }
}
