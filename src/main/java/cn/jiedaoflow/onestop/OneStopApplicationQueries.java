package cn.jiedaoflow.onestop;

import cn.jiedaoflow.cases.CaseLists;

/** The lists the API shows: a resident's own applications, a window clerk's entries (cases.CaseAccess). */
interface OneStopApplicationQueries extends CaseLists<OneStopApplication> {}
