package cn.jiedaoflow.bench;

import cn.jiedaoflow.TestDatabase;
import java.net.URI;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PostgreSQL a benchmark runs on: {@code -Djiedao.bench.url=jdbc:postgresql://host:port/db} with
 * {@code -Djiedao.bench.user} and {@code -Djiedao.bench.password} (default {@code postgres}), or else the
 * embedded PostgreSQL the integration tests use. Never H2: a figure measured on H2 says nothing about
 * production.
 */
public class BenchmarkDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String URL = "jiedao.bench.url";

    /** Where pgbench and psql-like tools reach the benchmark's database. */
    public record Target(String host, int port, String database, String user, String password, String jdbcUrl) {

        public String describe() {
            return "PostgreSQL at " + host + ":" + port + "/" + database;
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Target target = target();
        TestPropertyValues.of(
                        "spring.datasource.url=" + target.jdbcUrl(),
                        "spring.datasource.username=" + target.user(),
                        "spring.datasource.password=" + target.password())
                .applyTo(context);
    }

    public static Target target() {
        String url = System.getProperty(URL);
        String user = System.getProperty("jiedao.bench.user", "postgres");
        String password = System.getProperty("jiedao.bench.password", "postgres");
        if (url != null && !url.isBlank()) {
            URI uri = URI.create(url.strip().substring("jdbc:".length()));
            String database = uri.getPath() == null || uri.getPath().length() <= 1
                    ? "postgres"
                    : uri.getPath().substring(1);
            return new Target(
                    uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, user, password, url.strip());
        }
        var server = TestDatabase.postgres();
        return new Target(
                "localhost",
                server.getPort(),
                "postgres",
                "postgres",
                "postgres",
                server.getJdbcUrl("postgres", "postgres"));
    }
}
