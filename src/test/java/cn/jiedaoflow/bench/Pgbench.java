package cn.jiedaoflow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's own limit: {@code pgbench}'s TPC-B-like transactions per second on the benchmark's
 * PostgreSQL, in a scratch database made for it and dropped after. Without pgbench (on the PATH or under
 * {@code /usr/lib/postgresql/<version>/bin}) it says so and the benchmarks go on.
 */
public final class Pgbench {

    static final String SCRATCH_DATABASE = "jiedao_pgbench_scratch";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    /** What one pgbench run gave, or why there is no figure. */
    public record Result(OptionalDouble tps, String executable, String settings, String remark) {

        static Result missing(String remark) {
            return new Result(OptionalDouble.empty(), "-", "-", remark);
        }

        /**
         * The ceiling of whole lifecycles per second this database allows: tps ÷ database transactions per
         * lifecycle. Empty without a pgbench figure or while the lifecycle's transaction count is unknown.
         */
        public OptionalDouble lifecyclesPerSecond(OptionalDouble transactionsPerLifecycle) {
            if (tps.isEmpty() || transactionsPerLifecycle.isEmpty()) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(ceiling(tps.getAsDouble(), transactionsPerLifecycle.getAsDouble()));
        }
    }

    private Pgbench() {}

    /** tps ÷ database transactions per lifecycle. */
    public static double ceiling(double tps, double transactionsPerLifecycle) {
        if (!(transactionsPerLifecycle > 0)) {
            throw new IllegalArgumentException(
                    "transactions per lifecycle must be positive: " + transactionsPerLifecycle);
        }
        return tps / transactionsPerLifecycle;
    }

    /** pgbench on the PATH first, else the newest under /usr/lib/postgresql/. */
    public static Optional<Path> find() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "pgbench");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(version -> version.resolve("bin/pgbench"))
                    .filter(Files::isExecutable)
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Initialises a scratch database at the given scale and runs the TPC-B-like script with the given clients
     * for the given seconds; drops the scratch database afterwards.
     */
    public static Result run(BenchmarkDatabase.Target target, JdbcTemplate admin, int scale, int clients, int seconds) {
        Optional<Path> pgbench = find();
        if (pgbench.isEmpty()) {
            return Result.missing("pgbench not installed (looked on the PATH and in /usr/lib/postgresql/*/bin)");
        }
        String settings = "TPC-B-like, scale " + scale + ", " + clients + " clients, 2 threads, " + seconds + " s";
        admin.execute("drop database if exists " + SCRATCH_DATABASE);
        admin.execute("create database " + SCRATCH_DATABASE);
        try {
            run(target, pgbench.get(), List.of("-i", "-q", "-s", String.valueOf(scale)), 600);
            String output = run(
                    target,
                    pgbench.get(),
                    List.of("-n", "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds)),
                    seconds + 120L);
            Matcher tps = TPS.matcher(output);
            if (!tps.find()) {
                return new Result(
                        OptionalDouble.empty(),
                        pgbench.get().toString(),
                        settings,
                        "no tps in pgbench's output: " + output.strip());
            }
            return new Result(
                    OptionalDouble.of(Double.parseDouble(tps.group(1))),
                    pgbench.get().toString(),
                    settings,
                    "");
        } finally {
            admin.execute("drop database if exists " + SCRATCH_DATABASE);
        }
    }

    private static String run(
            BenchmarkDatabase.Target target, Path pgbench, List<String> arguments, long timeoutSeconds) {
        List<String> command = new ArrayList<>(List.of(
                pgbench.toString(), "-h", target.host(), "-p", String.valueOf(target.port()), "-U", target.user()));
        command.addAll(arguments);
        command.add(SCRATCH_DATABASE);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", target.password());
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("pgbench did not finish in " + timeoutSeconds + " s: " + command);
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("pgbench failed (exit " + process.exitValue() + "): " + text);
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running pgbench", e);
        }
    }
}
