package cn.jiedaoflow.config;

/** A setting the active profile needs from the environment is missing. */
public class MissingEnvironmentVariableException extends IllegalStateException {

    private final String variable;

    public MissingEnvironmentVariableException(String variable, String profile) {
        super("缺少环境变量 " + variable + "（profile " + profile + " 需要）/ Missing environment variable " + variable
                + ", required by profile " + profile);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
