package cn.jiedaoflow.propertyfee;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The proposals table of the process tests, in memory. */
class InMemoryFeeProposals implements FeeProposalRepository {

    private final List<FeeProposal> proposals = new ArrayList<>();

    @Override
    public FeeProposal save(FeeProposal proposal) {
        if (!proposals.contains(proposal)) {
            proposals.add(proposal);
        }
        return proposal;
    }

    @Override
    public Optional<FeeProposal> findByTrackingNumber(String trackingNumber) {
        return proposals.stream()
                .filter(p -> p.getTrackingNumber().equals(trackingNumber))
                .findFirst();
    }

    @Override
    public List<FeeProposal> findByEstateIdAndStatus(Long estateId, ProposalStatus status) {
        return proposals.stream()
                .filter(p -> p.getEstateId().equals(estateId) && p.getStatus() == status)
                .toList();
    }

    @Override
    public List<FeeProposal> findByEstateIdInAndOpinionWindowOpensNotNullOrderByCreatedAtDesc(
            Collection<Long> estateIds) {
        return proposals.stream()
                .filter(p -> estateIds.contains(p.getEstateId()) && p.getOpinionWindowOpens() != null)
                .sorted(Comparator.comparing(FeeProposal::getCreatedAt).reversed())
                .toList();
    }
}
