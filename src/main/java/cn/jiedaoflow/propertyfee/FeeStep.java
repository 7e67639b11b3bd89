package cn.jiedaoflow.propertyfee;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One step of a stepwise increase (阶梯式提升): from {@code takesEffect} these fees (CNY per m² per month) apply. */
record FeeStep(LocalDate takesEffect, BigDecimal residentialFee, BigDecimal commercialFee, BigDecimal parkingFee) {

    FeeStep {
        if (takesEffect == null) {
            throw new BilingualRefusal("每一步调价都需要生效日期", "every fee step needs the date it takes effect");
        }
    }
}
