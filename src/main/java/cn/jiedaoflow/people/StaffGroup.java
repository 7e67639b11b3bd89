package cn.jiedaoflow.people;

import java.util.Arrays;
import java.util.Optional;

/**
 * The staff groups of the sub-district office (procedures.md, "People and groups"). Every user task
 * names one of these ids as its candidate group; the model lint refuses any other.
 */
public enum StaffGroup {
    ACCEPTANCE_WINDOW("acceptance-window", "受理窗口"),
    ACCEPTANCE_HEAD("acceptance-head", "受理中心负责人"),
    CIVIL_AFFAIRS("civil-affairs", "民政"),
    HOUSEHOLD_REGISTRY("household-registry", "户籍/居住登记"),
    HEALTH_OFFICE("health-office", "卫健"),
    MEDICAL_INSURANCE("medical-insurance", "医保"),
    SOCIAL_SECURITY("social-security", "社保"),
    EMPLOYMENT_SERVICE("employment-service", "就业服务"),
    DISABLED_PERSONS_FEDERATION("disabled-persons-federation", "残联"),
    HOUSING_OFFICE("housing-office", "房管办"),
    SELF_GOVERNANCE_OFFICE("self-governance-office", "自治办"),
    RESIDENTS_COMMITTEE("residents-committee", "居委会"),
    OWNERS_COMMITTEE("owners-committee", "业委会"),
    PROPERTY_COMPANY("property-company", "物业"),
    THIRD_PARTY_ASSESSOR("third-party-assessor", "第三方评估"),
    VETERANS_STATION("veterans-station", "退役军人服务站"),
    VETERANS_STATION_HEAD("veterans-station-head", "服务站站长"),
    FINANCE("finance", "财务"),
    MEDICAL_ASSISTANCE("medical-assistance", "医疗救助"),
    LEGAL_AID("legal-aid", "法律援助"),
    PSYCHOLOGICAL_SUPPORT("psychological-support", "心理援助"),
    CITY_OPERATIONS("city-operations", "城运中心"),
    CITY_MANAGEMENT_SQUAD("city-management-squad", "城管中队"),
    SANITATION("sanitation", "绿化市容所"),
    ROAD_CLEANING("road-cleaning", "道路保洁"),
    LAW_ENFORCEMENT("law-enforcement", "综合执法"),
    WASTE_CARRIER("waste-carrier", "清运单位"),
    RIVER_CHIEF("river-chief", "河长"),
    BUSINESS_SERVICE("business-service", "营商办"),
    ELDERLY_SERVICE("elderly-service", "为老服务"),
    MEDIATION("mediation", "调解委员会"),
    DESIGNERS("designers", "流程设计"),
    LEADERS("leaders", "街道领导"),
    ADMINISTRATORS("administrators", "系统管理员");

    private final String id;
    private final String nameZh;

    StaffGroup(String id, String nameZh) {
        this.id = id;
        this.nameZh = nameZh;
    }

    public String id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    public static Optional<StaffGroup> byId(String id) {
        return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
    }
}
