package cn.govit.core.rollup;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The platform administrator's rebuild of the city's read model (Art. 40), e.g. after restoring a tenant. */
@RestController
class RollupAdminApi {

    private final RollupService rollup;

    RollupAdminApi(RollupService rollup) {
        this.rollup = rollup;
    }

    @PostMapping("/api/v1/admin/rollup/rebuild")
    RollupService.Rebuild rebuild() {
        return rollup.rebuild();
    }
}
