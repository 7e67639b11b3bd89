package cn.jiedaoflow.propertyfee;

import java.time.OffsetDateTime;

/** The answer to a filed proposal: its tracking number and when the publication of the three lists ends. */
record ProposalCreated(String trackingNumber, OffsetDateTime publicationEnds, boolean publicationEndsProvisional) {}
