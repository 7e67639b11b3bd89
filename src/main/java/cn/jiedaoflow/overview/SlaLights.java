package cn.jiedaoflow.overview;

/**
 * The committed time limits' traffic lights (承诺时限) of what is still open: {@code yellow} from the warning time
 * (80% of the time to the deadline gone), {@code red} at or past the deadline.
 */
public record SlaLights(long yellow, long red) {

    public static final SlaLights NONE = new SlaLights(0, 0);

    SlaLights plus(SlaLights other) {
        return new SlaLights(yellow + other.yellow, red + other.red);
    }
}
