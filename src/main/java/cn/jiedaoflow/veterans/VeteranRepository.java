package cn.jiedaoflow.veterans;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VeteranRepository extends JpaRepository<Veteran, Long> {

    List<Veteran> findAllByOrderByServiceNumberAsc();

    List<Veteran> findByKeyCareTrueOrderByServiceNumberAsc();

    List<Veteran> findByServiceNumberIn(Collection<String> serviceNumbers);

    List<Veteran> findByIdNumberIn(Collection<String> idNumbers);
}
