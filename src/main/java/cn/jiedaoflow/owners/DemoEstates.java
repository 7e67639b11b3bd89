package cn.jiedaoflow.owners;

import cn.jiedaoflow.people.Caller;
import cn.jiedaoflow.people.StaffGroup;
import cn.jiedaoflow.scope.AreaRequest;
import cn.jiedaoflow.scope.ScopeAdministration;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's estates (profile {@code demo} only): two estates with small registers in one residents' area, each with
 * its own owners' committee and property company user, and the area's residents' committee user (README, "Demo
 * accounts"). 程家桥花园 is worked by the existing {@code demo-owners-committee} and {@code demo-property-company},
 * 仙霞苑 by {@code demo-owners-committee-b} and {@code demo-property-company-b}; {@code demo-residents-committee}
 * serves the area 程家桥居民区. Resident 13800000001 is owner O-1 of the first, 13800000002 owner O-1 of the second.
 * Runs after the demo's people ({@code DemoData}) and the scoped groups ({@code ScopeAuthorizations}); what exists is
 * left as it is.
 */
@Component
@Order(50)
@Profile("demo")
@ConditionalOnProperty(name = "jiedao.demo.enabled", havingValue = "true")
class DemoEstates implements ApplicationRunner {

    static final String AREA = "程家桥居民区";
    static final String ESTATE_A = "程家桥花园";
    static final String ESTATE_B = "仙霞苑";

    private static final Logger LOG = LoggerFactory.getLogger(DemoEstates.class);
    private static final Caller DEMO =
            new Caller(Caller.Kind.STAFF, "demo-data", null, "演示数据", Set.of(StaffGroup.ADMINISTRATORS.id()));
    private static final String REGISTER = String.join(
                    "\n",
                    "building,unit,area,ownerId,ownerName,developerUnsold",
                    "1号楼,101,88.50,O-1,王小明,false",
                    "1号楼,102,92.00,O-2,赵敏,false",
                    "2号楼,201,105.25,O-3,孙立,false",
                    "2号楼,202,76.40,O-4,周芳,false",
                    "3号楼,301,120.00,,,true")
            + "\n";

    private final EstateRepository estates;
    private final RegisteredUnitRepository units;
    private final OwnersRegister register;
    private final OwnerAccountLinks links;
    private final ScopeAdministration scope;

    DemoEstates(
            EstateRepository estates,
            RegisteredUnitRepository units,
            OwnersRegister register,
            OwnerAccountLinks links,
            ScopeAdministration scope) {
        this.estates = estates;
        this.units = units;
        this.register = register;
        this.links = links;
        this.scope = scope;
    }

    @Override
    public void run(ApplicationArguments args) {
        long a = estate(ESTATE_A, "长宁区程家桥路 100 弄", "13800000001");
        long b = estate(ESTATE_B, "长宁区仙霞路 200 弄", "13800000002");
        long area = scope.areaNamed(AREA)
                .orElseGet(() -> scope.createArea(DEMO, new AreaRequest(AREA)).id());
        scope.assignEstate(DEMO, area, a);
        scope.assignEstate(DEMO, area, b);
        scope.addAreaStaff(DEMO, area, "demo-residents-committee");
        scope.addEstateStaff(DEMO, a, StaffGroup.OWNERS_COMMITTEE.id(), "demo-owners-committee");
        scope.addEstateStaff(DEMO, a, StaffGroup.PROPERTY_COMPANY.id(), "demo-property-company");
        scope.addEstateStaff(DEMO, b, StaffGroup.OWNERS_COMMITTEE.id(), "demo-owners-committee-b");
        scope.addEstateStaff(DEMO, b, StaffGroup.PROPERTY_COMPANY.id(), "demo-property-company-b");
        LOG.info(
                "demo estates ready: {} (estate {}) and {} (estate {}) in residents' area {} ({})",
                ESTATE_A,
                a,
                ESTATE_B,
                b,
                AREA,
                area);
    }

    private long estate(String name, String address, String ownerMobile) {
        long id = estates.findFirstByNameOrderByIdAsc(name)
                .map(Estate::getId)
                .orElseGet(() ->
                        register.create(DEMO, new EstateRequest(name, address)).id());
        if (units.countByEstateId(id) == 0) {
            register.importRegister(DEMO, id, REGISTER.getBytes(StandardCharsets.UTF_8));
            links.link(DEMO, id, "O-1", new AccountLinkRequest(ownerMobile));
        }
        return id;
    }
}
