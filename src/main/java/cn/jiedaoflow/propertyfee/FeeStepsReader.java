package cn.jiedaoflow.propertyfee;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the values of the forms: the fee steps of the call-vote form (a table, which Tasklist submits as a
 * JSON list and the tests as a Java list), dates and amounts. Nothing here knows the engine.
 */
final class FeeStepsReader {

    static final String TAKES_EFFECT = "takesEffect";
    static final String RESIDENTIAL_FEE = "residentialFee";
    static final String COMMERCIAL_FEE = "commercialFee";
    static final String PARKING_FEE = "parkingFee";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {};

    private FeeStepsReader() {}

    /**
     * The steps of the table, or, when the table is empty, one step: the proposed fees from the effective date.
     */
    static List<FeeStep> read(Object table, FeeStep proposed, ZoneId zone) {
        List<Map<String, Object>> rows = rows(table);
        if (rows.isEmpty()) {
            return List.of(proposed);
        }
        List<FeeStep> steps = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            steps.add(new FeeStep(
                    date(row.get(TAKES_EFFECT), zone),
                    amount(row.get(RESIDENTIAL_FEE)),
                    amount(row.get(COMMERCIAL_FEE)),
                    amount(row.get(PARKING_FEE))));
        }
        return steps;
    }

    static final int STEP_ROWS = 3;

    /**
     * The steps of the call-vote form's fixed rows ({@code step1TakesEffect}, {@code step1ResidentialFee}, … up to
     * {@value #STEP_ROWS}) as table rows; empty rows are left out, a row with a date but a fee missing (or the
     * other way round) is refused.
     */
    static List<Map<String, Object>> fromFields(Map<String, Object> variables, ZoneId zone) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int step = 1; step <= STEP_ROWS; step++) {
            Object takesEffect = variables.get("step" + step + "TakesEffect");
            Object residential = variables.get("step" + step + "ResidentialFee");
            Object commercial = variables.get("step" + step + "CommercialFee");
            Object parking = variables.get("step" + step + "ParkingFee");
            boolean anything = Stream.of(takesEffect, residential, commercial, parking)
                    .anyMatch(value -> value != null && !value.toString().isBlank());
            if (!anything) {
                continue;
            }
            if (Stream.of(takesEffect, residential, commercial, parking)
                    .anyMatch(value -> value == null || value.toString().isBlank())) {
                throw new BilingualRefusal(
                        "第 " + step + " 步的生效日期和三项收费标准须全部填写", "step " + step + " needs its date and all three fees");
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(TAKES_EFFECT, date(takesEffect, zone).toString());
            row.put(RESIDENTIAL_FEE, amount(residential));
            row.put(COMMERCIAL_FEE, amount(commercial));
            row.put(PARKING_FEE, amount(parking));
            rows.add(row);
        }
        return rows;
    }

    static List<Map<String, Object>> rows(Object table) {
        if (table == null) {
            return List.of();
        }
        if (table instanceof Collection<?> collection) {
            return JSON.convertValue(collection, ROWS);
        }
        try {
            return JSON.readValue(table.toString(), ROWS);
        } catch (JsonProcessingException e) {
            throw new BilingualRefusal("调价步骤表格式不正确", "the fee steps are not a table", e);
        }
    }

    /** A form date ({@code 2026-07-01}), a date-time with offset, or a {@link Date}, read on the office's clock. */
    static LocalDate date(Object value, ZoneId zone) {
        if (value == null || value.toString().isBlank()) {
            throw new BilingualRefusal("缺少日期", "a date is missing");
        }
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), zone);
        }
        try {
            return LocalDate.parse(
                    value.toString().substring(0, Math.min(10, value.toString().length())));
        } catch (DateTimeParseException e) {
            throw new BilingualRefusal("日期“" + value + "”格式不正确", "not a date: " + value, e);
        }
    }

    /**
     * A form date-time ({@code 2026-07-01T09:00:00+08:00}, or a date meaning its 00:00 at the office), or a
     * {@link Date}.
     */
    static Date instant(Object value, ZoneId zone) {
        if (value instanceof Date date) {
            return date;
        }
        if (value != null && value.toString().length() > 10) {
            try {
                return Date.from(OffsetDateTime.parse(value.toString()).toInstant());
            } catch (DateTimeParseException e) {
                throw new BilingualRefusal("时间“" + value + "”格式不正确", "not a date and time: " + value, e);
            }
        }
        return Date.from(date(value, zone).atStartOfDay(zone).toInstant());
    }

    static BigDecimal amount(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            throw new BilingualRefusal("金额“" + value + "”不是数字", "not an amount: " + value, e);
        }
    }
}
