package cn.jiedaoflow.labordispute;

import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_ACCEPTANCE_DUE;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_ACCEPTANCE_DUE_PROVISIONAL;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_RECEIVED_AT;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_STATUTORY_LIMIT_ENDS;
import static cn.jiedaoflow.labordispute.LaborDisputeMediation.VAR_STATUTORY_LIMIT_PROVISIONAL;

import cn.jiedaoflow.calendar.Deadline;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A registered application: its tracking number, when it was received and the two deadlines that run
 * from that instant.
 */
record MediationRegistration(
        String trackingNumber, Instant receivedAt, Deadline acceptanceDue, Deadline statutoryLimitEnds) {

    /** The process variables the timer, the tasks' due dates and the portal read. */
    Map<String, Object> asVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(VAR_RECEIVED_AT, Date.from(receivedAt));
        variables.put(VAR_ACCEPTANCE_DUE, acceptanceDue.asDate());
        variables.put(VAR_ACCEPTANCE_DUE_PROVISIONAL, acceptanceDue.provisional());
        variables.put(VAR_STATUTORY_LIMIT_ENDS, statutoryLimitEnds.asDate());
        variables.put(VAR_STATUTORY_LIMIT_PROVISIONAL, statutoryLimitEnds.provisional());
        return variables;
    }
}
