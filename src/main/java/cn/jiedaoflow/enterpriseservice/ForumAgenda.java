package cn.jiedaoflow.enterpriseservice;

import java.time.LocalDate;
import java.util.List;

/**
 * A forum with its agenda, as the console shows it.
 *
 * @param upcoming whether it is still to be held (its date is today or later)
 */
public record ForumAgenda(LocalDate date, boolean upcoming, List<AgendaEntry> agenda) {}
