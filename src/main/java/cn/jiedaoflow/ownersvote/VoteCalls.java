package cn.jiedaoflow.ownersvote;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.owners.CountedPerson;
import cn.jiedaoflow.owners.VoterRoll;
import cn.jiedaoflow.owners.VoterRolls;
import cn.jiedaoflow.refusal.Refusal;
import cn.jiedaoflow.scope.EstateDirectory;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calling an owners' vote (procedures.md, "Owners' votes"): the window must keep the notice rule
 * ({@link VoteWindow}) by the engine's clock; then the vote is stored and the estate's register frozen for it, one
 * voter row per counted person, the totals from them; the paper notice is due on the last day that still gives the
 * notice.
 */
@Service
class VoteCalls {

    private static final Logger LOG = LoggerFactory.getLogger(VoteCalls.class);

    private final VoteRepository votes;
    private final VoteVoterRepository voters;
    private final VoterRolls rolls;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final EstateDirectory estates;
    private final VoteWindow window;

    VoteCalls(
            VoteRepository votes,
            VoteVoterRepository voters,
            VoterRolls rolls,
            WorkingCalendar calendar,
            AuditLog audit,
            EstateDirectory estates,
            @Value("${jiedao.owners.vote-notice-days:15}") int noticeDays) {
        this.votes = votes;
        this.voters = voters;
        this.rolls = rolls;
        this.calendar = calendar;
        this.audit = audit;
        this.estates = estates;
        this.window = new VoteWindow(calendar, noticeDays);
    }

    /**
     * Calls the vote and freezes the register. A window that breaks the notice rule is refused with
     * {@link VoteWindow.NoticeTooShort} before anything is written, and that refusal does not mark the transaction
     * for rollback: the engine runs the vote in the transaction of whoever completed the caller's task, and turns
     * the refusal into the BPMN error that sends the caller back to its vote call, which must commit.
     */
    @Transactional(noRollbackFor = VoteWindow.NoticeTooShort.class)
    CalledVote call(VoteCall call) {
        Instant now = calendar.now();
        window.check(now, call.windowOpens(), call.windowCloses());
        VoterRoll roll = rolls.lockAndRead(call.estateId())
                .orElseThrow(() -> Refusal.notFound("owners.estate.notFound", String.valueOf(call.estateId())));
        // the totals are those of the snapshot: the same persons, their areas summed
        List<CountedPerson> persons = roll.persons();
        Vote vote = votes.save(new Vote(
                call.estateId(),
                call.matterType(),
                call.subject(),
                call.trackingNumber(),
                call.windowOpens(),
                call.windowCloses(),
                now,
                call.calledBy(),
                roll.totalArea(),
                persons.size()));
        persons.forEach(person -> voters.save(new VoteVoter(vote.getId(), person)));
        audit.record(
                call.calledBy(),
                "owners.vote.call",
                "vote:" + vote.getId(),
                "estate=" + call.estateId()
                        + ", matterType=" + call.matterType() + ", totalArea="
                        + roll.totalArea().toPlainString()
                        + ", totalOwners=" + persons.size());
        LOG.info(
                "vote {} called on estate {} for case {}: {} persons",
                vote.getId(),
                call.estateId(),
                call.trackingNumber(),
                persons.size());
        String number = call.trackingNumber() == null || call.trackingNumber().isBlank()
                ? String.valueOf(vote.getId())
                : call.trackingNumber();
        return new CalledVote(
                vote.getId(),
                number,
                estates.nameOf(call.estateId()).orElse(String.valueOf(call.estateId())),
                window.paperNoticeDue(call.windowOpens()));
    }
}
