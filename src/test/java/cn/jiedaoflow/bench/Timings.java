package cn.jiedaoflow.bench;

import java.util.Arrays;

/** Durations of repeated runs of one operation, in nanoseconds; percentiles by the nearest-rank method. */
public final class Timings {

    private final long[] nanos;
    private int count;

    public Timings(int capacity) {
        this.nanos = new long[capacity];
    }

    /** Runs the operation once and records how long it took. */
    public <T> T time(java.util.function.Supplier<T> operation) {
        long start = System.nanoTime();
        T result = operation.get();
        record(System.nanoTime() - start);
        return result;
    }

    /** Records one run that took the given nanoseconds. */
    public void record(long runNanos) {
        nanos[count++] = runNanos;
    }

    public int count() {
        return count;
    }

    public double p50Millis() {
        return percentileMillis(50);
    }

    public double p99Millis() {
        return percentileMillis(99);
    }

    public double maxMillis() {
        return percentileMillis(100);
    }

    /** The nearest-rank percentile: the smallest duration with at least p % of the runs at or below it. */
    public double percentileMillis(double p) {
        if (count == 0) {
            throw new IllegalStateException("no run recorded");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(rank, 1) - 1] / 1_000_000.0;
    }
}
