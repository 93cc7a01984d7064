package cn.govit.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The file run.sh onboards: 南昌市 and its 14 county-level units, each inside the city's division code. */
class NanchangTenantsTest {

    @Test
    void theFileListsTheCityAndItsFourteenCountyLevelUnitsEachInsideTheCitysDivisionCode() {
        List<DemoData.DemoTenant> tenants = DemoData.TENANTS;

        assertThat(tenants).hasSize(15);
        assertThat(tenants.getFirst().code()).isEqualTo("city");
        assertThat(tenants.getFirst().divisionCode()).isEqualTo("360100");
        assertThat(tenants).extracting(DemoData.DemoTenant::nameZh).contains("东湖区", "西湖区", "青云谱区", "青山湖区",
                "新建区", "红谷滩区", "南昌县", "进贤县", "安义县", "湾里管理局", "南昌高新技术产业开发区", "南昌经济技术开发区",
                "小蓝经济技术开发区", "南昌临空经济区");
        Map<String, DemoData.DemoTenant> seen = new HashMap<>();
        for (DemoData.DemoTenant t : tenants) {
            assertThat(t.divisionCode()).as(t.code()).matches("[0-9]{6}");
            if (t.parent() != null) {
                // Parents come first, so onboarding in file order always finds the parent registered.
                assertThat(seen).as(t.code()).containsKey(t.parent());
                assertThat(t.divisionCode()).as(t.code()).startsWith("3601").isNotEqualTo("360100");
            }
            seen.put(t.code(), t);
        }
        assertThat(new HashSet<>(tenants.stream().map(DemoData.DemoTenant::divisionCode).toList())).hasSize(15);
        assertThat(tenants).filteredOn(t -> t.code().equals("wanli")).singleElement()
                .satisfies(t -> assertThat(t.level()).isEqualTo("ADMINISTRATIVE_BUREAU"));
    }
}
