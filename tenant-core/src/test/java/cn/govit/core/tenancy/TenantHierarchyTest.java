package cn.govit.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import cn.govit.core.testsupport.CoreIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kinds and hierarchy of tenants, their 行政区划代码 inside the parent's, and renaming with history. */
class TenantHierarchyTest extends CoreIntegrationTest {

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @ParameterizedTest
    @CsvSource({"360102,360100,", "360171,360100,", "360100,360000,", "3601,360100,FORMAT", "36010a,,FORMAT",
            "360202,360100,OUTSIDE_PARENT", "360100,360100,OUTSIDE_PARENT", "360102,,"})
    void aDivisionCodeIsSixDigitsInsideItsParents(String code, String parent, DivisionCode.Problem expected) {
        assertThat(DivisionCode.check(code, parent)).isEqualTo(expected);
    }

    @Test
    void aDistrictIsRegisteredPendingUnderItsCityWithKindShortNameAndDivisionCode() {
        Tenant city = registry.register(new TenantRegistration(code("city"), "测试市" + UUID.randomUUID(), "Test City", null,
                TenantLevel.CITY, null, "369100"));
        Tenant zone = registry.register(new TenantRegistration(code("zone"), "测试高新技术产业开发区" + UUID.randomUUID(),
                "Test Hi-tech Zone", "高新区", TenantLevel.DEVELOPMENT_ZONE, city.code(), "369171"));

        assertThat(zone.status()).isEqualTo(TenantStatus.PENDING);
        assertThat(zone.parentCode()).isEqualTo(city.code());
        assertThat(zone.shortName()).isEqualTo("高新区");
        assertThat(zone.divisionCode()).isEqualTo("369171");
        assertThat(zone.level()).isEqualTo(TenantLevel.DEVELOPMENT_ZONE);
        // Registering again changes nothing.
        assertThat(registry.register(new TenantRegistration(zone.code(), "别的名字", null, null, TenantLevel.DISTRICT,
                null, null))).isEqualTo(zone);
    }

    @Test
    void anAdministrativeBureauLikeWanliIsRegisteredUnderItsCity() {
        Tenant city = registry.register(new TenantRegistration(code("city"), "测试市" + UUID.randomUUID(), "Test City", null,
                TenantLevel.CITY, null, "368100"));

        Tenant bureau = registry.register(new TenantRegistration(code("wanli"), "测试管理局" + UUID.randomUUID(),
                "Test Administration Bureau", "管理局", TenantLevel.ADMINISTRATIVE_BUREAU, city.code(), "368105"));

        assertThat(registry.find(bureau.code()).orElseThrow().level()).isEqualTo(TenantLevel.ADMINISTRATIVE_BUREAU);
    }

    @Test
    void aDivisionCodeOutsideTheParentsOrTakenOrAnUnknownParentIsRefusedAndNothingIsRegistered() {
        Tenant city = registry.register(new TenantRegistration(code("city"), "测试市" + UUID.randomUUID(), null, null,
                TenantLevel.CITY, null, "369200"));
        String outside = code("out");
        assertThatThrownBy(() -> registry.register(new TenantRegistration(outside, "外市的区", null, null,
                TenantLevel.DISTRICT, city.code(), "360102")))
                .isInstanceOfSatisfying(InvalidTenantException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InvalidTenantException.Reason.DIVISION_OUTSIDE_PARENT);
                    assertThat(e.field()).isEqualTo("divisionCode");
                });
        assertThat(registry.find(outside)).isEmpty();

        registry.register(new TenantRegistration(code("first"), "第一个区" + UUID.randomUUID(), null, null,
                TenantLevel.DISTRICT, city.code(), "369202"));
        String second = code("second");
        assertThatThrownBy(() -> registry.register(new TenantRegistration(second, "第二个区", null, null,
                TenantLevel.DISTRICT, city.code(), "369202")))
                .isInstanceOfSatisfying(InvalidTenantException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidTenantException.Reason.DIVISION_TAKEN));
        assertThat(registry.find(second)).isEmpty();

        String orphan = code("orphan");
        assertThatThrownBy(() -> registry.register(new TenantRegistration(orphan, "无上级", null, null,
                TenantLevel.DISTRICT, "no-such-city", null)))
                .isInstanceOfSatisfying(InvalidTenantException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidTenantException.Reason.PARENT_UNKNOWN));
        assertThat(registry.find(orphan)).isEmpty();
    }

    @Test
    void renamingATenantKeepsItsFormerNames() {
        // 湾里区 became 湾里管理局 in 2019.
        Tenant wanli = registry.register(new TenantRegistration(code("wanli"), "湾里区" + UUID.randomUUID(), null, null,
                TenantLevel.DISTRICT, null, null));

        Tenant renamed = registry.rename(wanli.code(), "湾里管理局", "湾里", "platform-admin");

        assertThat(renamed.nameZh()).isEqualTo("湾里管理局");
        assertThat(renamed.shortName()).isEqualTo("湾里");
        assertThat(registry.formerNames(wanli.code())).containsExactly(wanli.nameZh());
    }

    @Test
    void aPendingTenantServesNobodyUntilActivated() {
        Tenant pending = registry.register(TenantRegistration.of(code("pend"), "开通中的区", null, TenantLevel.COUNTY));
        assertThat(pending.status().serves()).isFalse();
        registry.migrate(pending.code());
        assertThat(registry.activate(pending.code()).status()).isEqualTo(TenantStatus.ACTIVE);
    }
}
