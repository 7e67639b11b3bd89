package cn.jiedaoflow.services;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A step of a case offered to its applicant: what it is, of which case, until when, and — for the step itself — its
 * form and the case's values the form shows (those its model lists in {@value ApplicantTasks#SEES}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicantTask(
        String id,
        String name,
        String trackingNumber,
        OffsetDateTime createdAt,
        OffsetDateTime due,
        String pagePath,
        JsonNode form,
        Map<String, Object> data) {}
