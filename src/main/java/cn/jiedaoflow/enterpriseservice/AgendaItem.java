package cn.jiedaoflow.enterpriseservice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An unresolved need on a forum's agenda: one per case. */
@Entity
@Table(name = "enterprise_forum_agenda_item")
class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "forum_id", nullable = false)
    private Long forumId;

    @Column(name = "tracking_number", nullable = false, length = 40)
    private String trackingNumber;

    @Column(name = "process_instance_id", nullable = false, length = 64)
    private String processInstanceId;

    @Column(name = "applicant_name", nullable = false, length = 200)
    private String applicantName;

    @Column(name = "need_title", nullable = false, length = 200)
    private String needTitle;

    @Column(name = "agenda_note", nullable = false, length = 1000)
    private String agendaNote;

    @Column(name = "unresolved_on", nullable = false)
    private LocalDate unresolvedOn;

    @Column(name = "added_by", length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected AgendaItem() {}

    AgendaItem(Long forumId, UnresolvedNeed need, Instant addedAt) {
        this.forumId = forumId;
        this.trackingNumber = need.trackingNumber();
        this.processInstanceId = need.processInstanceId();
        this.applicantName = need.applicantName();
        this.needTitle = need.needTitle();
        this.agendaNote = need.agendaNote();
        this.unresolvedOn = need.unresolvedOn();
        this.addedBy = need.addedBy();
        this.addedAt = addedAt;
    }

    Long getForumId() {
        return forumId;
    }

    AgendaEntry entry() {
        return new AgendaEntry(trackingNumber, applicantName, needTitle, agendaNote, unresolvedOn);
    }
}
