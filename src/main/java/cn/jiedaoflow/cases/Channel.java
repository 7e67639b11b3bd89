package cn.jiedaoflow.cases;

/**
 * How a case arrived, in every procedure: online by the applicant, or entered by staff — at the window for a walk-in
 * resident (窗口代办), or reported by staff such as a residents' committee.
 */
public enum Channel {
    ONLINE,
    WINDOW
}
