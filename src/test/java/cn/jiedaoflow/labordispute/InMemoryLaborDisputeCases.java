package cn.jiedaoflow.labordispute;

import java.util.ArrayList;
import java.util.List;
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

    /** The cases staff member {@code staffId} entered, as recorded. */
    List<LaborDisputeCase> enteredBy(String staffId) {
        return cases.stream().filter(c -> staffId.equals(c.getRegisteredBy())).toList();
    }
}
