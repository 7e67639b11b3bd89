package cn.jiedaoflow.onestop;

import cn.jiedaoflow.cases.CaseRecords;

/** Applications by tracking number: what the process's delegates need. */
public interface OneStopApplicationRepository extends CaseRecords<OneStopApplication> {

    OneStopApplication save(OneStopApplication application);
}
