package cn.govit.core.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 项目申报书 — a project application with the content Art. 8 requires. A draft may be incomplete:
 * only title, kind, owner unit and total investment are needed to save it; what is missing for
 * submission is reported as findings of the tenant's rule set, never as a save error.
 *
 * @param totalInvestment     总投资 in 元; at most 999,999,999,999.99 (far above any district budget)
 * @param plannedYear         计划年度 — the plan year the project asks for (three-year rolling libraries, Art. 9)
 * @param freeOmYears         免费运维服务期（年）, Art. 8(5)
 * @param governmentInvestment 政府投资项目 — the NDRC's application form and pre-consultation apply (Art. 4, 8)
 * @param hardwareExemption   the owner's reason for asking the bureau's exception of Art. 15 to Art. 8(1) for a
 *                            hardware line; only the bureau's opinion grants it
 * @param upwardApplication   organised by a national ministry or provincial department (Art. 8(9))
 * @param classified          涉密 — out of the libraries (Art. 9, 42): only a stub is kept, handled offline
 */
public record Application(
        @NotBlank @Size(max = 200) String title,
        @NotNull ProjectKind kind,
        ConstructionType constructionType,
        @NotBlank @Size(max = 200) String ownerUnit,
        @Size(max = 200) String competentDepartment,
        @NotNull @DecimalMin("0.00") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2)
        BigDecimal totalInvestment,
        @Min(2000) @Max(2100) Integer plannedYear,
        @Size(max = 4000) String background,
        @Size(max = 100) List<@Valid Indicator> indicators,
        NetworkDeployment network,
        @Size(max = 100) List<@Valid CloudResourceRequest> cloudResources,
        @Size(max = 8000) String technicalSolution,
        @Size(max = 4000) String dataSharingNeeds,
        @Size(max = 500) List<@Valid ResourceCatalogueEntry> resourceCatalogue,
        @Size(max = 8000) String sharingAnalysis,
        @Size(max = 4000) String supportingSoftware,
        @Size(max = 500) List<@Valid BudgetLine> budget,
        @Min(0) @Max(50) Integer freeOmYears,
        @Size(max = 4000) String omCostBasis,
        @Valid OmInventory omInventory,
        @Valid CrossBoundary crossBoundary,
        boolean upwardApplication,
        @Size(max = 200) String upwardOrganiser,
        boolean touchesStateSecurity,
        boolean touchesCivilAirDefence,
        boolean civilWorksOrHighEnergy,
        boolean governmentInvestment,
        @Size(max = 1000) String hardwareExemption,
        boolean classified) {

    public Application {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        cloudResources = cloudResources == null ? List.of() : List.copyOf(cloudResources);
        resourceCatalogue = resourceCatalogue == null ? List.of() : List.copyOf(resourceCatalogue);
        budget = budget == null ? List.of() : List.copyOf(budget);
        omInventory = omInventory == null ? OmInventory.EMPTY : omInventory;
        crossBoundary = crossBoundary == null ? CrossBoundary.NONE : crossBoundary;
    }

    /** A draft with only what is needed to save it. */
    public static Application draft(String title, ProjectKind kind, String ownerUnit, BigDecimal totalInvestment) {
        return new Application(title, kind, null, ownerUnit, null, totalInvestment, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, false, null, false, false, false, false, null,
                false);
    }

    /** Trimmed names and money in 元 with two decimals, as stored. */
    public Application normalized() {
        return new Application(strip(title), kind, kind == ProjectKind.CONSTRUCTION ? constructionType : null,
                strip(ownerUnit), strip(competentDepartment),
                totalInvestment == null ? null : totalInvestment.setScale(2, RoundingMode.UNNECESSARY),
                plannedYear, background, indicators, network, cloudResources, technicalSolution, dataSharingNeeds,
                resourceCatalogue, sharingAnalysis, supportingSoftware,
                budget.stream().map(l -> new BudgetLine(l.category(), l.item(), l.referenceModel(),
                        l.amount() == null ? null : l.amount().setScale(2, RoundingMode.UNNECESSARY), l.itContent()))
                        .toList(),
                freeOmYears, omCostBasis, omInventory, crossBoundary, upwardApplication, upwardOrganiser,
                touchesStateSecurity, touchesCivilAirDefence, civilWorksOrHighEnergy, governmentInvestment,
                hardwareExemption, classified);
    }

    /** 涉密项目 keep only title, owner unit, kind and amount (Art. 42): the content stays offline. */
    public Application classifiedStub() {
        return new Application(title, kind, null, ownerUnit, competentDepartment, totalInvestment, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, false, null, false, false,
                false, false, null, true);
    }

    /** 预算合计 — the sum of all budget lines in 元. */
    public BigDecimal budgetTotal() {
        return budget.stream().map(BudgetLine::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** 建设类项目 */
    public boolean construction() {
        return kind == ProjectKind.CONSTRUCTION;
    }

    /** 新建、改建 — Art. 8(1), 8(3) and 8(4) speak of these only, not of an expansion (扩建). */
    public boolean newOrRenovated() {
        return construction() && (constructionType == ConstructionType.NEW
                || constructionType == ConstructionType.RENOVATION);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
