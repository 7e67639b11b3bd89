package cn.jiedaoflow.propertyfee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A property-fee proposal as the API receives it: fees in CNY per m² per month, and the three lists
 * (三张清单) of the last 12 months as rows.
 */
record ProposalRequest(
        Long estateId,
        String applicantName,
        String propertyCompanyMobile,
        String ownersCommitteeMobile,
        BigDecimal currentResidentialFee,
        BigDecimal proposedResidentialFee,
        BigDecimal currentCommercialFee,
        BigDecimal proposedCommercialFee,
        BigDecimal currentParkingFee,
        BigDecimal proposedParkingFee,
        LocalDate effectiveDate,
        String reasons,
        List<AmountItem> incomeItems,
        List<AmountItem> expenseItems,
        List<ServiceItem> serviceItems) {

    /** A row of the income or expense list: category (e.g. PROPERTY_FEES, STAFF), amount in CNY, note. */
    record AmountItem(String category, BigDecimal amount, String note) {}

    /** A row of the service list: the service, its standard and how often. */
    record ServiceItem(String service, String standard, String frequency) {}
}
