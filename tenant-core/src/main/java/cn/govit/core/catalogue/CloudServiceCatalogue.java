package cn.govit.core.catalogue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.govit.core.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 云服务目录 — the current tenant's catalogue of cloud offerings, from which projects request compute
 * and storage instead of buying hardware (Art. 8(1)). Each tenant schema starts with the city's offerings.
 */
@Service
@RestController
public class CloudServiceCatalogue {

    private final CloudOfferingRepository offerings;

    CloudServiceCatalogue(CloudOfferingRepository offerings) {
        this.offerings = offerings;
    }

    @GetMapping("/api/v1/cloud-catalogue")
    @Transactional(readOnly = true)
    public List<CloudOfferingView> offerings() {
        TenantContext.require();
        return offerings.findAllByOrderByCategoryAscCodeAsc().stream().map(CloudOffering::view).toList();
    }

    @Transactional(readOnly = true)
    public Set<String> codes() {
        return offerings().stream().map(CloudOfferingView::code).collect(Collectors.toUnmodifiableSet());
    }
}
