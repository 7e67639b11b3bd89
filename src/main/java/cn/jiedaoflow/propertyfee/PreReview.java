package cn.jiedaoflow.propertyfee;

/**
 * The pre-review rule (procedures.md §1): the residents' committee and the owners' committee each decide
 * ACCEPT, REVISE or REJECT; either REJECT ends the procedure, otherwise either REVISE sends the proposal
 * back to the proposer, and only two ACCEPTs let it go on. A REVISE or a REJECT comes with comments.
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

    /**
     * A committee that asks for a revision or rejects the proposal says why: the proposer revises by it, or learns why
     * the procedure ends. An acceptance needs no comment.
     */
    static void requireComments(Decision decision, String comments) {
        if (decision != Decision.ACCEPT && (comments == null || comments.isBlank())) {
            throw new BilingualRefusal(
                    "预审意见为“需修改”或“否决”的，须填写意见说明。",
                    "A pre-review that asks for a revision or rejects the proposal must say why (comments).");
        }
    }

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
