package cn.jiedaoflow.enterpriseservice;

import cn.jiedaoflow.audit.AuditLog;
import cn.jiedaoflow.calendar.WorkingCalendar;
import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.refusal.Refusal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The government-enterprise forums and their agendas (procedures.md §7). Business-service sets the dates, each a day
 * after today, one forum a day. A need its enterprise did not find resolved goes onto the agenda of the first forum
 * dated after the day it became unresolved that is not over yet; when there is none, nothing is put on any agenda
 * and the caller is told so ({@link #putOnAgenda} is empty). A need is on one agenda at most.
 */
@Service
class Forums {

    private final ForumRepository forums;
    private final AgendaItemRepository items;
    private final WorkingCalendar calendar;
    private final AuditLog audit;

    Forums(ForumRepository forums, AgendaItemRepository items, WorkingCalendar calendar, AuditLog audit) {
        this.forums = forums;
        this.items = items;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** Every forum, soonest first, each with its agenda in the order the needs were put on it. */
    @Transactional(readOnly = true)
    List<ForumAgenda> all() {
        LocalDate today = calendar.today();
        Map<Long, List<AgendaEntry>> agendas = items.findAllByOrderByIdAsc().stream()
                .collect(Collectors.groupingBy(
                        AgendaItem::getForumId, Collectors.mapping(AgendaItem::entry, Collectors.toList())));
        List<ForumAgenda> all = new ArrayList<>();
        for (Forum forum : forums.findAllByOrderByDateAsc()) {
            all.add(new ForumAgenda(
                    forum.getDate(), !forum.getDate().isBefore(today), agendas.getOrDefault(forum.getId(), List.of())));
        }
        return all;
    }

    /** Adds a forum on {@code date}: a day after today, on which there is no forum yet. */
    @Transactional
    LocalDate add(Caller caller, LocalDate date) {
        LocalDate today = calendar.today();
        if (date == null) {
            throw Refusal.badInput("console.enterpriseForums.refused.missing");
        }
        if (!date.isAfter(today)) {
            throw Refusal.badInput("console.enterpriseForums.refused.notFuture", date.toString(), today.toString());
        }
        if (forums.existsByDate(date)) {
            throw Refusal.conflict("console.enterpriseForums.refused.taken", date.toString());
        }
        forums.save(new Forum(date, caller.username(), calendar.now()));
        audit.record(caller.username(), "enterprise-forum.add", "enterprise-forum:" + date, null);
        return date;
    }

    /**
     * Puts {@code need} onto the agenda of the first forum dated after the day it became unresolved that is not over
     * (today or later), and answers that forum's date; a need already on an agenda stays there. Empty when no such
     * forum is set: nothing is stored.
     */
    @Transactional
    Optional<LocalDate> putOnAgenda(UnresolvedNeed need) {
        Optional<AgendaItem> already = items.findByTrackingNumber(need.trackingNumber());
        if (already.isPresent()) {
            return forums.findAllByOrderByDateAsc().stream()
                    .filter(forum -> forum.getId().equals(already.get().getForumId()))
                    .map(Forum::getDate)
                    .findFirst();
        }
        LocalDate yesterday = calendar.today().minusDays(1);
        LocalDate after = need.unresolvedOn().isAfter(yesterday) ? need.unresolvedOn() : yesterday;
        Optional<Forum> next = forums.findFirstByDateAfterOrderByDateAsc(after);
        next.ifPresent(forum -> {
            items.save(new AgendaItem(forum.getId(), need, calendar.now()));
            audit.record(
                    need.addedBy() == null ? "engine" : need.addedBy(),
                    "enterprise-forum.agenda",
                    "enterprise-forum:" + forum.getDate(),
                    need.trackingNumber());
        });
        return next.map(Forum::getDate);
    }
}
