package cn.jiedaoflow.owners;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.web.ApiProblem;

/**
 * Owners' votes (procedures.md, "Owners' votes"): calling a vote freezes the estate's register; ballots,
 * one per counted person, carry that person's frozen area; the tally feeds the decision
 * {@code owners-vote-outcome}. Times come from the engine's clock.
 */
@Service
class Votes {

    private static final Logger LOG = LoggerFactory.getLogger(Votes.class);

    /** Staff who record paper ballots. */
    static final Set<String> PAPER_BALLOT_GROUPS = Set.of(StaffGroup.SELF_GOVERNANCE_OFFICE.id(),
            StaffGroup.RESIDENTS_COMMITTEE.id(), StaffGroup.OWNERS_COMMITTEE.id());
    /** Staff who see a tally before its result is published. */
    static final Set<String> TALLY_GROUPS = Set.of(StaffGroup.SELF_GOVERNANCE_OFFICE.id(),
            StaffGroup.RESIDENTS_COMMITTEE.id(), StaffGroup.OWNERS_COMMITTEE.id(), StaffGroup.HOUSING_OFFICE.id(),
            StaffGroup.LEADERS.id());
    /** While a vote is in one of these, its estate's register may not be replaced. */
    /** How a window is shown to owners: Shanghai's wall clock, with the offset so nobody misreads it. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm (xxx)").withZone(ZoneId.of("Asia/Shanghai"));

    static final Set<VoteStatus> REGISTER_FROZEN = Set.of(VoteStatus.NOTICE, VoteStatus.OPEN, VoteStatus.CLOSED);

    private final VoteRepository votes;
    private final VoteVoterRepository voters;
    private final BallotRepository ballots;
    private final OwnerAccountLinkRepository links;
    private final EstateRepository estates;
    private final RegisteredUnitRepository units;
    private final VoteOutcomeApplicationService outcomes;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final int noticeDays;

    Votes(VoteRepository votes, VoteVoterRepository voters, BallotRepository ballots, OwnerAccountLinkRepository links,
            EstateRepository estates, RegisteredUnitRepository units, VoteOutcomeApplicationService outcomes,
            WorkingCalendar calendar, AuditLog audit, @Value("${jiedao.owners.vote-notice-days:15}") int noticeDays) {
        this.votes = votes;
        this.voters = voters;
        this.ballots = ballots;
        this.links = links;
        this.estates = estates;
        this.units = units;
        this.outcomes = outcomes;
        this.calendar = calendar;
        this.audit = audit;
        this.noticeDays = noticeDays;
    }

    /**
     * Calls the vote and freezes the register: one voter row per counted person, totals from them. Refuses
     * a window that breaks the notice rule ({@link VoteWindow}) with {@link VoteWindow.NoticeTooShort}.
     */
    @Transactional
    Vote call(VoteCall call) {
        Instant now = calendar.now();
        VoteWindow.check(now, call.windowOpens(), call.windowCloses(), noticeDays);
        estates.lockById(call.estateId()).orElseThrow(
                () -> ApiProblem.notFound("owners.estate.notFound", String.valueOf(call.estateId())));
        List<UnitShare> shares = units.sharesOf(call.estateId());
        List<CountedPerson> persons = RegisterCount.persons(shares);
        // the totals are those of the snapshot: the same persons, their areas summed
        RegisterCount counts = RegisterCount.of(shares);
        Vote vote = votes.save(new Vote(call.estateId(), call.matterType(), call.subject(), call.trackingNumber(),
                call.windowOpens(), call.windowCloses(), now, call.calledBy(), counts.totalArea(),
                persons.size()));
        persons.forEach(person -> voters.save(new VoteVoter(vote.getId(), person)));
        audit.record(call.calledBy(), "owners.vote.call", subject(vote.getId()), "estate=" + call.estateId()
                + ", matterType=" + call.matterType() + ", totalArea=" + counts.totalArea().toPlainString()
                + ", totalOwners=" + persons.size());
        LOG.info("vote {} called on estate {} for case {}: {} persons", vote.getId(), call.estateId(),
                call.trackingNumber(), persons.size());
        return vote;
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
            if (caller.groups().stream().noneMatch(PAPER_BALLOT_GROUPS::contains)) {
                throw ApiProblem.forbidden("owners.vote.ballot.staffNotAllowed");
            }
            channel = BallotChannel.PAPER;
            voter = paperVoter(vote, request);
        } else {
            channel = BallotChannel.ONLINE;
            voter = ownVoter(caller, vote, request);
        }
        Instant now = calendar.now();
        if (!vote.inWindow(now)) {
            throw ApiProblem.conflict("owners.vote.ballot.outsideWindow", SHOWN.format(vote.getWindowOpens()),
                    SHOWN.format(vote.getWindowCloses()));
        }
        if (ballots.existsByVoteIdAndVoterId(voteId, voter.getId())) {
            throw duplicate(voter);
        }
        Ballot ballot;
        try {
            ballot = ballots.saveAndFlush(new Ballot(voter, choice, channel, caller.username(), now));
        } catch (DataIntegrityViolationException e) {
            LOG.info("simultaneous second ballot for voter {} of vote {} refused: {}", voter.getId(), voteId,
                    e.getMostSpecificCause().getMessage());
            throw duplicate(voter);
        }
        audit.record(caller.username(), "owners.vote.ballot", subject(voteId),
                "voter=" + label(voter) + ", channel=" + channel + ", choice=" + choice);
        return new BallotView(ballot.getId(), voteId, voter.getRegisterOwnerId(), voter.isDeveloper(), choice, channel,
                ballot.getArea(), ballot.getRecordedBy(), ballot.getCastAt());
    }

    /**
     * The tally with its outcome: for tally staff always, for owners of the estate once published. Not
     * read-only: the engine records each evaluation of the decision in its history.
     */
    @Transactional
    TallyView tallyFor(Caller caller, long voteId) {
        Vote vote = find(voteId);
        boolean allowed = caller.isStaff()
                ? caller.groups().stream().anyMatch(TALLY_GROUPS::contains)
                : vote.getStatus() == VoteStatus.PUBLISHED && caller.accountId() != null
                        && !links.findByEstateIdAndAccountId(vote.getEstateId(), caller.accountId()).isEmpty();
        if (!allowed) {
            throw ApiProblem.forbidden("owners.vote.tally.notAllowed");
        }
        Tally tally = Tally.of(vote, ballots.sumByChoice(voteId));
        return TallyView.of(tally, outcomes.outcome(tally));
    }

    @Transactional(readOnly = true)
    Vote get(long voteId) {
        return find(voteId);
    }

    /** Whether a vote of the estate freezes its register (called, open, or closed but not yet published). */
    boolean freezesRegister(long estateId) {
        return votes.existsByEstateIdAndStatusIn(estateId, REGISTER_FROZEN);
    }

    private VoteVoter paperVoter(Vote vote, BallotRequest request) {
        if (Boolean.TRUE.equals(request.developer())) {
            return voters.findByVoteIdAndDeveloperTrue(vote.getId())
                    .orElseThrow(() -> ApiProblem.notFound("owners.vote.ballot.noDeveloper"));
        }
        if (request.ownerId() == null || request.ownerId().isBlank()) {
            throw ApiProblem.badRequest("owners.vote.ballot.ownerMissing");
        }
        return voters.findByVoteIdAndRegisterOwnerId(vote.getId(), request.ownerId().strip())
                .orElseThrow(() -> ApiProblem.notFound("owners.vote.ballot.ownerUnknown", request.ownerId().strip()));
    }

    private VoteVoter ownVoter(Caller caller, Vote vote, BallotRequest request) {
        List<OwnerAccountLink> own = caller.accountId() == null ? List.of()
                : links.findByEstateIdAndAccountId(vote.getEstateId(), caller.accountId());
        List<VoteVoter> counted = own.stream()
                .filter(link -> request.ownerId() == null || link.getRegisterOwnerId().equals(request.ownerId()))
                .map(link -> voters.findByVoteIdAndRegisterOwnerId(vote.getId(), link.getRegisterOwnerId()))
                .flatMap(Optional::stream)
                .toList();
        if (counted.isEmpty()) {
            throw ApiProblem.forbidden("owners.vote.ballot.notAnOwner");
        }
        if (counted.size() > 1) {
            throw ApiProblem.badRequest("owners.vote.ballot.chooseOwner");
        }
        return counted.get(0);
    }

    private static BallotChoice choice(BallotRequest request) {
        if (request == null || request.choice() == null) {
            throw ApiProblem.badRequest("owners.vote.ballot.choiceMissing");
        }
        try {
            return BallotChoice.valueOf(request.choice().strip());
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "owners.vote.ballot.choiceUnknown", request.choice());
        }
    }

    private static ApiProblem duplicate(VoteVoter voter) {
        return ApiProblem.conflict("owners.vote.ballot.duplicate", label(voter));
    }

    private static String label(VoteVoter voter) {
        return voter.isDeveloper() ? "developer" : voter.getRegisterOwnerId();
    }

    private Vote find(long voteId) {
        return votes.findById(voteId)
                .orElseThrow(() -> ApiProblem.notFound("owners.vote.notFound", String.valueOf(voteId)));
    }

    private static String subject(Long voteId) {
        return "vote:" + voteId;
    }
}
