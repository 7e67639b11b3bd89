package cn.jiedaoflow;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the integration tests at their database: an in-memory H2 by default, or — with
 * {@code -Djiedao.test.database=postgresql} — a real PostgreSQL server (binaries pinned in the pom) that
 * is started once and stopped when the shared test context closes.
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
            // stopped with the context, after every bean that uses it (registered first, destroyed last)
            ((DefaultListableBeanFactory) context.getBeanFactory())
                    .registerDisposableBean("embeddedPostgres", TestDatabase::stop);
            TestPropertyValues.of(
                            "spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                            "spring.datasource.username=postgres",
                            "spring.datasource.password=postgres")
                    .applyTo(context);
        } else {
            TestPropertyValues.of(
                            "spring.datasource.url=jdbc:h2:mem:integration-tests;DB_CLOSE_DELAY=-1",
                            "spring.datasource.username=sa",
                            "spring.datasource.password=")
                    .applyTo(context);
        }
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                // its own JVM hook would stop the server while the engine still closes; the context stops it instead
                postgres = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return postgres;
    }

    private static synchronized void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
