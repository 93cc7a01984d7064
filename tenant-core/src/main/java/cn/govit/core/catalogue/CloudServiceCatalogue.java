package cn.govit.core.catalogue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.govit.core.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 云服务目录 — the city's catalogue of cloud offerings, from which projects request compute and storage
 * instead of buying hardware (Art. 8(1)). There is one, in the platform schema, kept by the city's
 * bureau: every county, district and development zone requests from it (Art. 38).
 */
@Service
@RestController
public class CloudServiceCatalogue {

    private final JdbcClient jdbc;

    CloudServiceCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The city's offerings, for a user of any tenant. */
    @GetMapping("/api/v1/cloud-catalogue")
    @Transactional(readOnly = true)
    public List<CloudOfferingView> offerings() {
        TenantContext.require();
        return jdbc.sql("""
                        SELECT code, name_zh, name_en, unit_zh, unit_en, category
                        FROM platform.cloud_offering ORDER BY category, code""")
                .query((rs, row) -> new CloudOfferingView(rs.getString("code"), rs.getString("name_zh"),
                        rs.getString("name_en"), rs.getString("unit_zh"), rs.getString("unit_en"),
                        rs.getString("category")))
                .list();
    }

    @Transactional(readOnly = true)
    public Set<String> codes() {
        return offerings().stream().map(CloudOfferingView::code).collect(Collectors.toUnmodifiableSet());
    }
}
