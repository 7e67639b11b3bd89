package cn.jiedaoflow.propertyfee;

import cn.jiedaoflow.calendar.Deadline;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.owners.EstateOwnerContacts;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the owners' opinion solicitation of a proposal (procedures.md §1, "Launch"): from now, by the engine's clock,
 * for {@code opinion-window} (7) calendar days ({@link FeeProposals#opinionWindowEnds}), recorded on the proposal so
 * that the portal knows when opinions are taken, and every owner with a linked account is told in their inbox, with
 * the proposal's page as the notice's link ({@link ProposalNoticePages}). A later round (after a revision) opens a new
 * window and tells them again.
 */
@Service
class OpinionWindows {

    private final FeeProposals proposals;
    private final FeeProposalRepository repository;
    private final PropertyFeeNotices notices;
    private final EstateOwnerContacts owners;

    OpinionWindows(
            FeeProposals proposals,
            FeeProposalRepository repository,
            PropertyFeeNotices notices,
            EstateOwnerContacts owners) {
        this.proposals = proposals;
        this.repository = repository;
        this.notices = notices;
        this.owners = owners;
    }

    /** Opens the window of the case's proposal and returns when it ends. */
    @Transactional
    Deadline open(String trackingNumber) {
        WorkingCalendar calendar = proposals.calendar();
        Deadline ends = proposals.opinionWindowEnds();
        Instant closes = ends.at().toInstant();
        FeeProposal proposal = repository
                .findByTrackingNumber(trackingNumber)
                .orElseThrow(() -> new IllegalStateException("no property-fee proposal " + trackingNumber));
        proposal.opinionWindow(calendar.now(), closes);
        repository.save(proposal);
        notices.opinionsInvited(trackingNumber, owners.linkedOwners(proposal.getEstateId()), calendar.shown(closes));
        return ends;
    }
}
