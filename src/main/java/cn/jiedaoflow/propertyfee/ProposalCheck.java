package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.*;

import cn.jiedaoflow.calendar.Deadline;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code Task_CheckProposal} found ({@link FeeProposals#check}): the case's tracking number, and either the
 * refusal of a proposal within the bar after a failed vote, or the proposal recorded with the end of its lists'
 * publication.
 *
 * @param refusalReason   why the proposal is refused (Chinese / English), {@code null} when it is not
 * @param publicationEnds when the three lists' publication ends, {@code null} when the proposal is refused
 */
record ProposalCheck(String trackingNumber, long estateId, String refusalReason, Deadline publicationEnds) {

    boolean refused() {
        return refusalReason != null;
    }

    /** The process variables: the case, its first revision round, and the refusal or the publication's end. */
    Map<String, Object> asVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(VAR_TRACKING_NUMBER, trackingNumber);
        variables.put(VAR_ESTATE_ID, estateId);
        variables.put(VAR_REVISION_ROUND, 0);
        variables.put(VAR_REVISION_CAP_REACHED, false);
        variables.put(VAR_REFUSED_WITHIN_SIX_MONTHS, refused());
        if (refused()) {
            variables.put(VAR_REFUSAL_REASON, refusalReason);
        } else {
            variables.put(VAR_PUBLICATION_ENDS, publicationEnds.asDate());
            variables.put(VAR_PUBLICATION_ENDS_PROVISIONAL, publicationEnds.provisional());
        }
        return variables;
    }
}
