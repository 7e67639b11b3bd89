package cn.jiedaoflow.propertyfee;

/**
 * A rule of the procedure refusing a value, in Chinese and English: the rules (plain Java) throw it, the listeners
 * that run them in the engine turn it into the engine's refusal ({@code EngineRefusal}). Its message is
 * {@code 中文 / English}.
 */
class BilingualRefusal extends IllegalArgumentException {

    private final String chinese;
    private final String english;

    BilingualRefusal(String chinese, String english) {
        this(chinese, english, null);
    }

    BilingualRefusal(String chinese, String english, Throwable cause) {
        super(chinese + " / " + english, cause);
        this.chinese = chinese;
        this.english = english;
    }

    String chinese() {
        return chinese;
    }

    String english() {
        return english;
    }
}
