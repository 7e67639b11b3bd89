package cn.jiedaoflow.onestop;

/** Submitted online by the resident, or entered at the window by staff (窗口代办). */
public enum Channel {
    ONLINE,
    WINDOW
}
