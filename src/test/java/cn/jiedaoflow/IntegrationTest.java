package cn.jiedaoflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot integration test over real HTTP on a random port. The build runs every such test twice:
 * on H2 (surefire's default execution) and on a real PostgreSQL it starts itself (execution
 * {@code postgresql}, {@code -Djiedao.test.database=postgresql}). All integration tests share one
 * application context, so one engine.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
public @interface IntegrationTest {}
