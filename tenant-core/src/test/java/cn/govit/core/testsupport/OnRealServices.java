package cn.govit.core.testsupport;

import cn.govit.core.tenancy.TenantLevel;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.devstack.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * For Spring tests of an application that hosts tenant-core: the real services (a fresh PostgreSQL
 * database, the build's Keycloak with the demo realm) and the city and the demo districts 东湖区 and 西湖区 —
 * organizations of the demo realm — onboarded as provisioning would.
 */
public interface OnRealServices {

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry properties) {
        TestServices.springProperties().forEach((k, v) -> properties.add(k, () -> v));
    }

    /** Idempotent, so it runs before every test. */
    @BeforeEach
    default void onboardDemoDistricts(@Autowired TenantRegistry registry) {
        registry.onboard("city", "南昌市大数据发展管理局", "Nanchang Big Data Development Administration", TenantLevel.CITY);
        registry.onboard("donghu", "东湖区", "Donghu District", TenantLevel.DISTRICT);
        registry.onboard("xihu", "西湖区", "Xihu District", TenantLevel.DISTRICT);
    }
}
