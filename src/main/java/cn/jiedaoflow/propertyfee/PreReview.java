package cn.jiedaoflow.propertyfee;

/**
 * The pre-review rule (procedures.md §1): the residents' committee and the owners' committee each decide
 * ACCEPT, REVISE or REJECT; either REJECT ends the procedure, otherwise either REVISE sends the proposal
 * back to the proposer, and only two ACCEPTs let it go on.
 */
final class PreReview {

    enum Decision {
        ACCEPT,
        REVISE,
        REJECT
    }

    enum Outcome {
        ACCEPTED,
        REVISE,
        REJECTED
    }

    private PreReview() {}

    static Outcome outcome(Decision residentsCommittee, Decision ownersCommittee) {
        if (residentsCommittee == null || ownersCommittee == null) {
            throw new IllegalArgumentException("both committees must decide the pre-review");
        }
        if (residentsCommittee == Decision.REJECT || ownersCommittee == Decision.REJECT) {
            return Outcome.REJECTED;
        }
        if (residentsCommittee == Decision.REVISE || ownersCommittee == Decision.REVISE) {
            return Outcome.REVISE;
        }
        return Outcome.ACCEPTED;
    }
}
