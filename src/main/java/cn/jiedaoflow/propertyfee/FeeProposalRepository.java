package cn.jiedaoflow.propertyfee;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface FeeProposalRepository extends Repository<FeeProposal, Long> {

    FeeProposal save(FeeProposal proposal);

    Optional<FeeProposal> findByTrackingNumber(String trackingNumber);

    List<FeeProposal> findByEstateIdAndStatus(Long estateId, ProposalStatus status);

    /** The proposals of these estates that reached their owners (an opinion window opened), newest first. */
    List<FeeProposal> findByEstateIdInAndOpinionWindowOpensNotNullOrderByCreatedAtDesc(Collection<Long> estateIds);
}
