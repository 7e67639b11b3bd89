package cn.jiedaoflow.ownersvote;

import java.math.BigDecimal;

/**
 * The ballots of one choice in a vote: how many, and the area they carry.
 *
 * @param choice  the choice
 * @param ballots how many ballots made it
 * @param area    the sum of their areas
 */
record ChoiceSum(BallotChoice choice, long ballots, BigDecimal area) {}
