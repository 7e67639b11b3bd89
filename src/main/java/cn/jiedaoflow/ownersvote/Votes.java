package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.owners.VoterRolls;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.refusal.Refusal;
import cn.jiedaoflow.scope.StaffScopes;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners' votes (procedures.md, "Owners' votes") once called ({@link VoteCalls}): ballots, one per counted person,
 * carry that person's area as the register was frozen for the vote; the tally feeds the decision
 * {@code owners-vote-outcome}. Times come from the engine's clock.
 */
@Service
class Votes {

    private static final Logger LOG = LoggerFactory.getLogger(Votes.class);

    /** Office-wide staff who record paper ballots for any estate (procedures.md, "Scope"). */
    static final Set<String> OFFICE_PAPER_BALLOT_GROUPS = Set.of(StaffGroup.SELF_GOVERNANCE_OFFICE.id());
    /** Staff who record paper ballots for the estates they act for: the estate's committees. */
    static final List<String> SCOPED_PAPER_BALLOT_GROUPS =
            List.of(StaffGroup.OWNERS_COMMITTEE.id(), StaffGroup.RESIDENTS_COMMITTEE.id());
    /**
     * Office-wide staff who oversee a vote and see its tally while it runs: the sub-district office guides and
     * supervises the owners' general meeting (业主大会和业主委员会指导规则).
     */
    static final Set<String> OVERSIGHT_TALLY_GROUPS =
            Set.of(StaffGroup.SELF_GOVERNANCE_OFFICE.id(), StaffGroup.LEADERS.id());
    /** Office-wide staff who see a tally once the window has closed. */
    static final Set<String> OFFICE_TALLY_GROUPS = Set.of(StaffGroup.HOUSING_OFFICE.id());
    /** Staff who see the tally of the estates they act for once the window has closed: the estate's committees. */
    static final List<String> SCOPED_TALLY_GROUPS = SCOPED_PAPER_BALLOT_GROUPS;

    /** How a window is shown to owners: the office's wall clock, with the offset so nobody misreads it. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (xxx)");

    private final VoteRepository votes;
    private final VoteVoterRepository voters;
    private final BallotRepository ballots;
    private final VoterRolls rolls;
    private final VoteOutcomeApplicationService outcomes;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final StaffScopes scopes;

    Votes(
            VoteRepository votes,
            VoteVoterRepository voters,
            BallotRepository ballots,
            VoterRolls rolls,
            VoteOutcomeApplicationService outcomes,
            WorkingCalendar calendar,
            AuditLog audit,
            StaffScopes scopes) {
        this.votes = votes;
        this.voters = voters;
        this.ballots = ballots;
        this.rolls = rolls;
        this.outcomes = outcomes;
        this.calendar = calendar;
        this.audit = audit;
        this.scopes = scopes;
    }

    @Transactional
    void open(long voteId) {
        find(voteId).open();
    }

    /** Closes the vote and returns its tally. */
    @Transactional
    Tally close(long voteId) {
        Vote vote = find(voteId);
        vote.close();
        return Tally.of(vote, ballots.sumByChoice(voteId));
    }

    @Transactional
    void publish(long voteId) {
        find(voteId).publish(calendar.now());
    }

    @Transactional(readOnly = true)
    Tally tally(long voteId) {
        return Tally.of(find(voteId), ballots.sumByChoice(voteId));
    }

