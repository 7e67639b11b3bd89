package cn.jiedaoflow.idempotency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The keys of {@code POST /api/**} requests and their first answers (table {@code app_idempotency_key}): a key is
 * claimed by one caller's first request, holds its answer for {@link #KEPT} from the claim, and is then free again.
 * Every statement commits on its own, outside the request's work, so a second node sees a claim at once; the
 * unique (caller, key) constraint decides between two requests that claim at the same instant.
 */
@Component
class IdempotencyKeys {

    /** How long a first answer is given again: a repeat at exactly 24 hours after the claim is a new request. */
    static final Duration KEPT = Duration.ofHours(24);

    /**
     * A claim still without an answer after this long was left by a request that never finished (its node stopped):
     * it no longer holds the key. No request of the API runs this long.
     */
    static final Duration ABANDONED = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeys.class);

    /** What a request with a key finds. */
    sealed interface Claim {}

    /** The key is this request's: it runs, and its answer is kept in row {@code id}. */
    record Claimed(long id) implements Claim {}

    /** An earlier request with the key still runs. */
    record Running() implements Claim {}

    /** An earlier request with the key was answered: the answer and the fingerprint of that request. */
    record Answered(String fingerprint, KeptAnswer answer) implements Claim {}

    private final JdbcTemplate jdbc;
    private final IdempotencyClock clock;

    IdempotencyKeys(JdbcTemplate jdbc, IdempotencyClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Claim claim(String caller, String key) {
        for (int attempt = 0; attempt < 3; attempt++) {
            OffsetDateTime now = utc(clock.now());
            try {
                int inserted = jdbc.update(
                        "INSERT INTO app_idempotency_key (caller, idempotency_key, created_at, expires_at)"
                                + " SELECT CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(100)),"
                                + " CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE)"
                                + " WHERE NOT EXISTS (SELECT 1 FROM app_idempotency_key"
                                + " WHERE caller = ? AND idempotency_key = ?)",
                        caller,
                        key,
                        now,
                        now.plus(KEPT),
                        caller,
                        key);
                if (inserted == 1) {
                    return new Claimed(jdbc.queryForObject(
                            "SELECT id FROM app_idempotency_key WHERE caller = ? AND idempotency_key = ?",
                            Long.class,
                            caller,
                            key));
                }
            } catch (DuplicateKeyException claimedAtTheSameInstant) {
                LOG.debug("key of {} claimed by another request at the same instant", caller);
            }
            List<Row> rows = jdbc.query(
                    "SELECT id, created_at, expires_at, fingerprint, answer_status, location, content_type, body"
                            + " FROM app_idempotency_key WHERE caller = ? AND idempotency_key = ?",
                    IdempotencyKeys::row,
                    caller,
                    key);
            if (rows.isEmpty()) {
                continue;
            }
            Row row = rows.get(0);
            if (row.over(now.toInstant())) {
                jdbc.update("DELETE FROM app_idempotency_key WHERE id = ?", row.id());
                continue;
            }
            return row.answer() == null ? new Running() : new Answered(row.fingerprint(), row.answer());
        }
        return new Running();
    }

    /** The first answer of claim {@code id}, given again to a repeat with the same fingerprint. */
    void keep(long id, String fingerprint, KeptAnswer answer) {
        jdbc.update(
                "UPDATE app_idempotency_key SET fingerprint = ?, answer_status = ?, location = ?, content_type = ?,"
                        + " body = ? WHERE id = ?",
                fingerprint,
                answer.status(),
                answer.location(),
                answer.contentType(),
                answer.body(),
                id);
    }

    /** Claim {@code id} ended without an answer to keep: the key is free for a retry. */
    void release(long id) {
        jdbc.update("DELETE FROM app_idempotency_key WHERE id = ?", id);
    }

    /** Deletes the answers past their 24 hours and the claims left running; every 10 minutes. */
    @Scheduled(cron = "${jiedao.idempotency.cleanup-cron:0 */10 * * * *}")
    int deleteExpired() {
        Instant now = clock.now();
        int deleted = jdbc.update(
                "DELETE FROM app_idempotency_key WHERE expires_at <= ? OR (answer_status IS NULL AND created_at <= ?)",
                utc(now),
                utc(now.minus(ABANDONED)));
        if (deleted > 0) {
            LOG.debug("deleted {} expired idempotency keys", deleted);
        }
        return deleted;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Integer status = (Integer) rs.getObject("answer_status");
        KeptAnswer answer = status == null
                ? null
                : new KeptAnswer(status, rs.getString("location"), rs.getString("content_type"), rs.getBytes("body"));
        return new Row(
                rs.getLong("id"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                rs.getString("fingerprint"),
                answer);
    }

    private record Row(long id, Instant createdAt, Instant expiresAt, String fingerprint, KeptAnswer answer) {

        /** Past its 24 hours, or a claim left running. */
        boolean over(Instant now) {
            return !now.isBefore(expiresAt) || answer == null && !now.isBefore(createdAt.plus(ABANDONED));
        }
    }
}
