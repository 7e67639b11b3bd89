package cn.jiedaoflow.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A year for which holiday data was entered; its days are {@link CalendarDay} rows. */
@Entity
@Table(name = "calendar_year")
class CalendarYear {

    @Id
    @Column(name = "year_number")
    private Integer year;

    @Column(name = "spring_festival", nullable = false)
    private LocalDate springFestival;

    @Column(name = "source", length = 200)
    private String source;

    /** Local time in the calendar's zone. */
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected CalendarYear() {}

    CalendarYear(int year) {
        this.year = year;
    }

    void update(LocalDate springFestival, String source, LocalDateTime updatedAt, String updatedBy) {
        this.springFestival = springFestival;
        this.source = source;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    int year() {
        return year;
    }

    LocalDate springFestival() {
        return springFestival;
    }

    String source() {
        return source;
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }
}
