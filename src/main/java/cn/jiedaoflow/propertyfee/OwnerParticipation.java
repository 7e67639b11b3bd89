package cn.jiedaoflow.propertyfee;

import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.owners.OwnerEstates;
import cn.jiedaoflow.ownersvote.OwnerVotes;
import cn.jiedaoflow.ownersvote.OwnerVotes.OwnerVote;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Refusal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owners' side of the property-fee adjustment (docs/portal.md, "Owners' votes"): a resident linked as an owner of
 * an estate sees each proposal of that estate from the moment its opinion window opened — the proposal, the three
 * lists, the audit, the hearing's date, the opinion window, the vote and, once published, the result. Anyone else
 * (a resident who owns nothing there, an enterprise) gets the answer of a case that does not exist; staff have their
 * own doors.
 */
@Service
class OwnerParticipation {

    /** The portal's page of a proposal for its owners: {@code /owners/votes/PF-20261128-K7Q2MX}. */
    static final String PAGE = "/owners/votes/";

    private final FeeProposalRepository proposals;
    private final FeeOpinionRepository opinions;
    private final ProposalRecords records;
    private final OwnerEstates owners;
    private final OwnerVotes votes;
    private final WorkingCalendar calendar;
    private final MessageSource messages;

    OwnerParticipation(
            FeeProposalRepository proposals,
            FeeOpinionRepository opinions,
            ProposalRecords records,
            OwnerEstates owners,
            OwnerVotes votes,
            WorkingCalendar calendar,
            MessageSource messages) {
        this.proposals = proposals;
        this.opinions = opinions;
        this.records = records;
        this.owners = owners;
        this.votes = votes;
        this.calendar = calendar;
        this.messages = messages;
    }

    /** One line per proposal of the caller's estates that reached its owners, newest first. */
    @Transactional
    List<OwnerProposalItem> list(Caller caller, Locale locale) {
        refuseStaff(caller);
        List<Long> estates = owners.of(caller);
        if (estates.isEmpty()) {
            return List.of();
        }
        return proposals.findByEstateIdInAndOpinionWindowOpensNotNullOrderByCreatedAtDesc(estates).stream()
                .map(proposal -> {
                    Optional<OwnerVote> vote = votes.latestFor(proposal.getTrackingNumber(), caller);
                    String stage = stage(proposal, vote.orElse(null));
                    return new OwnerProposalItem(
                            proposal.getTrackingNumber(),
                            owners.nameOf(proposal.getEstateId()),
                            stage,
                            text("portal.owners.stage." + stage, locale),
                            calendar.local(proposal.getOpinionWindowCloses()),
                            opinionsOpen(proposal),
                            vote.map(OwnerVote::windowOpens).orElse(null),
                            vote.map(OwnerVote::windowCloses).orElse(null),
                            vote.map(OwnerVote::ballotsNow).orElse(false),
                            vote.map(OwnerVote::result)
                                    .map(OwnerVotes.Result::outcome)
                                    .orElse(null),
                            PAGE + proposal.getTrackingNumber());
                })
                .toList();
    }

    /** The proposal as its owner reads it; another's, one not yet shown to owners or none: the same 404. */
    @Transactional
    OwnerProposalView detail(Caller caller, String trackingNumber, Locale locale) {
        return view(caller, ownersProposal(caller, trackingNumber), locale);
    }

    /** The same for the portal's page: empty where the API answers 404. */
    @Transactional
    Optional<OwnerProposalView> find(Caller caller, String trackingNumber, Locale locale) {
        refuseStaff(caller);
        return visible(caller, trackingNumber).map(proposal -> view(caller, proposal, locale));
    }

    private OwnerProposalView view(Caller caller, FeeProposal proposal, Locale locale) {
        String trackingNumber = proposal.getTrackingNumber();
        OwnerVote vote = votes.latestFor(trackingNumber, caller).orElse(null);
        String stage = stage(proposal, vote);
        boolean open = opinionsOpen(proposal);
        List<OwnerProposalView.MyOpinion> mine =
                opinions.findByTrackingNumberAndAccountIdOrderByGivenAtAsc(trackingNumber, caller.accountId()).stream()
                        .map(opinion -> new OwnerProposalView.MyOpinion(
                                opinion.getBody(), calendar.local(opinion.getGivenAt())))
                        .toList();
        boolean givenInThisWindow = opinions.existsByTrackingNumberAndWindowClosesAndAccountId(
                trackingNumber, proposal.getOpinionWindowCloses(), caller.accountId());
        OwnerProposalView.Opinions window = new OwnerProposalView.Opinions(
                calendar.local(proposal.getOpinionWindowOpens()),
                calendar.local(proposal.getOpinionWindowCloses()),
                open,
                open && !givenInThisWindow,
                OwnerOpinions.MAX_LENGTH,
                mine);
        return OwnerProposalView.of(
                trackingNumber,
                owners.nameOf(proposal.getEstateId()),
                stage,
                text("portal.owners.stage." + stage, locale),
                records.of(trackingNumber),
                window,
                vote,
                locale,
                this::text);
    }

    /**
     * The case's proposal when the caller is a linked owner of its estate and its owners have been asked (an opinion
     * window opened); otherwise {@code portal.owners.notFound}, whatever the reason. Staff: {@code 403}.
     */
    FeeProposal ownersProposal(Caller caller, String trackingNumber) {
        refuseStaff(caller);
        return visible(caller, trackingNumber)
                .orElseThrow(() -> Refusal.notFound("portal.owners.notFound", trackingNumber));
    }

    private Optional<FeeProposal> visible(Caller caller, String trackingNumber) {
        return proposals
                .findByTrackingNumber(trackingNumber)
                .filter(proposal -> proposal.getOpinionWindowOpens() != null)
                .filter(proposal -> owners.of(caller).contains(proposal.getEstateId()));
    }

    /** Whether the proposal's latest opinion window is open now: from its opening, inclusive, to its close. */
    boolean opinionsOpen(FeeProposal proposal) {
        Instant now = calendar.now();
        return proposal.getOpinionWindowOpens() != null
                && !now.isBefore(proposal.getOpinionWindowOpens())
                && now.isBefore(proposal.getOpinionWindowCloses());
    }

    private String stage(FeeProposal proposal, OwnerVote vote) {
        if (vote != null) {
            return switch (vote.status()) {
                case "NOTICE" -> "VOTE_CALLED";
                case "OPEN" -> "VOTING";
                case "CLOSED" -> "COUNTING";
                default -> "RESULT";
            };
        }
        if (opinionsOpen(proposal)) {
            return "OPINIONS";
        }
        return proposal.getStatus() == ProposalStatus.FILED ? "HEARING" : "ENDED";
    }

    private static void refuseStaff(Caller caller) {
        if (caller == null || caller.isStaff()) {
            throw Refusal.forbidden("portal.owners.forbidden");
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** One proposal in the owner's list. */
    record OwnerProposalItem(
            String trackingNumber,
            String estate,
            String stage,
            String stageText,
            OffsetDateTime opinionWindowCloses,
            boolean opinionsNow,
            OffsetDateTime voteOpens,
            OffsetDateTime voteCloses,
            boolean ballotsNow,
            String outcome,
            String url) {}
}
