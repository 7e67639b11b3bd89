package cn.jiedaoflow.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import org.springframework.data.domain.Persistable;

/**
 * A public holiday or a make-up working day. The date is the key; a new row is always inserted, never
 * merged, since a year's rows are replaced as a whole.
 */
@Entity
@Table(name = "calendar_day")
class CalendarDay implements Persistable<LocalDate> {

    @Id
    @Column(name = "calendar_date")
    private LocalDate date;

    @Column(name = "year_number", nullable = false)
    private Integer year;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DayKind kind;

    @Transient
    private boolean fresh = true;

    protected CalendarDay() {}

    CalendarDay(LocalDate date, DayKind kind) {
        this.date = date;
        this.year = date.getYear();
        this.kind = kind;
    }

    LocalDate date() {
        return date;
    }

    int year() {
        return year;
    }

    DayKind kind() {
        return kind;
    }

    @Override
    public LocalDate getId() {
        return date;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        fresh = false;
    }
}
