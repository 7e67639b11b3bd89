package cn.jiedaoflow.labordispute;

import cn.jiedaoflow.cases.CaseLists;

/** The lists the API shows: a resident's own cases, a mediator's entries (cases.CaseAccess). */
interface LaborDisputeCaseQueries extends CaseLists<LaborDisputeCase> {}
