package cn.jiedaoflow.ownersvote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One counted person's ballot in a vote: final when cast, never edited or deleted (no setters). */
@Entity
@Table(name = "ballot")
class Ballot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vote_id", nullable = false, updatable = false)
    private Long voteId;

    @Column(name = "voter_id", nullable = false, updatable = false)
    private Long voterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private BallotChoice choice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private BallotChannel channel;

    @Column(nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal area;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "cast_at", nullable = false, updatable = false)
    private Instant castAt;

    protected Ballot() {}

    Ballot(VoteVoter voter, BallotChoice choice, BallotChannel channel, String recordedBy, Instant castAt) {
        this.voteId = voter.getVoteId();
        this.voterId = voter.getId();
        this.choice = choice;
        this.channel = channel;
        this.area = voter.getArea();
        this.recordedBy = recordedBy;
        this.castAt = castAt;
    }

    Long getId() {
        return id;
    }

    Long getVoteId() {
        return voteId;
    }

    Long getVoterId() {
        return voterId;
    }

    BallotChoice getChoice() {
        return choice;
    }

    BallotChannel getChannel() {
        return channel;
    }

    BigDecimal getArea() {
        return area;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    Instant getCastAt() {
        return castAt;
    }
}
