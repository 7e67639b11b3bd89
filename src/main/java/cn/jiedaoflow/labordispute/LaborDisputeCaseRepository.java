package cn.jiedaoflow.labordispute;

import cn.jiedaoflow.cases.CaseRecords;

interface LaborDisputeCaseRepository extends CaseRecords<LaborDisputeCase> {

    LaborDisputeCase save(LaborDisputeCase labourDisputeCase);
}
