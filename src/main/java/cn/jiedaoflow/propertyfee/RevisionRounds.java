package cn.jiedaoflow.propertyfee;

/**
 * At most {@code maxRounds} revision rounds in all, pre-review's and the coordination talk's together
 * (procedures.md §1). A request for one more round at the cap goes to the owners' committee instead.
 */
record RevisionRounds(int maxRounds) {

    RevisionRounds {
        if (maxRounds < 0) {
            throw new IllegalArgumentException("the number of revision rounds cannot be negative: " + maxRounds);
        }
    }

    /** True when {@code roundsSoFar} rounds have been granted and no further one may be. */
    boolean capReached(int roundsSoFar) {
        return roundsSoFar >= maxRounds;
    }
}
