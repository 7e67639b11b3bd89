package cn.jiedaoflow.labordispute;

/** How the application arrived: online by the resident, or entered by staff at the window (窗口代办). */
enum Channel {
    ONLINE,
    WINDOW
}
