package cn.jiedaoflow.designers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.SortedMap;
import java.util.TreeMap;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaDeploymentConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The repository stays the source of truth: at every start, after the engine's own deployment, the files of
 * {@code processes/} and {@code forms/} are deployed again when the engine runs something else, e.g. a version
 * deployed from Camunda Modeler since. Runs before the staff's permissions are derived from the models (order 30).
 */
@Component
@Order(25)
class RepositoryWins implements ApplicationRunner {

    static final String SOURCE = "repository at start";

    private final CamundaDeploymentConfiguration deployment;
    private final CamundaBpmProperties camunda;
    private final EngineModels engine;

    RepositoryWins(CamundaDeploymentConfiguration deployment, CamundaBpmProperties camunda, EngineModels engine) {
        this.deployment = deployment;
        this.camunda = camunda;
        this.engine = engine;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!camunda.isAutoDeploymentEnabled()) {
            return;
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (Resource resource : deployment.getDeploymentResources()) {
            try (InputStream in = resource.getInputStream()) {
                files.put(resource.getFilename(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource.getDescription(), e);
            }
        }
        if (!files.isEmpty()) {
            engine.deployIfDifferent(files, SOURCE);
        }
    }
}
