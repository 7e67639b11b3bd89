package cn.jiedaoflow.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the figures were measured on: processors, memory, Java, the database server and the pool. */
public final class Machine {

    private Machine() {}

    public static String describe(DataSource dataSource) {
        String server = new JdbcTemplate(dataSource).queryForObject("show server_version", String.class);
        String pool = dataSource instanceof HikariDataSource hikari
                ? ", Hikari pool " + hikari.getHikariConfigMXBean().getMaximumPoolSize()
                : "";
        return String.format(
                Locale.ROOT,
                "machine: %d cores %s, %s GiB RAM, Java %s (%s); PostgreSQL %s%s",
                Runtime.getRuntime().availableProcessors(),
                cpuModel(),
                memoryGiB(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                server,
                pool);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("(unknown CPU)");
        } catch (IOException e) {
            return "(unknown CPU: " + e.getMessage() + ")";
        }
    }

    private static String memoryGiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> String.format(
                            Locale.ROOT, "%.0f", Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0))
                    .findFirst()
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
