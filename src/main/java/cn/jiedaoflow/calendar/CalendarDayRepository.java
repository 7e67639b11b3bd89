package cn.jiedaoflow.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarDayRepository extends JpaRepository<CalendarDay, LocalDate> {

    List<CalendarDay> findByYearOrderByDateAsc(int year);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from CalendarDay d where d.year = :year")
    int deleteByYear(@Param("year") int year);
}
