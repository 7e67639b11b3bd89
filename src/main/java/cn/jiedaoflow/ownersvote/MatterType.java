package cn.jiedaoflow.ownersvote;

/** What an owners' vote decides: ORDINARY needs more than half, SPECIAL at least 3/4 (Civil Code art. 278). */
public enum MatterType {
    ORDINARY,
    SPECIAL
}
