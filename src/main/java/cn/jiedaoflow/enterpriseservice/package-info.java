/**
 * The government-enterprise forums (政企座谈会) of {@code enterprise-service-request} (procedures.md §7): the dates
 * {@code business-service} sets in the staff console, and the agenda each forum gets from the process — a need its
 * enterprise did not find resolved goes onto the next forum after it became unresolved. The procedure itself is a
 * model and forms only (filed through {@code services/}); this package is the one piece of Java it has.
 */
package cn.jiedaoflow.enterpriseservice;
