package cn.jiedaoflow;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Points the integration tests at their database: an in-memory H2 by default, or — with
 * {@code -Djiedao.test.database=postgresql} — a real PostgreSQL server (binaries pinned in the pom) that
 * is started once per JVM and stopped when it ends.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String SELECTOR = "jiedao.test.database";

    private static EmbeddedPostgres postgres;

    public static boolean isPostgres() {
        return "postgresql".equals(System.getProperty(SELECTOR));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (isPostgres()) {
            EmbeddedPostgres server = postgres();
            TestPropertyValues.of(
                    "spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username=postgres",
                    "spring.datasource.password=postgres").applyTo(context);
        } else {
            TestPropertyValues.of(
                    "spring.datasource.url=jdbc:h2:mem:integration-tests;DB_CLOSE_DELAY=-1",
                    "spring.datasource.username=sa",
                    "spring.datasource.password=").applyTo(context);
        }
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return postgres;
    }
}
