package cn.jiedaoflow.enterpriseservice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface AgendaItemRepository extends Repository<AgendaItem, Long> {

    AgendaItem save(AgendaItem item);

    List<AgendaItem> findAllByOrderByIdAsc();

    Optional<AgendaItem> findByTrackingNumber(String trackingNumber);
}
