package cn.jiedaoflow.owners;

/**
 * Whether something holds an estate's register as it is: an owners' vote counts heads and areas from the register
 * as it was when the vote was called, so the register may not be replaced until the vote's result is out. The
 * owners' vote implements it; the register asks before an import.
 */
@FunctionalInterface
public interface RegisterFreezes {

    boolean frozen(long estateId);
}
