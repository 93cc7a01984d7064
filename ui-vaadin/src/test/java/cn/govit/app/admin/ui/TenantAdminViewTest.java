package cn.govit.app.admin.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;

import cn.govit.app.KaribuViewTest;
import cn.govit.core.administration.TenantAdministration;
import cn.govit.core.administration.TenantNode;
import cn.govit.core.tenancy.OnboardingLog;
import cn.govit.core.tenancy.OnboardingStep;
import cn.govit.core.tenancy.TenantLevel;
import cn.govit.core.tenancy.TenantRegistration;
import cn.govit.core.tenancy.TenantRegistry;
import cn.govit.core.tenancy.TenantStatus;
import cn.govit.core.web.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * 租户管理 as the platform administrator uses it — the tree by hierarchy with kind, division code and state, the
 * counts, suspension with its reason and resumption asked once more, the progress of a failed onboarding, the
 * audit — and closed to a district's administrator and officers, in the view and in the service.
 */
class TenantAdminViewTest extends KaribuViewTest {

    @Autowired
    TenantRegistry tenants;
    @Autowired
    TenantAdministration administration;
    @Autowired
    OnboardingLog onboardingLog;

    /** A district under the city, registered as provisioning's first step does; active when {@code active}. */
    private String district(String prefix, String name, boolean active) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        tenants.register(new TenantRegistration(code, name + code, null, "简" + code, TenantLevel.DISTRICT, "city", null));
        if (active) {
            tenants.migrate(code);
            tenants.activate(code);
        }
        return code;
    }

    private void asPlatformAdmin(String route, Runnable work) {
        authenticate("platform-admin");
        startUi();
        open(route);
        work.run();
    }

    @Test
    void platformAdminSeesTheDistrictsUnderTheCityWithKindAndStateTheCountsAndFindsOneBySearch() {
        String pending = district("tree", "树形待开通区", false);
        asPlatformAdmin("admin/tenants", () -> {
            assertThat(menu()).contains("租户管理", "平台操作审计");
            var counts = asUser("platform-admin", "city", administration::counts);
            assertThat(_get(Span.class, spec -> spec.withId("tenant-counts")).getText())
                    .isEqualTo("共 " + counts.total() + " 个租户：正常 " + counts.active() + "，已暂停 "
                            + counts.suspended() + "，开通中 " + counts.pending());
            TreeGrid<TenantNode> tree = tree();
            List<String> row = rowOf(tree, pending);
            assertThat(row).contains("树形待开通区" + pending, "简" + pending, "区");
            assertThat(statusOf(tree, pending)).isEqualTo("开通中");
            assertThat(actionsOf(tree, pending)).containsExactly("继续开通");
            TenantNode city = tree.getTreeData().getRootItems().stream()
                    .filter(n -> n.tenant().code().equals("city")).findFirst().orElseThrow();
            assertThat(city.children()).extracting(n -> n.tenant().code()).contains(pending);

            _get(TextField.class, spec -> spec.withId("tenant-search")).setValue(pending);
            assertThat(codes(tree())).containsExactly("city", pending);
        });
    }

    @Test
    void suspensionNeedsAReasonAndResumptionIsAskedOnceMoreBothInTheAuditWithWhoAndWhy() {
        String code = district("susp", "暂停测试区", true);
        asPlatformAdmin("admin/tenants", () -> {
            _get(TextField.class, spec -> spec.withId("tenant-search")).setValue(code);
            assertThat(actionsOf(tree(), code)).containsExactly("暂停", "导出");
            click(tree(), code);
            _click(_get(Button.class, spec -> spec.withId("suspend-confirm")));
            assertThat(_get(TextArea.class, spec -> spec.withId("suspend-reason")).getErrorMessage())
                    .isEqualTo("暂停租户须写明原因");
            assertThat(tenants.find(code).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);

            _get(TextArea.class, spec -> spec.withId("suspend-reason")).setValue("区划调整，暂停办理");
            _click(_get(Button.class, spec -> spec.withId("suspend-confirm")));
            assertThat(tenants.find(code).orElseThrow().status()).isEqualTo(TenantStatus.SUSPENDED);
            assertThat(statusOf(tree(), code)).isEqualTo("已暂停");
            // Offboarding only for a suspended tenant (after a verified export, see the offboarding dialog).
            assertThat(actionsOf(tree(), code)).containsExactly("恢复", "导出", "注销");

            click(tree(), code);
            _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("resume-dialog")));
            assertThat(tenants.find(code).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
            assertThat(statusOf(tree(), code)).isEqualTo("正常");

            open("admin/audit");
            _get(TextField.class, spec -> spec.withId("audit-filter")).setValue(code);
            Grid<?> audit = _get(Grid.class, spec -> spec.withId("audit-grid"));
            List<String> rows = IntStream.range(0, _size(audit))
                    .mapToObj(i -> String.join(" | ", _getFormattedRow(audit, i))).toList();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).contains("platform-admin", "恢复租户", code);
            assertThat(rows.get(1)).contains("platform-admin", "暂停租户", code, "区划调整，暂停办理");
        });
    }

    @Test
    void aFailedOnboardingShowsEachStepWithItsStateAndErrorAndOffersToContinue() {
        String code = district("fail", "开通失败区", false);
        onboardingLog.finished(code, OnboardingStep.REGISTERED);
        onboardingLog.finished(code, OnboardingStep.ORGANIZATION);
        onboardingLog.started(code, OnboardingStep.FIRST_ADMIN);
        onboardingLog.failed(code, OnboardingStep.FIRST_ADMIN, "ProcessingException: Connection refused");
        asPlatformAdmin("admin/tenants", () -> {
            click(tree(), code);
            Grid<?> steps = _get(Grid.class, spec -> spec.withId("onboarding-steps"));
            List<List<String>> rows = IntStream.range(0, _size(steps)).mapToObj(i -> _getFormattedRow(steps, i)).toList();
            assertThat(rows).extracting(r -> r.get(0) + " " + r.get(1)).containsExactly(
                    "登记租户（开通中） 完成", "创建统一身份认证机构 完成", "创建首位管理员 失败",
                    "创建数据库模式并迁移 等待", "继承市级基准规则 等待", "启用租户 等待");
            assertThat(rows.get(2)).contains("ProcessingException: Connection refused");
            assertThat(_get(TextField.class, spec -> spec.withId("onboard-code")).getValue()).isEqualTo(code);
            assertThat(_get(TextField.class, spec -> spec.withId("onboard-code")).isReadOnly()).isTrue();
            assertThat(_get(Button.class, spec -> spec.withId("onboard-start")).getText()).isEqualTo("继续开通");
        });
    }

    @Test
    void theOnboardingFormRefusesABadCodeAndDivisionInChineseAndRegistersNothing() {
        asPlatformAdmin("admin/tenants", () -> {
            _click(_get(Button.class, spec -> spec.withId("open-onboarding")));
            TextField code = _get(TextField.class, spec -> spec.withId("onboard-code"));
            code.setValue("9-Bad");
            _get(TextField.class, spec -> spec.withId("onboard-name")).setValue("坏代码区");
            TextField division = _get(TextField.class, spec -> spec.withId("onboard-division"));
            division.setValue("36011");
            _click(_get(Button.class, spec -> spec.withId("onboard-start")));
            assertThat(code.isInvalid()).isTrue();
            assertThat(code.getErrorMessage()).startsWith("租户代码须以小写字母开头");
            assertThat(division.getErrorMessage()).isEqualTo("行政区划代码须为 6 位数字");
            assertThat(tenants.all()).noneMatch(t -> t.nameZh().equals("坏代码区"));
        });
    }

    @Test
    void aDistrictsAdministratorAndOfficerNeitherSeeNorOpenTheAdminScreensNorCallTheService() {
        String code = district("deny", "拒绝测试区", true);
        for (String user : List.of("dh-admin", "dh-officer", "nc-admin")) {
            as(user, user.startsWith("dh") ? "donghu" : "city", () -> {
                assertThat(menu()).doesNotContain("租户管理", "平台操作审计");
                for (String route : List.of("admin/tenants", "admin/audit")) {
                    open(route);
                    assertThat(_get(Paragraph.class, spec -> spec.withId("admin-forbidden")).getText())
                            .isEqualTo("仅平台管理员可使用租户管理与平台操作审计。");
                    _assertNone(TreeGrid.class);
                    _assertNone(Grid.class, spec -> spec.withId("audit-grid"));
                }
                logout();
            });
            String tenant = user.startsWith("dh") ? "donghu" : "city";
            for (Runnable call : List.<Runnable>of(() -> administration.tree(null), administration::counts,
                    () -> administration.suspend(code, "越权"), () -> administration.resume(code),
                    () -> administration.progress(code), () -> administration.auditTrail(10))) {
                assertThatThrownBy(() -> asUser(user, tenant, () -> {
                    call.run();
                    return null;
                })).isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.FORBIDDEN));
            }
        }
        assertThat(tenants.find(code).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<TenantNode> tree() {
        return _get(TreeGrid.class, spec -> spec.withId("tenant-tree"));
    }

    private static int indexOf(TreeGrid<TenantNode> tree, String code) {
        return IntStream.range(0, _size(tree)).filter(i -> _getFormattedRow(tree, i).contains(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + code));
    }

    private static List<String> rowOf(TreeGrid<TenantNode> tree, String code) {
        return _getFormattedRow(tree, indexOf(tree, code));
    }

    private static List<String> codes(TreeGrid<TenantNode> tree) {
        return IntStream.range(0, _size(tree)).mapToObj(i -> _getFormattedRow(tree, i).get(2)).toList();
    }

    private static String statusOf(TreeGrid<TenantNode> tree, String code) {
        return ((Span) _getCellComponent(tree, indexOf(tree, code), "status")).getText();
    }

    private static List<String> actionsOf(TreeGrid<TenantNode> tree, String code) {
        Component row = _getCellComponent(tree, indexOf(tree, code), "actions");
        // 导出 is a download link around its button.
        return row.getChildren().map(c -> c instanceof Button b ? b : (Button) c.getChildren().findFirst().orElseThrow())
                .map(Button::getText).toList();
    }

    /** The row's first action. */
    private static void click(TreeGrid<TenantNode> tree, String code) {
        Component row = _getCellComponent(tree, indexOf(tree, code), "actions");
        _click((Button) row.getChildren().findFirst().orElseThrow());
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
