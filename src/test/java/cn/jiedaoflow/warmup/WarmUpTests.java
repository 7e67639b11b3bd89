package cn.jiedaoflow.warmup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Status;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

class WarmUpTests {

    /** A transaction manager that records how each transaction ended. */
    static final class Recorded extends AbstractPlatformTransactionManager {

        final List<String> ends = new ArrayList<>();

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {}

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            ends.add("commit");
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            ends.add("rollback");
        }
    }

    static final class Counted implements WarmUpStep {

        final String name;
        final int failAt;
        int runs;

        Counted(String name, int failAt) {
            this.name = name;
            this.failAt = failAt;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void run() {
            runs++;
            if (runs == failAt) {
                throw new IllegalStateException("the sample matter is gone");
            }
        }
    }

    @Test
    void eachStepRunsTheRoundsEachInATransactionRolledBack() {
        Recorded transactions = new Recorded();
        Counted submission = new Counted("submission", 0);
        Counted pages = new Counted("pages", 0);
        WarmUp warmUp = new WarmUp(List.of(submission, pages), new WarmUpSettings(3), transactions);

        warmUp.run(null);

        assertThat(submission.runs).isEqualTo(3);
        assertThat(pages.runs).isEqualTo(3);
        assertThat(transactions.ends).hasSize(6).containsOnly("rollback");
        assertThat(warmUp.report().failed()).isEmpty();
        assertThat(warmUp.report().steps()).containsExactly("submission", "pages");
        assertThat(warmUp.health().getStatus()).isEqualTo(Status.UP);
        assertThat(warmUp.health().getDetails()).containsEntry("rounds", 3).containsEntry("failed", List.of());
    }

    @Test
    void aFailingStepStopsItsOwnRoundsOnlyAndTheStartGoesOn() {
        Recorded transactions = new Recorded();
        Counted broken = new Counted("broken", 2);
        Counted pages = new Counted("pages", 0);
        WarmUp warmUp = new WarmUp(List.of(broken, pages), new WarmUpSettings(5), transactions);
        Logger logger = (Logger) LoggerFactory.getLogger(WarmUp.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        logger.setAdditive(false);
        try {
            warmUp.run(null);
        } finally {
            logger.setAdditive(true);
            logger.detachAppender(logged);
        }

        assertThat(broken.runs).as("stopped at its failure").isEqualTo(2);
        assertThat(pages.runs).isEqualTo(5);
        assertThat(transactions.ends).containsOnly("rollback");
        assertThat(warmUp.report().failed()).containsExactly("broken");
        assertThat(logged.list)
                .filteredOn(event -> event.getLevel() == Level.WARN)
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getFormattedMessage()).contains("'broken' failed");
                    assertThat(event.getThrowableProxy().getMessage()).isEqualTo("the sample matter is gone");
                });
        assertThat(warmUp.health().getStatus())
                .as("the node serves: a request on that path meets and reports the same failure")
                .isEqualTo(Status.UP);
    }

    @Test
    void notReadyUntilItHasRunAndOffWithNoRounds() {
        Counted step = new Counted("submission", 0);
        WarmUp warmUp = new WarmUp(List.of(step), new WarmUpSettings(0), new Recorded());

        assertThat(warmUp.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        warmUp.run(null);

        assertThat(step.runs).isZero();
        assertThat(warmUp.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void roundsAreTwentyByDefaultAndZeroToAHundred() {
        assertThat(new WarmUpSettings(null).rounds()).isEqualTo(20);
        assertThat(new WarmUpSettings(0).rounds()).isZero();
        assertThat(new WarmUpSettings(100).rounds()).isEqualTo(100);
        assertThatThrownBy(() -> new WarmUpSettings(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> new WarmUpSettings(101))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 100");
    }
}
