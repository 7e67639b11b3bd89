package cn.jiedaoflow.designers;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 15, item 8: with profile {@code dev} a model saved into the checkout runs within 2 seconds, a broken one is
 * reported and not deployed, an unchanged set makes no deployment, and running cases keep their version. The
 * checkout is a temporary copy of {@code processes/} and {@code forms/}; the context has its own in-memory database
 * (in both of the build's runs), so that what it deploys never reaches the other tests' engine.
 */
@Tag("integration")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:dev-hot-deploy;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            // a second engine in the JVM: under the default name it would take the place of the other tests' engine
            // in Camunda's registry, which the REST API's sign-in asks
            "camunda.bpm.process-engine-name=dev-hot-deploy"
        })
@ActiveProfiles({"test", "dev"})
class DevHotDeployIntegrationTests {

    private static final Duration GOAL = Duration.ofSeconds(2);
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String FORM = "it-dev-review";
    private static Path checkout;

    @Autowired
    private RepositoryService repository;

    @Autowired
    private RuntimeService runtime;

    private final WatcherLog log = new WatcherLog();

    @DynamicPropertySource
    static void checkout(DynamicPropertyRegistry properties) throws IOException {
        checkout = Files.createTempDirectory("jiedao-checkout");
        copy(Path.of("processes"), checkout.resolve("processes"));
        copy(Path.of("forms"), checkout.resolve("forms"));
        properties.add(
                "jiedao.designers.processes",
                () -> checkout.resolve("processes").toString());
        properties.add("jiedao.designers.forms", () -> checkout.resolve("forms").toString());
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
                .contains(key + ".bpmn", FORM + ".form", "labor-dispute-mediation.bpmn");
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
        Path model = checkout.resolve("processes/labor-dispute-mediation.bpmn");
        long deployments = repository.createDeploymentQuery().count();

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

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path path : all.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** What the watcher logged while a test ran. */
    private static final class WatcherLog extends AppenderBase<ILoggingEvent> {

        private final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            lines.add(event.getFormattedMessage());
        }

        boolean contains(String text) {
            return lines.stream().anyMatch(line -> line.contains(text));
        }
    }
}
