package cn.jiedaoflow.enterpriseservice;

import java.time.LocalDate;

/** A line of a forum's agenda as the console shows it. */
public record AgendaEntry(
        String trackingNumber, String applicantName, String needTitle, String agendaNote, LocalDate unresolvedOn) {}
