package cn.jiedaoflow.labordispute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The case repository of the process tests, in memory. */
class InMemoryLaborDisputeCases implements LaborDisputeCaseRepository {

    private final List<LaborDisputeCase> cases = new ArrayList<>();

    @Override
    public LaborDisputeCase save(LaborDisputeCase labourDisputeCase) {
        cases.add(labourDisputeCase);
        return labourDisputeCase;
    }

    @Override
    public boolean existsByTrackingNumber(String trackingNumber) {
        return findByTrackingNumber(trackingNumber).isPresent();
    }

    @Override
    public Optional<LaborDisputeCase> findByTrackingNumber(String trackingNumber) {
        return cases.stream()
                .filter(c -> c.getTrackingNumber().equals(trackingNumber))
                .findFirst();
    }

    @Override
    public List<LaborDisputeCase> findByApplicantAccountIdOrderByCreatedAtDesc(Long applicantAccountId) {
        return cases.stream()
                .filter(c -> Objects.equals(c.getApplicantAccountId(), applicantAccountId))
                .sorted(Comparator.comparing(LaborDisputeCase::getCreatedAt).reversed())
                .toList();
    }

    @Override
    public List<LaborDisputeCase> findByRegisteredByOrderByCreatedAtDesc(String registeredBy) {
        return cases.stream()
                .filter(c -> Objects.equals(c.getRegisteredBy(), registeredBy))
                .sorted(Comparator.comparing(LaborDisputeCase::getCreatedAt).reversed())
                .toList();
    }
}
