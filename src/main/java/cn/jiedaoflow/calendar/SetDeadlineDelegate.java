package cn.jiedaoflow.calendar;

import cn.jiedaoflow.delegates.ReusableDelegate;
import java.util.Date;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sets a deadline counted from now in working days or calendar days (procedures.md, "Working-day calendar") into
 * the process variable a model names, for a later task's due date or a timer's date: the element template
 * {@code cn.jiedaoflow.set-deadline} (docs/element-templates.md).
 */
@ReusableDelegate(
        template = SetDeadlineDelegate.TEMPLATE,
        inputs = {SetDeadlineDelegate.VARIABLE, SetDeadlineDelegate.DAYS, SetDeadlineDelegate.DAY_KIND})
@Component
class SetDeadlineDelegate implements JavaDelegate {

    static final String TEMPLATE = "cn.jiedaoflow.set-deadline";
    static final String VARIABLE = "deadlineVariable";
    static final String DAYS = "deadlineDays";
    static final String DAY_KIND = "deadlineDayKind";

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");

    private final OfficeCalendar calendar;

    SetDeadlineDelegate(OfficeCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String variable = text(execution, VARIABLE);
        if (!VARIABLE_NAME.matcher(variable).matches()) {
            throw new IllegalArgumentException(
                    VARIABLE + " must be a variable name (letters and digits), not \"" + variable + "\"");
        }
        int days = days(text(execution, DAYS));
        Date deadline = switch (text(execution, DAY_KIND)) {
            case "WORKING" -> calendar.workingDaysFromNow(days);
            case "CALENDAR" -> calendar.daysFromNow(days);
            default -> throw new IllegalArgumentException(DAY_KIND + " must be WORKING or CALENDAR");
        };
        execution.setVariable(variable, deadline);
    }

    private static int days(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(DAYS + " must be a whole number of days, not \"" + value + "\"", e);
        }
    }

    /** An input as text: a literal, or what its expression gave (a number from a form, say). */
    private static String text(DelegateExecution execution, String input) {
        Object value = execution.getVariable(input);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("the step has no input " + input + " (template " + TEMPLATE + ")");
        }
        return value.toString();
    }
}
