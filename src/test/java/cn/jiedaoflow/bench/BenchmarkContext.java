package cn.jiedaoflow.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A benchmark: the whole application with a mock web environment and no server (the service layer the API calls), on
 * a real
 * PostgreSQL — the embedded one of the tests, or the one named by {@code -Djiedao.bench.url}. Benchmarks
 * are classes named {@code *Benchmark}: {@code ./mvnw verify} leaves them out, {@code ./mvnw -Pbenchmark test}
 * runs only them, in one JVM and one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
@ContextConfiguration(initializers = BenchmarkDatabase.class)
public @interface BenchmarkContext {}
