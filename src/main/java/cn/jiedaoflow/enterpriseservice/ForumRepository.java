package cn.jiedaoflow.enterpriseservice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface ForumRepository extends Repository<Forum, Long> {

    Forum save(Forum forum);

    List<Forum> findAllByOrderByDateAsc();

    boolean existsByDate(LocalDate date);

    /** The first forum dated after {@code day}. */
    Optional<Forum> findFirstByDateAfterOrderByDateAsc(LocalDate day);
}
