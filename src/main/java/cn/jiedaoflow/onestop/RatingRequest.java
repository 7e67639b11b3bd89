package cn.jiedaoflow.onestop;

import cn.jiedaoflow.input.ExactNumbers;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A rating as sent: the score is checked by {@link Rating#of}, so that 2.5 or "5" are refused, not rounded. */
record RatingRequest(
        @JsonDeserialize(using = ExactNumbers.class) Object score, String comment) {}
