package cn.govit.core.inventory;

import java.time.LocalDate;

/**
 * 第三十八条 — counties, districts and development zones build no new machine rooms and no new gov clouds: their new and
 * upgraded systems rely on the city's integrated data centre and the government network. A system put in use since
 * the measures took effect (第四十三条: 自印发之日起施行, 2020-10-22) cannot run in an own machine room, a business
 * private network or a district cloud, and a district cloud built since then cannot be recorded.
 */
final class R38NoNewBuilds {

    /** 南昌市政务信息化项目集约化建设管理办法 issued (Art. 43). */
    static final LocalDate IN_FORCE_FROM = LocalDate.of(2020, 10, 22);

    private R38NoNewBuilds() {
    }

    static boolean refused(SystemLocation location, LocalDate commissionedOn) {
        return location.noLongerBuilt() && commissionedOn != null && !commissionedOn.isBefore(IN_FORCE_FROM);
    }

    static boolean refusedCloud(LocalDate builtOn) {
        return !builtOn.isBefore(IN_FORCE_FROM);
    }
}
