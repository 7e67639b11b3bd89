package cn.jiedaoflow.designers;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import cn.jiedaoflow.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, item 8: the dev profile's watcher — a model saved into the checkout runs within 2 seconds, a broken one is
 * reported with the lint's message and not deployed, an unchanged set makes no deployment, and running cases keep
 * their version. The watcher runs here on a temporary checkout of its own, in the shared test context, deploying
 * under a name of its own: a second application context would start a second engine, whose sign-in the other tests'
 * REST calls would then meet.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevHotDeployIntegrationTests {

    private static final Duration GOAL = Duration.ofSeconds(2);
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String FORM = "it-dev-review";

    @Autowired
    private RepositoryService repository;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private ModelFiles models;

    private final WatcherLog log = new WatcherLog();
    private Path checkout;
    private DevModelWatcher watcher;

    @BeforeAll
    void watch() throws IOException {
        checkout = Files.createTempDirectory("jiedao-checkout");
        DesignerSettings settings =
                new DesignerSettings(checkout.resolve("processes"), checkout.resolve("forms"), Duration.ofMillis(300));
        watcher = new DevModelWatcher(settings, models, new EngineModels(repository, "it-dev-watcher"));
        watcher.start();
    }

    @AfterAll
    void stopWatching() {
        watcher.stop();
    }

    @BeforeEach
    void listen() {
        log.start();
        watcherLogger().addAppender(log);
    }

    @AfterEach
    void stopListening() {
        watcherLogger().detachAppender(log);
    }

    @Test
    void aSavedModelRunsWithinTwoSecondsAndRunningCasesKeepTheirVersion() throws IOException {
        String key = "it-dev-case";
        Files.write(checkout.resolve("forms/" + FORM + ".form"), TestModels.form(FORM));
        Files.write(checkout.resolve("processes/" + key + ".bpmn"), TestModels.bpmn(key, "审核一", "mediation", FORM));
        long saved = System.nanoTime();
        waitFor(() -> latest(key) != null, PATIENCE);
        assertThat(Duration.ofNanos(System.nanoTime() - saved)).isLessThan(GOAL);
        ProcessDefinition first = latest(key);
        assertThat(first.getVersion()).isEqualTo(1);
        assertThat(repository.getDeploymentResourceNames(first.getDeploymentId()))
                .contains(key + ".bpmn", FORM + ".form");
        ProcessInstance running = runtime.startProcessInstanceByKey(key);

        Files.write(checkout.resolve("processes/" + key + ".bpmn"), TestModels.bpmn(key, "审核二", "mediation", FORM));
        long changed = System.nanoTime();
        waitFor(() -> latest(key).getVersion() == 2, PATIENCE);
        assertThat(Duration.ofNanos(System.nanoTime() - changed)).isLessThan(GOAL);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(running.getId())
                        .singleResult()
                        .getProcessDefinitionId())
                .isEqualTo(first.getId());
    }

    @Test
    void aBrokenModelIsReportedWithTheLintsMessageAndNotDeployed() throws IOException {
        String key = "it-dev-broken";
        Path broken = checkout.resolve("processes/" + key + ".bpmn");
        Files.write(checkout.resolve("forms/" + FORM + ".form"), TestModels.form(FORM));
        long deployments = repository.createDeploymentQuery().count();
        try {
            Files.write(broken, TestModels.bpmn(key, "审核", null, FORM));
            waitFor(
                    () -> log.contains("processes/" + key + ".bpmn [Task_Review]: user task has no candidate group"),
                    PATIENCE);
            assertThat(log.contains("模型检查发现 1 个问题，未部署")).isTrue();
            assertThat(repository
                            .createProcessDefinitionQuery()
                            .processDefinitionKey(key)
                            .count())
                    .isZero();
        } finally {
            Files.delete(broken);
        }
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void anUnchangedSetMakesNoDeployment() throws IOException {
        String key = "it-dev-same";
        Path model = checkout.resolve("processes/" + key + ".bpmn");
        Files.write(checkout.resolve("forms/" + FORM + ".form"), TestModels.form(FORM));
        Files.write(model, TestModels.bpmn(key, "审核", "mediation", FORM));
        waitFor(() -> latest(key) != null, PATIENCE);
        long deployments = repository.createDeploymentQuery().count();
        log.clear();

        Files.write(model, Files.readAllBytes(model));
        waitFor(() -> log.contains("nothing was deployed"), PATIENCE);

        assertThat(log.contains("The engine already runs these models")).isTrue();
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    private ProcessDefinition latest(String key) {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .latestVersion()
                .singleResult();
    }

    private static void waitFor(BooleanSupplier condition, Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", patience).isLessThan(until);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting", e);
            }
        }
    }

    private static Logger watcherLogger() {
        return (Logger) LoggerFactory.getLogger(DevModelWatcher.class);
    }

    /** What the watcher logged while a test ran. */
    private static final class WatcherLog extends AppenderBase<ILoggingEvent> {

        private final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            lines.add(event.getFormattedMessage());
        }

        void clear() {
            lines.clear();
        }

        boolean contains(String text) {
            return lines.stream().anyMatch(line -> line.contains(text));
        }
    }
}