    /**
     * Stores a ballot: a resident's own (ONLINE) or, from staff who record paper ballots, an owner's (PAPER).
     * The unique constraint (vote, voter) settles simultaneous ballots for the same person: one is stored,
     * the others are refused like any second ballot.
     */
    @Transactional
    BallotView cast(Caller caller, long voteId, BallotRequest request) {
        Vote vote = find(voteId);
        BallotChoice choice = choice(request);
        VoteVoter voter;
        BallotChannel channel;
        if (caller.isStaff()) {
            checkPaperRecorder(caller, vote);
            channel = BallotChannel.PAPER;
            voter = paperVoter(vote, request);
        } else {
            channel = BallotChannel.ONLINE;
            voter = ownVoter(caller, vote, request);
        }
        Instant now = calendar.now();
        if (!vote.inWindow(now)) {
            throw Refusal.conflict(
                    "owners.vote.ballot.outsideWindow", shown(vote.getWindowOpens()), shown(vote.getWindowCloses()));
        }
        if (ballots.existsByVoteIdAndVoterId(voteId, voter.getId())) {
            throw duplicate(voter);
        }
        Ballot ballot;
        try {
            ballot = ballots.saveAndFlush(new Ballot(voter, choice, channel, caller.username(), now));
        } catch (DataIntegrityViolationException e) {
            LOG.info(
                    "simultaneous second ballot for voter {} of vote {} refused: {}",
                    voter.getId(),
                    voteId,
                    e.getMostSpecificCause().getMessage());
            throw duplicate(voter);
        }
        audit.record(
                caller.username(),
                "owners.vote.ballot",
                subject(voteId),
                "voter=" + label(voter) + ", channel=" + channel + ", choice=" + choice);
        return new BallotView(
                ballot.getId(),
                voteId,
                voter.getRegisterOwnerId(),
                voter.isDeveloper(),
                choice,
                channel,
                ballot.getArea(),
                ballot.getRecordedBy(),
                ballot.getCastAt());
    }

    /**
     * Refuses unless the staff member records paper ballots of this vote: the self-governance office for every
     * estate, the estate's owners' committee and its area's residents' committee for that estate's votes only. The
     * API's ballots and the console's paper-ballot pages ask the same.
     */
    void checkPaperRecorder(Caller caller, Vote vote) {
        if (recordsPaperBallots(caller, vote)) {
            return;
        }
        if (SCOPED_PAPER_BALLOT_GROUPS.stream().noneMatch(caller::inGroup)) {
            throw Refusal.forbidden("owners.vote.ballot.staffNotAllowed");
        }
        // the committees record ballots of their own estate's votes only
        throw Refusal.forbidden("owners.vote.ballot.notYourEstate", String.valueOf(vote.getId()));
    }

    /** Whether the staff member records paper ballots of this vote ({@link #checkPaperRecorder}). */
    boolean recordsPaperBallots(Caller caller, Vote vote) {
        return caller.groups().stream().anyMatch(OFFICE_PAPER_BALLOT_GROUPS::contains)
                || SCOPED_PAPER_BALLOT_GROUPS.stream()
                        .anyMatch(group -> scopes.actsFor(caller, group, vote.getEstateId()));
    }

    /**
     * The tally with its outcome, for those who may read it now ({@link #tallyAccess}). Whoever may never read it
     * gets the very answer of a vote that does not exist, so that the answer tells nothing about other estates'
     * votes; whoever may read it later (the estate's committees before the window closes, its linked owners before
     * the result is published) is told from when. Not read-only: the engine records each evaluation of the
     * decision in its history.
     */
    @Transactional
    TallyView tallyFor(Caller caller, long voteId) {
        Vote vote = find(voteId);
        switch (tallyAccess(caller, vote)) {
            case NEVER -> throw notFound(voteId);
            case AFTER_CLOSE ->
                throw Refusal.forbidden(
                        "owners.vote.tally.beforeClose", String.valueOf(voteId), shown(vote.getWindowCloses()));
            case AFTER_PUBLICATION ->
                throw Refusal.forbidden("owners.vote.tally.beforePublication", String.valueOf(voteId));
            case NOW -> {
                // read below
            }
        }
        Tally tally = Tally.of(vote, ballots.sumByChoice(voteId));
        return TallyView.of(tally, outcomes.outcome(tally));
    }

