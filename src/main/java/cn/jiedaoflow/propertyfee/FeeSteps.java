package cn.jiedaoflow.propertyfee;

import java.time.Period;
import java.util.List;

/**
 * The stepwise-increase rule (procedures.md §1): up to {@code maxSteps} steps, each at least
 * {@code minInterval} after the one before. "At least 12 months" includes the boundary: a step on the same
 * day twelve months later is allowed, one day earlier is not.
 */
record FeeSteps(int maxSteps, Period minInterval) {

    /** The steps in order, or a {@link BilingualRefusal} that says what is wrong. */
    List<FeeStep> validate(List<FeeStep> steps) {
        if (steps == null || steps.isEmpty()) {
            throw new BilingualRefusal("至少需要一步调价", "at least one fee step is needed");
        }
        if (steps.size() > maxSteps) {
            throw new BilingualRefusal(
                    "阶梯式调价最多 %d 步，提交了 %d 步".formatted(maxSteps, steps.size()),
                    "at most %d fee steps, %d given".formatted(maxSteps, steps.size()));
        }
        for (int i = 1; i < steps.size(); i++) {
            FeeStep previous = steps.get(i - 1);
            FeeStep step = steps.get(i);
            if (step.takesEffect().isBefore(previous.takesEffect().plus(minInterval))) {
                throw new BilingualRefusal(
                        "第 %d 步（%s）距上一步（%s）不足 %s"
                                .formatted(i + 1, step.takesEffect(), previous.takesEffect(), minInterval),
                        "fee step %d (%s) is less than %s after the step before (%s)"
                                .formatted(i + 1, step.takesEffect(), minInterval, previous.takesEffect()));
            }
        }
        return List.copyOf(steps);
    }
}
