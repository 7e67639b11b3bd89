package cn.jiedaoflow.services;

import java.util.Map;

/** The applicant's answers to a step's form. */
record TaskAnswer(Map<String, Object> data) {

    TaskAnswer {
        data = data == null ? Map.of() : data;
    }
}