    /** When the caller may read the vote's tally (docs/owners-vote.md, "The tally"). */
    TallyAccess tallyAccess(Caller caller, Vote vote) {
        boolean closed = vote.getStatus() == VoteStatus.CLOSED
                || vote.getStatus() == VoteStatus.PUBLISHED
                || !calendar.now().isBefore(vote.getWindowCloses());
        if (caller.isStaff()) {
            if (caller.groups().stream().anyMatch(OVERSIGHT_TALLY_GROUPS::contains)) {
                return TallyAccess.NOW;
            }
            boolean mayReadClosed = caller.groups().stream().anyMatch(OFFICE_TALLY_GROUPS::contains)
                    || SCOPED_TALLY_GROUPS.stream()
                            .anyMatch(group -> scopes.actsFor(caller, group, vote.getEstateId()));
            if (!mayReadClosed) {
                return TallyAccess.NEVER;
            }
            return closed ? TallyAccess.NOW : TallyAccess.AFTER_CLOSE;
        }
        boolean owner =
                !rolls.linkedOwnerIds(vote.getEstateId(), caller.accountId()).isEmpty();
        if (!owner) {
            return TallyAccess.NEVER;
        }
        return vote.getStatus() == VoteStatus.PUBLISHED ? TallyAccess.NOW : TallyAccess.AFTER_PUBLICATION;
    }

    enum TallyAccess {
        NOW,
        AFTER_CLOSE,
        AFTER_PUBLICATION,
        NEVER
    }

    @Transactional(readOnly = true)
    Vote get(long voteId) {
        return find(voteId);
    }

    private VoteVoter paperVoter(Vote vote, BallotRequest request) {
        if (Boolean.TRUE.equals(request.developer())) {
            return voters.findByVoteIdAndDeveloperTrue(vote.getId())
                    .orElseThrow(() -> Refusal.notFound("owners.vote.ballot.noDeveloper"));
        }
        if (request.ownerId() == null || request.ownerId().isBlank()) {
            throw Refusal.badInput("owners.vote.ballot.ownerMissing");
        }
        return voters.findByVoteIdAndRegisterOwnerId(
                        vote.getId(), request.ownerId().strip())
                .orElseThrow(() -> Refusal.notFound(
                        "owners.vote.ballot.ownerUnknown", request.ownerId().strip()));
    }

    private VoteVoter ownVoter(Caller caller, Vote vote, BallotRequest request) {
        List<VoteVoter> counted = rolls.linkedOwnerIds(vote.getEstateId(), caller.accountId()).stream()
                .filter(ownerId -> request.ownerId() == null || ownerId.equals(request.ownerId()))
                .map(ownerId -> voters.findByVoteIdAndRegisterOwnerId(vote.getId(), ownerId))
                .flatMap(Optional::stream)
                .toList();
        if (counted.isEmpty()) {
            throw Refusal.forbidden("owners.vote.ballot.notAnOwner");
        }
        if (counted.size() > 1) {
            throw Refusal.badInput("owners.vote.ballot.chooseOwner");
        }
        return counted.get(0);
    }

    private static BallotChoice choice(BallotRequest request) {
        if (request == null || request.choice() == null) {
            throw Refusal.badInput("owners.vote.ballot.choiceMissing");
        }
        try {
            return BallotChoice.valueOf(request.choice().strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.badInput("owners.vote.ballot.choiceUnknown", request.choice());
        }
    }

    private String shown(Instant instant) {
        return SHOWN.format(calendar.local(instant));
    }

    private static Refusal duplicate(VoteVoter voter) {
        return Refusal.conflict("owners.vote.ballot.duplicate", label(voter));
    }

    private static String label(VoteVoter voter) {
        return voter.isDeveloper() ? "developer" : voter.getRegisterOwnerId();
    }

    private Vote find(long voteId) {
        return votes.findById(voteId).orElseThrow(() -> notFound(voteId));
    }

    private static Refusal notFound(long voteId) {
        return Refusal.notFound("owners.vote.notFound", String.valueOf(voteId));
    }

    private static String subject(Long voteId) {
        return "vote:" + voteId;
    }
}
