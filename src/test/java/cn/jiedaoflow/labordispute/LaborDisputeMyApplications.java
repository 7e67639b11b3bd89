package cn.jiedaoflow.labordispute;

import cn.jiedaoflow.bench.MyApplications;
import cn.jiedaoflow.people.Caller;
import org.springframework.context.ApplicationContext;

/** The mediation's "my applications" ({@code GET /api/labor-dispute-mediation/applications}) for the benchmarks. */
public class LaborDisputeMyApplications implements MyApplications {

    private final MediationApplicationService service;

    public LaborDisputeMyApplications(ApplicationContext context) {
        this.service = context.getBean(MediationApplicationService.class);
    }

    @Override
    public String endpoint() {
        return "GET " + LaborDisputeMediationController.PATH;
    }

    @Override
    public void apply(Caller resident, int number) {
        service.apply(
                resident,
                new ApplicationRequest(
                        "基准用人单位" + number + "有限公司",
                        DisputeType.WAGES.name(),
                        "支付拖欠工资 " + (1000 + number) + " 元",
                        "用人单位拖欠三个月工资。",
                        null,
                        null,
                        null));
    }

    @Override
    public int listMine(Caller resident) {
        return service.mine(resident).size();
    }
}
