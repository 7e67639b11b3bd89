package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.owners.VoterRolls;
import cn.jiedaoflow.people.Caller;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's vote as one of the estate's linked owners sees it in the portal: the window, whether ballots are taken
 * now, the owner's own ballot, and the result once it is published — never a tally before. Whether the caller may
 * see the case at all is the caller's (the procedure's) decision; a caller who is not a linked owner of the vote's
 * estate sees no vote here.
 */
@Service
public class OwnerVotes {

    private final VoteRepository votes;
    private final VoteVoterRepository voters;
    private final BallotRepository ballots;
    private final VoterRolls rolls;
    private final Votes tallies;
    private final WorkingCalendar calendar;

    OwnerVotes(
            VoteRepository votes,
            VoteVoterRepository voters,
            BallotRepository ballots,
            VoterRolls rolls,
            Votes tallies,
            WorkingCalendar calendar) {
        this.votes = votes;
        this.voters = voters;
        this.ballots = ballots;
        this.rolls = rolls;
        this.tallies = tallies;
        this.calendar = calendar;
    }

    /**
     * The latest vote called for the case, as the caller (a linked owner of its estate) sees it; empty when none was
     * called or the caller is not an owner of its estate. Not read-only: reading a published result evaluates the
     * decision, which the engine records in its history.
     */
    @Transactional
    public Optional<OwnerVote> latestFor(String trackingNumber, Caller caller) {
        Optional<Vote> found = votes.findFirstByTrackingNumberOrderByIdDesc(trackingNumber);
        if (found.isEmpty() || caller == null || caller.accountId() == null) {
            return Optional.empty();
        }
        Vote vote = found.get();
        var ownerIds = rolls.linkedOwnerIds(vote.getEstateId(), caller.accountId());
        if (ownerIds.isEmpty()) {
            return Optional.empty();
        }
        MyBallot mine = ownerIds.stream()
                .map(ownerId -> voters.findByVoteIdAndRegisterOwnerId(vote.getId(), ownerId))
                .flatMap(Optional::stream)
                .map(voter -> ballots.findByVoteIdAndVoterId(vote.getId(), voter.getId()))
                .flatMap(Optional::stream)
                .findFirst()
                .map(ballot -> new MyBallot(
                        ballot.getChoice().name(), ballot.getChannel().name(), calendar.local(ballot.getCastAt())))
                .orElse(null);
        Result result = null;
        if (vote.getStatus() == VoteStatus.PUBLISHED) {
            TallyView tally = tallies.tallyFor(caller, vote.getId());
            result = new Result(
                    tally.outcome(),
                    tally.totalArea(),
                    tally.totalOwners(),
                    tally.participatingArea(),
                    tally.participatingOwners(),
                    tally.agreeArea(),
                    tally.agreeOwners(),
                    local(vote.getPublishedAt()));
        }
        Instant now = calendar.now();
        return Optional.of(new OwnerVote(
                vote.getId(),
                vote.getSubject(),
                vote.getMatterType().name(),
                vote.getStatus().name(),
                local(vote.getWindowOpens()),
                local(vote.getWindowCloses()),
                vote.inWindow(now),
                mine,
                result));
    }

    private OffsetDateTime local(Instant instant) {
        return instant == null ? null : calendar.local(instant);
    }

    /**
     * A vote as an owner sees it.
     *
     * @param status     {@code NOTICE}, {@code OPEN}, {@code CLOSED} or {@code PUBLISHED}
     * @param ballotsNow whether a ballot cast now is inside the window (from its opening, inclusive, to its close,
     *                   exclusive)
     * @param myBallot   the owner's ballot, online or recorded on paper; {@code null} before one is cast
     * @param result     the tally and outcome once published; {@code null} before
     */
    public record OwnerVote(
            long voteId,
            String subject,
            String matterType,
            String status,
            OffsetDateTime windowOpens,
            OffsetDateTime windowCloses,
            boolean ballotsNow,
            MyBallot myBallot,
            Result result) {}

    public record MyBallot(String choice, String channel, OffsetDateTime castAt) {}

    /** The published result: the outcome ({@code PASSED}, {@code REJECTED}, {@code QUORUM_NOT_MET}) and the tally. */
    public record Result(
            String outcome,
            BigDecimal totalArea,
            long totalOwners,
            BigDecimal participatingArea,
            long participatingOwners,
            BigDecimal agreeArea,
            long agreeOwners,
            OffsetDateTime publishedAt) {}
}
