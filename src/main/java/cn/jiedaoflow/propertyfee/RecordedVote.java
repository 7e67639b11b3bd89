package cn.jiedaoflow.propertyfee;

import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_FEE_STEP_DATES;
import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_RESULT_PUBLICATION_ENDS;
import static cn.jiedaoflow.propertyfee.PropertyFeeAdjustment.VAR_SUPERVISION_DUE;

import cn.jiedaoflow.calendar.Deadline;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The owners' vote as {@link FeeProposals#recordVote} recorded it: when the published result may be acted on, and for
 * a PASSED vote when each fee step takes effect and when the supervision evaluation starts.
 *
 * @param feeStepDates  00:00 of each step's date at the office; empty for a failed vote
 * @param supervisionDue when the supervision evaluation starts; {@code null} for a failed vote
 */
record RecordedVote(Deadline resultPublicationEnds, List<Instant> feeStepDates, Instant supervisionDue) {

    /** The variables the timers read: {@code resultPublicationEnds}; {@code feeStepDates}, {@code supervisionDue}. */
    Map<String, Object> asVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(VAR_RESULT_PUBLICATION_ENDS, resultPublicationEnds.asDate());
        if (supervisionDue != null) {
            variables.put(
                    VAR_FEE_STEP_DATES, feeStepDates.stream().map(Date::from).toList());
            variables.put(VAR_SUPERVISION_DUE, Date.from(supervisionDue));
        }
        return variables;
    }
}
