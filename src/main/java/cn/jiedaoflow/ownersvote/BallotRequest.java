package cn.jiedaoflow.ownersvote;

/**
 * A ballot: the choice, and for a paper ballot recorded by staff the owner it is for ({@code ownerId}, the
 * register's owner id) or {@code developer: true} for the developer's single ballot.
 */
record BallotRequest(String choice, String ownerId, Boolean developer) {}
