package cn.jiedaoflow.designers;

import cn.jiedaoflow.engine.EngineEdge;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts {@link DeploymentLint} into {@code /engine-rest}, the starter's Jersey application (Spring Boot applies every
 * {@link ResourceConfigCustomizer} to it). A new instance per application: Jersey injects an application's request
 * context into its providers' fields.
 */
@Component
@EngineEdge
class DeploymentLintRegistration implements ResourceConfigCustomizer {

    private final ModelFiles models;
    private final EngineModels engine;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final MessageSource messages;

    DeploymentLintRegistration(
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
    public void customize(ResourceConfig config) {
        config.register(new DeploymentLint(models, engine, identity, authorizations, messages));
    }
}
