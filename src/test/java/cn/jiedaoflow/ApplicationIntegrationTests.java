package cn.jiedaoflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application starts, deploys every model with its forms, applies its migrations and reports health. */
@IntegrationTest
class ApplicationIntegrationTests {

    static final String AUTO_DEPLOYMENT = "SpringAutoDeployment";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RepositoryService repository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void everyFileInProcessesAndFormsIsDeployedTogether() throws IOException {
        Set<String> files = modelFiles();
        Deployment latest = latestAutoDeployment();
        Set<String> deployed = repository.getDeploymentResources(latest.getId()).stream()
                .map(Resource::getName)
                .collect(Collectors.toSet());
        assertThat(deployed).containsAll(files);
        long processFiles = files.stream().filter(f -> f.endsWith(".bpmn")).count();
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .deploymentId(latest.getId())
                        .count())
                .isEqualTo(processFiles);
    }

    @Test
    void anUnchangedSetMakesNoNewDeploymentAndAChangedOneRedeploysTheWholeSet() throws IOException {
        String name = "duplicate-filtering-check";
        Deployment first = deploy(name, null);
        try {
            Deployment again = deploy(name, null);
            assertThat(again.getId()).as("no change, no new deployment").isEqualTo(first.getId());

            Deployment changed = deploy(name, "changed.form");
            try {
                assertThat(changed.getId()).isNotEqualTo(first.getId());
                Set<String> resources = repository.getDeploymentResources(changed.getId()).stream()
                        .map(Resource::getName)
                        .collect(Collectors.toSet());
                assertThat(resources)
                        .as("the whole set, so every BPMN keeps its forms")
                        .containsAll(modelFiles());
            } finally {
                repository.deleteDeployment(changed.getId(), true);
            }
        } finally {
            repository.deleteDeployment(first.getId(), true);
        }
    }

    @Test
    void migrationsApplied() {
        List<Boolean> outcomes = jdbc.queryForList("SELECT \"success\" FROM \"jiedao_schema_history\"", Boolean.class);
        assertThat(outcomes).isNotEmpty().allMatch(Boolean::booleanValue);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_account WHERE 1 = 0", Integer.class))
                .isZero();
    }

    @Test
    void healthShowsTheDatabaseAndTheEngine() {
        // the components are for administrators (HealthIntegrationTests)
        ResponseEntity<String> health = rest.withBasicAuth(TestPeople.ADMIN, TestPeople.ADMIN_PASSWORD)
                .getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody())
                .contains("\"status\":\"UP\"")
                .contains("\"db\"")
                .contains("\"processEngine\"");
    }

    @Test
    void withoutTheDemoProfileThereAreNoDemoPeople() {
        assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain("demo");
        assertThat(context.getBeanNamesForType(org.springframework.boot.ApplicationRunner.class))
                .doesNotContain("demoData");
        org.camunda.bpm.engine.IdentityService identity = context.getBean(org.camunda.bpm.engine.IdentityService.class);
        assertThat(identity.createUserQuery().userId("demo").count()).isZero();
        assertThat(identity.createUserQuery()
                        .userIdIn("demo-mediation", "demo-leaders")
                        .count())
                .isZero();
    }

    private Deployment deploy(String name, String extraResource) throws IOException {
        DeploymentBuilder builder = repository.createDeployment().name(name).enableDuplicateFiltering(false);
        for (Path file : modelPaths()) {
            builder.addString(file.getFileName().toString(), Files.readString(file));
        }
        if (extraResource != null) {
            builder.addString(
                    extraResource, "{\"id\":\"changed\",\"type\":\"default\",\"schemaVersion\":16,\"components\":[]}");
        }
        return builder.deploy();
    }

    private Deployment latestAutoDeployment() {
        return repository
                .createDeploymentQuery()
                .deploymentName(AUTO_DEPLOYMENT)
                .orderByDeploymentTime()
                .desc()
                .listPage(0, 1)
                .get(0);
    }

    static Set<String> modelFiles() throws IOException {
        return modelPaths().stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }

    static List<Path> modelPaths() throws IOException {
        return Stream.concat(files(Path.of("processes")).stream(), files(Path.of("forms")).stream())
                .sorted()
                .toList();
    }

    private static List<Path> files(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
