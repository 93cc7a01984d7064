package cn.govit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.govit.devstack.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 第十五条、第三十八条 through the gateway: the district's bureau sees its systems on the 系统台账与迁移 board with the
 * overdue and unplanned ones flagged and the district clouds below, and opens the form of a system and its plan.
 */
class InventoryBrowserTest extends BrowserTest {

    @Test
    void R15_theBureauSeesItsSystemsWithOverdueAndUnplannedFlaggedAndOpensTheForm() {
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        String unit = "东湖区城市管理局";
        ApiClient bureau = SystemUnderTest.gatewayAs("dh-bureau");
        // The unit is registered on first sight of its officer, or by the bureau as here (Art. 15).
        assertThat(bureau.post("/api/v1/owner-units", Map.of("name", unit)).status()).isIn(201, 409);
        String cloud = "东湖区政务云（" + suffix + "）";
        bureau.post("/api/v1/inventory/district-clouds", Map.of("name", cloud, "builtOn", "2017-06-01",
                "consolidation", "CONSOLIDATING", "consolidationPlannedOn", LocalDate.now().plusMonths(6).toString()))
                .expect(201);
        LocalDate today = LocalDate.now();
        register(bureau, "数字城管监督指挥系统（" + suffix + "）", unit, "OWN_MACHINE_ROOM", null,
                plan("APPLICATION_MOVE", "CITY_CLOUD", today.minusDays(5), "IN_PROGRESS"));
        register(bureau, "市容环境卫生管理系统（" + suffix + "）", unit, "DISTRICT_CLOUD", cloud, null);
        register(bureau, "户外广告审批系统（" + suffix + "）", unit, "CITY_CLOUD", null, null);

        open("/inventory");
        logIn("dh-bureau");
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(
                By.cssSelector("#inventory-grid vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().contains("数字城管监督指挥系统（" + suffix + "）")));
        assertThat(browser.findElement(By.id("inventory-grid")).getText()).contains("逾期", "未制定计划");
        Browser.screenshot(browser, "inventory-board-bureau");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("inventory-add"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("system-name")));
        Browser.screenshot(browser, "inventory-dialog-bureau");
    }

    private static void register(ApiClient who, String name, String unit, String location, String cloud,
                                 Map<String, Object> plan) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("ownerUnit", unit);
        s.put("location", location);
        s.put("districtCloud", cloud);
        s.put("network", "GOV_EXTRANET");
        s.put("commissionedOn", "2016-05-01");
        s.put("sharingInterface", true);
        s.put("lastCollectedOn", LocalDate.now().toString());
        s.put("resources", List.of(Map.of("name", "案件信息", "frequency", "DAILY", "shared", true)));
        s.put("plan", plan);
        who.post("/api/v1/inventory/systems", s).expect(201);
    }

    private static Map<String, Object> plan(String method, String target, LocalDate on, String status) {
        return Map.of("method", method, "target", target, "plannedOn", on.toString(), "status", status);
    }
}
