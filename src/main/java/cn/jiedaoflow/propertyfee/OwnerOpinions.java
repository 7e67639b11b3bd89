package cn.jiedaoflow.propertyfee;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.input.TextRules;
import cn.jiedaoflow.owners.VoterRolls;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.refusal.Refusal;
import cn.jiedaoflow.scope.StaffScopes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owners' opinions on a proposal (procedures.md §1, "Owners' opinion solicitation"; docs/portal.md): a linked
 * owner gives one opinion per opinion window, at most {@value #MAX_LENGTH} characters, while the window is open; it is
 * kept as given. The estate's committees — its owners' committee and its area's residents' committee — and the
 * sub-district's self-governance office read them before the hearing.
 */
@Service
class OwnerOpinions {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOpinions.class);

    /** The longest opinion, in characters (a character outside the BMP counts once). */
    static final int MAX_LENGTH = 500;

    /** Office-wide staff who read every estate's opinions. */
    static final Set<String> OFFICE_READERS = Set.of(StaffGroup.SELF_GOVERNANCE_OFFICE.id());
    /** Staff who read the opinions of the estates they act for: the estate's committees. */
    static final List<String> SCOPED_READERS =
            List.of(StaffGroup.OWNERS_COMMITTEE.id(), StaffGroup.RESIDENTS_COMMITTEE.id());

    private final OwnerParticipation participation;
    private final FeeOpinionRepository opinions;
    private final FeeProposalRepository proposals;
    private final VoterRolls rolls;
    private final StaffScopes scopes;
    private final WorkingCalendar calendar;
    private final AuditLog audit;

    OwnerOpinions(
            OwnerParticipation participation,
            FeeOpinionRepository opinions,
            FeeProposalRepository proposals,
            VoterRolls rolls,
            StaffScopes scopes,
            WorkingCalendar calendar,
            AuditLog audit) {
        this.participation = participation;
        this.opinions = opinions;
        this.proposals = proposals;
        this.rolls = rolls;
        this.scopes = scopes;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** Stores the owner's opinion in the open window; the rules of the class. */
    @Transactional
    GivenOpinion give(Caller caller, String trackingNumber, OpinionRequest request) {
        FeeProposal proposal = participation.ownersProposal(caller, trackingNumber);
        String text =
                request == null || request.text() == null ? "" : request.text().strip();
        if (text.isEmpty()) {
            throw Refusal.badInput("portal.owners.opinion.missing");
        }
        TextRules.problemWith(text).ifPresent(problem -> {
            throw Refusal.badInput(problem.messageKey(), "text");
        });
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw Refusal.badInput("portal.owners.opinion.tooLong", MAX_LENGTH);
        }
        if (!participation.opinionsOpen(proposal)) {
            throw Refusal.conflict(
                    "portal.owners.opinion.closed",
                    calendar.shown(proposal.getOpinionWindowOpens()),
                    calendar.shown(proposal.getOpinionWindowCloses()));
        }
        Instant window = proposal.getOpinionWindowCloses();
        if (opinions.existsByTrackingNumberAndWindowClosesAndAccountId(trackingNumber, window, caller.accountId())) {
            throw Refusal.conflict("portal.owners.opinion.duplicate");
        }
        String ownerId =
                rolls.linkedOwnerIds(proposal.getEstateId(), caller.accountId()).get(0);
        Instant now = calendar.now();
        FeeOpinion opinion;
        try {
            opinion = opinions.saveAndFlush(new FeeOpinion(
                    trackingNumber, proposal.getEstateId(), window, caller.accountId(), ownerId, text, now));
        } catch (DataIntegrityViolationException e) {
            LOG.info(
                    "simultaneous second opinion of account {} on {} refused: {}",
                    caller.accountId(),
                    trackingNumber,
                    e.getMostSpecificCause().getMessage());
            throw Refusal.conflict("portal.owners.opinion.duplicate");
        }
        audit.record(caller.username(), "propertyfee.opinion", "case:" + trackingNumber, "owner=" + ownerId);
        return new GivenOpinion(
                ownerId, opinion.getBody(), calendar.local(opinion.getGivenAt()), calendar.local(window));
    }

    /**
     * Every opinion on the case, oldest first, for its estate's committees and the self-governance office; other
     * staff get the answer of a case that does not exist; residents and enterprises {@code 403}.
     */
    @Transactional(readOnly = true)
    List<GivenOpinion> forCommittees(Caller caller, String trackingNumber) {
        if (caller == null || !caller.isStaff()) {
            throw Refusal.forbidden("propertyfee.opinions.forbidden");
        }
        FeeProposal proposal = proposals
                .findByTrackingNumber(trackingNumber)
                .filter(found -> caller.groups().stream().anyMatch(OFFICE_READERS::contains)
                        || SCOPED_READERS.stream()
                                .anyMatch(group -> scopes.actsFor(caller, group, found.getEstateId())))
                .orElseThrow(() -> Refusal.notFound("propertyfee.opinions.notFound", trackingNumber));
        return opinions.findByTrackingNumberOrderByGivenAtAscIdAsc(proposal.getTrackingNumber()).stream()
                .map(opinion -> new GivenOpinion(
                        opinion.getRegisterOwnerId(),
                        opinion.getBody(),
                        calendar.local(opinion.getGivenAt()),
                        calendar.local(opinion.getWindowCloses())))
                .toList();
    }

    /** {@code POST /api/my/votes/{trackingNumber}/opinions}: the opinion's text. */
    record OpinionRequest(String text) {}

    /** An opinion as stored: whose (the register's owner id), what, when, and the window it was given in. */
    record GivenOpinion(String ownerId, String text, OffsetDateTime givenAt, OffsetDateTime windowCloses) {}
}
