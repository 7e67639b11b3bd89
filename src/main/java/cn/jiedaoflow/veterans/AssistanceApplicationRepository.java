package cn.jiedaoflow.veterans;

import cn.jiedaoflow.cases.CaseLists;
import cn.jiedaoflow.cases.CaseRecords;

interface AssistanceApplicationRepository extends CaseRecords<AssistanceApplication>, CaseLists<AssistanceApplication> {

    AssistanceApplication save(AssistanceApplication application);
}
