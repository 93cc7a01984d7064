package cn.govit.core.testsupport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import cn.govit.core.application.Application;
import cn.govit.core.application.BudgetCategory;
import cn.govit.core.application.BudgetLine;
import cn.govit.core.application.CloudResourceRequest;
import cn.govit.core.application.ConstructionType;
import cn.govit.core.application.CrossBoundary;
import cn.govit.core.application.Indicator;
import cn.govit.core.application.NetworkDeployment;
import cn.govit.core.application.OmInventory;
import cn.govit.core.application.ProjectKind;
import cn.govit.core.application.ResourceCatalogueEntry;
import cn.govit.core.application.SharingType;

/**
 * Applications as a careful officer writes them: complete under the city's rules, so a test can
 * break exactly one thing and see exactly one article object.
 */
public final class SampleApplications {

    private SampleApplications() {
    }

    /** A new system of {@code total} 元 that satisfies every article of the city's baseline. */
    public static Application completeConstruction(String title, String total) {
        BigDecimal amount = new BigDecimal(total);
        BigDecimal development = amount.multiply(new BigDecimal("0.70")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal cloud = amount.multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_UP);
        BigDecimal supervision = amount.subtract(development).subtract(cloud);
        return new Application(title, ProjectKind.CONSTRUCTION, ConstructionType.NEW, "东湖区数据资源管理局",
                "东湖区人民政府办公室", amount, LocalDate.now().getYear(),
                "依据《南昌市政务信息化项目集约化建设管理办法》，整合区内分散的业务系统。",
                List.of(new Indicator("政务服务事项网上可办率", new BigDecimal("95"), "%"),
                        new Indicator("平均办件时长压缩", new BigDecimal("30"), "%")),
                NetworkDeployment.GOV_EXTRANET,
                List.of(new CloudResourceRequest("ECS-VCPU", new BigDecimal("32")),
                        new CloudResourceRequest("BLOCK-SSD", new BigDecimal("4"))),
                "基于市政务云的微服务架构，统一身份认证接入市统一认证平台。",
                "与市数据共享交换平台对接人口、法人基础库。",
                List.of(new ResourceCatalogueEntry("区级办件信息", "政务服务", "东湖区数据资源管理局", "结构化数据",
                        "办件编号、事项名称、办结时间", "实时", SharingType.CONDITIONAL, "接口", "仅用于政务服务监管")),
                "本项目产生的办件数据全部挂载至市数据共享交换平台，按目录有条件共享。",
                "统一身份认证客户端、电子印章组件",
                List.of(new BudgetLine(BudgetCategory.APPLICATION_DEVELOPMENT, "应用系统开发", null, development, true),
                        new BudgetLine(BudgetCategory.CLOUD_SERVICE, "政务云资源租用（3年）", null, cloud, true),
                        new BudgetLine(BudgetCategory.SUPERVISION, "项目监理", null, supervision, true)),
                3, null, OmInventory.EMPTY, CrossBoundary.NONE, false, null, false, false, false, false, null,
                false);
    }
}
