package cn.jiedaoflow.designers;

import cn.jiedaoflow.engine.EngineEdge;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What the engine runs, compared with the repository's files, and the deployment of those files when they differ.
 * The engine's own duplicate filter compares a set only with the last deployment of the same name, so a version
 * deployed from Camunda Modeler (another name) would stay in force although the repository says otherwise; here
 * a process model is compared with the latest version of each process it holds, whoever deployed it, and any
 * other file with the newest deployed resource of its name.
 */
@Component
@EngineEdge
class EngineModels {

    private static final Logger LOG = LoggerFactory.getLogger(EngineModels.class);
    private static final String STARTER_DEPLOYMENT_NAME = "SpringAutoDeployment";

    private final RepositoryService repository;
    private final String deploymentName;

    @Autowired
    EngineModels(RepositoryService repository, ProcessEngineConfigurationImpl configuration) {
        this(
                repository,
                configuration instanceof SpringProcessEngineConfiguration spring && spring.getDeploymentName() != null
                        ? spring.getDeploymentName()
                        : STARTER_DEPLOYMENT_NAME);
    }

    /** Deploys under {@code deploymentName}, the start-up deployment's name (the engine's duplicate filter). */
    EngineModels(RepositoryService repository, String deploymentName) {
        this.repository = repository;
        this.deploymentName = deploymentName;
    }

    /**
     * Deploys {@code files} as one deployment (a process and the forms it binds to travel together) when one of
     * them differs from what the engine runs; else nothing.
     *
     * @param source where the files come from, kept as the deployment's source
     * @return the new deployment, or empty when the engine already runs these files
     */
    Optional<Deployment> deployIfDifferent(Map<String, byte[]> files, String source) {
        List<String> changed = differing(files);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        DeploymentBuilder deployment =
                repository.createDeployment().name(deploymentName).source(source);
        files.forEach((name, content) -> deployment.addInputStream(name, new ByteArrayInputStream(content)));
        Deployment deployed = deployment.deploy();
        LOG.info(
                "deployed {} model file(s) from {} as deployment {}: changed {}",
                files.size(),
                source,
                deployed.getId(),
                changed);
        return Optional.of(deployed);
    }

    /** The names of the files that differ from what the engine runs, in the order given. */
    List<String> differing(Map<String, byte[]> files) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey();
            boolean bpmn = name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
            if (bpmn ? processesDiffer(name, file.getValue()) : resourceDiffers(name, file.getValue())) {
                changed.add(name);
            }
        }
        return changed;
    }

    /** The content of the newest deployed resource named {@code name}, whoever deployed it. */
    Optional<byte[]> newestResource(String name) {
        for (Deployment deployment : repository
                .createDeploymentQuery()
                .orderByDeploymentTime()
                .desc()
                .list()) {
            if (repository.getDeploymentResourceNames(deployment.getId()).contains(name)) {
                return Optional.of(read(repository.getResourceAsStream(deployment.getId(), name)));
            }
        }
        return Optional.empty();
    }

    /** Whether a process of this BPMN file is not deployed, or its latest version was deployed from other XML. */
    private boolean processesDiffer(String name, byte[] content) {
        List<String> keys;
        try {
            keys =
                    Bpmn.readModelFromStream(new ByteArrayInputStream(content))
                            .getModelElementsByType(Process.class)
                            .stream()
                            .filter(Process::isExecutable)
                            .map(Process::getId)
                            .toList();
        } catch (RuntimeException unreadable) {
            // the deployment that follows reports what is wrong with the file, as a start-up deployment would
            LOG.debug("a model does not parse; it counts as changed", unreadable);
            return true;
        }
        for (String key : keys) {
            ProcessDefinition latest = repository
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(key)
                    .latestVersion()
                    .withoutTenantId()
                    .singleResult();
            if (latest == null
                    || !Arrays.equals(
                            content,
                            read(repository.getResourceAsStream(latest.getDeploymentId(), latest.getResourceName())))) {
                return true;
            }
        }
        return keys.isEmpty() && resourceDiffers(name, content);
    }

    private boolean resourceDiffers(String name, byte[] content) {
        return !Arrays.equals(content, newestResource(name).orElse(null));
    }

    private static byte[] read(InputStream stream) {
        try (InputStream in = stream) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a deployed resource", e);
        }
    }
}
