package cn.jiedaoflow.modellint;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** The ids of the Camunda Forms found in {@code forms/}: what a {@code camunda:formRef} may name. */
record FormCatalog(SortedSet<String> ids) {

    FormCatalog {
        ids = Collections.unmodifiableSortedSet(new TreeSet<>(ids));
    }

    boolean contains(String formId) {
        return ids.contains(formId);
    }
}
