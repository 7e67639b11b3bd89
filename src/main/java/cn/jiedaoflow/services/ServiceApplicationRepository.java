package cn.jiedaoflow.services;

import cn.jiedaoflow.cases.CaseLists;
import cn.jiedaoflow.cases.CaseRecords;
import java.util.Optional;

/** Applications filed through the generic door, by tracking number and by applicant. */
interface ServiceApplicationRepository extends CaseRecords<ServiceApplication>, CaseLists<ServiceApplication> {

    ServiceApplication save(ServiceApplication application);

    Optional<ServiceApplication> findByHeaderProcessInstanceId(String processInstanceId);
}
