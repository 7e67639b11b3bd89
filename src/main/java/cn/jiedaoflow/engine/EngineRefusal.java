package cn.jiedaoflow.engine;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A refusal raised inside the engine (a listener or a delegate reached from Tasklist or {@code /engine-rest}) that
 * the person who caused it must read: the engine's REST doors answer it as a 400 with Camunda's
 * {@code {type, message}} body, and Tasklist shows the message under the form. The message is Chinese and English,
 * {@code 中文 / English}, and says nothing internal.
 */
public final class EngineRefusal {

    private EngineRefusal() {
    }

    public static BadUserRequestException of(String chinese, String english) {
        return new BadUserRequestException(chinese + " / " + english);
    }
}
