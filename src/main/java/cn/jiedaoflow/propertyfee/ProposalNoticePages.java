package cn.jiedaoflow.propertyfee;

import cn.jiedaoflow.cases.TrackingNumbers;
import cn.jiedaoflow.notification.NoticePages;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The notices of a property-fee case ({@code PF-…}) — the invitation to give an opinion, the vote's call, its result,
 * each new fee — link to the proposal's page for its owners, {@code /owners/votes/PF-…}; the vote's notices carry the
 * case's number too. Anyone else who follows the link gets that page's 404.
 */
@Component
class ProposalNoticePages implements NoticePages {

    @Override
    public Optional<String> pageOf(String trackingNumber) {
        return TrackingNumbers.prefixOf(trackingNumber)
                .filter(FeeProposals.TRACKING_NUMBER_PREFIX::equals)
                .map(prefix -> OwnerParticipation.PAGE + trackingNumber);
    }
}
