package cn.jiedaoflow.enterpriseservice;

import java.time.LocalDate;

/**
 * A need its enterprise did not find resolved, as the process hands it to the next forum's agenda.
 *
 * @param unresolvedOn the day the enterprise said so (the rating), from which the next forum is counted
 * @param addedBy      the business-service member who completed the agenda step, when known
 */
record UnresolvedNeed(
        String trackingNumber,
        String processInstanceId,
        String applicantName,
        String needTitle,
        String agendaNote,
        LocalDate unresolvedOn,
        String addedBy) {}
