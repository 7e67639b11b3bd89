package cn.jiedaoflow.enterpriseservice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A government-enterprise forum (政企座谈会) on a date, set by business-service. */
@Entity
@Table(name = "enterprise_forum")
class Forum {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "forum_date", nullable = false)
    private LocalDate date;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Forum() {}

    Forum(LocalDate date, String addedBy, Instant addedAt) {
        this.date = date;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    Long getId() {
        return id;
    }

    LocalDate getDate() {
        return date;
    }
}
