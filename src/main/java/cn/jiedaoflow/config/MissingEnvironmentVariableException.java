package cn.jiedaoflow.config;

import java.util.List;

/** A setting the active profile needs from the environment is missing, or has a value the profile does not take. */
public class MissingEnvironmentVariableException extends IllegalStateException {

    private final String variable;

    public MissingEnvironmentVariableException(String variable, String profile) {
        super("缺少环境变量 " + variable + "（profile " + profile + " 需要）/ Missing environment variable " + variable
                + ", required by profile " + profile);
        this.variable = variable;
    }

    /** {@code variable} is set to {@code value}, which {@code profile} does not take: only one of {@code allowed}. */
    public MissingEnvironmentVariableException(String variable, String profile, String value, List<String> allowed) {
        super("环境变量 " + variable + "=" + value + " 不可用于 profile " + profile + "，须为 " + String.join("、", allowed)
                + " 之一 / " + variable + "=" + value + " is not allowed by profile " + profile + ": set it to one of "
                + String.join(", ", allowed));
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
