package cn.jiedaoflow.bench;

import cn.jiedaoflow.JiedaoFlowApplication;
import cn.jiedaoflow.TestIdNumbers;
import cn.jiedaoflow.people.AccountRepository;
import cn.jiedaoflow.people.Accounts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The application as the portal's load benchmark meets it ({@code bench.gatling.PortalSimulation}, README
 * "Benchmarks"): profile {@code postgres} on the benchmark's PostgreSQL ({@link BenchmarkDatabase}: the embedded
 * PostgreSQL 17 of the tests, or {@code -Djiedao.bench.url}), with {@value #RESIDENTS} residents {@code 13700000000}
 * … {@code 13700000199} (password {@value #PASSWORD}) made before the application reports ready. The Maven profile
 * {@code benchmark} starts it with {@code spring-boot:start} before the simulation and stops it after.
 */
public final class PortalBenchmarkServer {

    public static final int RESIDENTS = 200;
    public static final String PASSWORD = "bench-pass-1";
    public static final long FIRST_MOBILE = 13_700_000_000L;

    private PortalBenchmarkServer() {}

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of("Asia/Shanghai")));
        BenchmarkDatabase.Target database = BenchmarkDatabase.target();
        System.setProperty("JIEDAO_DB_URL", database.jdbcUrl());
        System.setProperty("JIEDAO_DB_USER", database.user());
        System.setProperty("JIEDAO_DB_PASSWORD", database.password());
        System.setProperty("JIEDAO_ADMIN_USER", "bench-admin");
        System.setProperty("JIEDAO_ADMIN_PASSWORD", "Jiedao-Load#2026x");
        System.setProperty("JIEDAO_SMS", "log");
        new SpringApplicationBuilder(JiedaoFlowApplication.class)
                .profiles("postgres")
                .initializers(context -> ((GenericApplicationContext) context).registerBean(Residents.class))
                .run(args);
    }

    /** The benchmark's residents, made once: a second start on the same database finds them. */
    static final class Residents implements ApplicationRunner {

        private final Accounts accounts;
        private final AccountRepository repository;

        Residents(Accounts accounts, AccountRepository repository) {
            this.accounts = accounts;
            this.repository = repository;
        }

        @Override
        public void run(ApplicationArguments args) {
            for (int i = 0; i < RESIDENTS; i++) {
                String mobile = Long.toString(FIRST_MOBILE + i);
                if (!repository.existsByLoginName(mobile)) {
                    String idNumber = TestIdNumbers.of(LocalDate.of(1950, 1, 1).plusDays(i), 900 + i % 100);
                    accounts.createResident(mobile, "压测居民" + i, idNumber, PASSWORD);
                }
            }
        }
    }
}
