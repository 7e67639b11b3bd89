package cn.jiedaoflow.onestop;

import cn.jiedaoflow.cases.Applicant;
import cn.jiedaoflow.cases.CaseHeader;
import cn.jiedaoflow.catalog.HandlingMode;
import cn.jiedaoflow.catalog.Matter;
import cn.jiedaoflow.catalog.MatterRepository;
import cn.jiedaoflow.catalog.MatterRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one-stop tables of the process tests, in memory: applications, departments' parts and a small
 * catalog (the birth integrated matter with its four members, and the elderly allowance).
 */
class InMemoryOneStop {

    static final String BIRTH = "birth";
    static final String ELDERLY = "elderly-comprehensive-allowance";

    final Applications applications = new Applications();
    final Reviews reviews = new Reviews();
    final Matters matters = new Matters();

    InMemoryOneStop() {
        matters.add(BIRTH, "出生一件事", "acceptance-window", 10, null, 6);
        matters.add("birth-medical-certificate", "出生医学证明", "health-office", 5, BIRTH, 7);
        matters.add("birth-household-registration", "新生儿户口登记", "household-registry", 5, BIRTH, 8);
        matters.add("birth-medical-insurance", "新生儿医保参保", "medical-insurance", 5, BIRTH, 9);
        matters.add("birth-social-security-card", "新生儿社保卡申领", "social-security", 10, BIRTH, 10);
        matters.add(ELDERLY, "老年综合津贴", "civil-affairs", 5, null, 1);
    }

    OneStopApplication submitted(String trackingNumber, String matterCode, Instant at) {
        return applications.save(new OneStopApplication(
                CaseHeader.online(trackingNumber, new Applicant(41L, "林晓", "13800138000", "31010519900101123X")),
                matterCode,
                "{}",
                DeliveryMethod.ELECTRONIC,
                null,
                at));
    }

    static class Applications implements OneStopApplicationRepository {

        private final Map<String, OneStopApplication> byNumber = new LinkedHashMap<>();

        @Override
        public OneStopApplication save(OneStopApplication application) {
            byNumber.put(application.getTrackingNumber(), application);
            return application;
        }

        @Override
        public Optional<OneStopApplication> findByTrackingNumber(String trackingNumber) {
            return Optional.ofNullable(byNumber.get(trackingNumber));
        }

        @Override
        public boolean existsByTrackingNumber(String trackingNumber) {
            return byNumber.containsKey(trackingNumber);
        }
    }

    static class Reviews implements MemberReviewRepository {

        private final List<MemberReview> rows = new ArrayList<>();

        @Override
        public MemberReview save(MemberReview review) {
            if (!rows.contains(review)) {
                rows.add(review);
            }
            return review;
        }

        @Override
        public List<MemberReview> findByTrackingNumberOrderByIdAsc(String trackingNumber) {
            return rows.stream()
                    .filter(r -> r.getTrackingNumber().equals(trackingNumber))
                    .toList();
        }

        @Override
        public Optional<MemberReview> findByTrackingNumberAndMemberCode(String trackingNumber, String memberCode) {
            return rows.stream()
                    .filter(r -> r.getTrackingNumber().equals(trackingNumber)
                            && r.getMemberCode().equals(memberCode))
                    .findFirst();
        }
    }

    static class Matters implements MatterRepository {

        private final Map<String, Matter> byCode = new LinkedHashMap<>();

        void add(String code, String nameZh, String group, int limit, String parent, int position) {
            Matter matter = new Matter(code, position);
            matter.update(
                    new MatterRequest(
                            nameZh,
                            code,
                            group,
                            limit,
                            HandlingMode.ONLINE_ONLY,
                            "one-stop-birth",
                            parent,
                            List.of(new MatterRequest.Material("id-card", "身份证", "ID card"))),
                    "test",
                    Instant.EPOCH);
            byCode.put(code, matter);
        }

        @Override
        public Matter save(Matter matter) {
            byCode.put(matter.code(), matter);
            return matter;
        }

        @Override
        public Optional<Matter> findById(String code) {
            return Optional.ofNullable(byCode.get(code));
        }

        @Override
        public List<Matter> findAllByOrderByPositionAsc() {
            return byCode.values().stream()
                    .sorted(Comparator.comparingInt(Matter::position))
                    .toList();
        }

        @Override
        public List<Matter> findByParentCodeOrderByPositionAsc(String parentCode) {
            return findAllByOrderByPositionAsc().stream()
                    .filter(m -> parentCode.equals(m.parentCode()))
                    .toList();
        }
    }
}
