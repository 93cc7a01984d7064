package cn.govit.app.project.ui;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolationException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.springframework.dao.OptimisticLockingFailureException;

import cn.govit.app.base.ui.LimitedUpload;
import cn.govit.app.base.ui.Localized;
import cn.govit.app.base.ui.Formats;
import cn.govit.app.base.ui.MainLayout;
import cn.govit.app.base.ui.PeopleLabels;
import cn.govit.app.base.ui.ProblemText;
import cn.govit.app.base.ui.WanYuanField;
import cn.govit.core.application.Application;
import cn.govit.core.application.BudgetCategory;
import cn.govit.core.application.BudgetLine;
import cn.govit.core.application.CloudResourceRequest;
import cn.govit.core.application.ConstructionType;
import cn.govit.core.application.CrossBoundary;
import cn.govit.core.application.HardwareItem;
import cn.govit.core.application.Indicator;
import cn.govit.core.application.NetworkDeployment;
import cn.govit.core.application.OmInventory;
import cn.govit.core.application.ProjectKind;
import cn.govit.core.application.ResourceCatalogueEntry;
import cn.govit.core.application.SharingType;
import cn.govit.core.catalogue.CloudOfferingView;
import cn.govit.core.catalogue.CloudServiceCatalogue;
import cn.govit.core.documents.DocumentService;
import cn.govit.core.documents.DocumentType;
import cn.govit.core.documents.DocumentView;
import cn.govit.core.lifecycle.LifecycleAction;
import cn.govit.core.lifecycle.LifecycleService;
import cn.govit.core.lifecycle.StepRequest;
import cn.govit.core.project.ApplicationUpdate;
import cn.govit.core.project.ProjectDetail;
import cn.govit.core.project.ProjectService;
import cn.govit.core.project.ProjectStatus;
import cn.govit.core.project.ProjectView;
import cn.govit.core.security.Actor;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.security.People;
import cn.govit.core.security.Role;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantContext;
import cn.govit.core.unit.OwnerUnitService;
import cn.govit.core.unit.OwnerUnitView;
import cn.govit.core.web.ApiProblem;

/**
 * 项目申报向导 — the application of Art. 8 in seven steps, with what the tenant's rules find about it
 * shown beside the form after every change. Only an owner unit's officer drafts, and only for the units
 * the account acts for (Art. 4). Saves drafts with the plan and, for a government-investment project,
 * the NDRC application form; submits (Art. 8) through the lifecycle.
 */
@Route(value = "projects/new", layout = MainLayout.class)
@RouteAlias(value = "projects/:id/edit", layout = MainLayout.class)
public class ApplicationWizard extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private static final String[] STEPS = {"basic", "goals", "network", "sharing", "budget", "om", "special"};
    /** Art. 8: the plan for the bureau, and the application form a government-investment project sends the NDRC. */
    private static final Set<DocumentType> SUBMISSION_DOCUMENTS = EnumSet.of(DocumentType.APPLICATION_PLAN,
            DocumentType.NDRC_APPLICATION_FORM);

    /** A file received by an upload, stored with the next save. */
    private record Pending(DocumentType type, String filename, String contentType, byte[] bytes) {
    }

    private final transient ProjectService projects;
    private final transient LifecycleService lifecycle;
    private final transient DocumentService documents;
    private final transient Clock clock;
    private final Actor actor = CurrentUser.actor();
    private final transient PeopleLabels people;
    private final List<String> ownerUnits;
    private final Map<String, CloudOfferingView> offerings = new LinkedHashMap<>();

    private final H2 heading = new H2();
    private final Tabs steps = new Tabs();
    private final List<Component> stepContents = new ArrayList<>();
    private final FindingsPanel findings = new FindingsPanel("findings-panel");
    private final Div refusal = new Div();
    private final Div body = new Div();
    private final Paragraph unavailable = new Paragraph();
    private final Button previous = new Button();
    private final Button next = new Button();

    // ① 基本信息
    private final TextField title = text("app-title", "application.title");
    private final RadioButtonGroup<ProjectKind> kind = new RadioButtonGroup<>();
    private final RadioButtonGroup<ConstructionType> constructionType = new RadioButtonGroup<>();
    private final ComboBox<String> ownerUnit = new ComboBox<>();
    private final TextField department = text("app-department", "application.competentDepartment");
    private final WanYuanField investment = new WanYuanField("");
    private final IntegerField plannedYear = new IntegerField();
    private final TextArea background = area("app-background", "application.background");
    // ② 建设目标与指标
    private final RowEditor<Indicator> indicators;
    // ③ 网络与资源
    private final RadioButtonGroup<NetworkDeployment> network = new RadioButtonGroup<>();
    private final RowEditor<CloudResourceRequest> cloudResources;
    private final TextArea technicalSolution = area("app-technical-solution", "application.technicalSolution");
    private final TextArea supportingSoftware = area("app-supporting-software", "application.supportingSoftware");
    // ④ 数据共享
    private final RowEditor<ResourceCatalogueEntry> catalogue;
    private final TextArea dataSharingNeeds = area("app-data-sharing-needs", "application.dataSharingNeeds");
    private final TextArea sharingAnalysis = area("app-sharing-analysis", "application.sharingAnalysis");
    // ⑤ 投资概算
    private final RowEditor<BudgetLine> budget;
    private final Span budgetTotal = new Span();
    private final IntegerField freeOmYears = new IntegerField();
    private final TextArea hardwareExemption = area("app-hardware-exemption", "application.hardwareExemption");
    // ⑥ 运维
    private final TextArea omCostBasis = area("app-om-cost-basis", "application.omCostBasis");
    private final TextArea omNetwork = area("om-network", "application.om.network");
    private final TextArea omCloud = area("om-cloud-resources", "application.om.cloudResources");
    private final TextArea omSystemSoftware = area("om-system-software", "application.om.systemSoftware");
    private final TextArea omApplications = area("om-applications", "application.om.applications");
    private final TextArea omDatabases = area("om-databases", "application.om.databases");
    private final TextArea omSecurity = area("om-security-measures", "application.om.securityMeasures");
    private final TextArea omUsage = area("om-usage", "application.om.usage");
    private final TextArea omProblems = area("om-problems", "application.om.problems");
    private final RowEditor<HardwareItem> hardware;
    // ⑦ 特殊情形
    private final Checkbox crossDepartment = check("app-cross-department", "application.cross.department");
    private final Checkbox crossRegion = check("app-cross-region", "application.cross.region");
    private final Checkbox crossLevel = check("app-cross-level", "application.cross.level");
    private final TextField leadUnit = text("app-lead-unit", "application.cross.leadUnit");
    private final TextArea coBuilders = area("app-co-builders", "application.cross.coBuilders");
    private final TextArea flows = area("app-flows", "application.cross.flows");
    private final TextArea interfaces = area("app-interfaces", "application.cross.interfaces");
    private final Checkbox upward = check("app-upward", "application.upwardApplication");
    private final TextField upwardOrganiser = text("app-upward-organiser", "application.upwardOrganiser");
    private final Checkbox stateSecurity = check("app-state-security", "application.touchesStateSecurity");
    private final Checkbox civilAirDefence = check("app-civil-air-defence", "application.touchesCivilAirDefence");
    private final Checkbox civilWorks = check("app-civil-works", "application.civilWorksOrHighEnergy");
    private final Checkbox governmentInvestment = check("app-government-investment", "application.governmentInvestment");
    private final Checkbox classified = check("app-classified", "application.classified");
    private final Paragraph classifiedNote = new Paragraph();
    private final Map<DocumentType, VerticalLayout> uploads = new EnumMap<>(DocumentType.class);
    private final VerticalLayout submissionDocuments = new VerticalLayout();
    private final Div documentList = new Div();
    private final List<Pending> pending = new ArrayList<>();
    /** The application as last filled or saved; the unsaved-changes guard compares with it. */
    private Application saved;

    private UUID projectId;
    private long version;
    private ProjectStatus status = ProjectStatus.DRAFT;
    private boolean filling;

    public ApplicationWizard(ProjectService projects, LifecycleService lifecycle, DocumentService documents,
                             CloudServiceCatalogue cloud, People directory, Clock clock, OwnerUnitService units) {
        this.projects = projects;
        this.people = new PeopleLabels(directory, getLocale());
        this.lifecycle = lifecycle;
        this.documents = documents;
        this.clock = clock;
        // 第四条: an owner officer names one of its own units, as the register holds them.
        ownerUnits = units.selectable().stream().map(OwnerUnitView::name).sorted(Collator.getInstance(Locale.CHINA))
                .toList();
        setWidthFull();
        indicators = new RowEditor<>("indicator", getTranslation("wizard.indicator.add"),
                getTranslation("wizard.indicator.empty"), this::indicatorRow, new Indicator(null, null, null),
                this::changed);
        cloudResources = new RowEditor<>("cloud", getTranslation("wizard.cloud.add"),
                getTranslation("wizard.cloud.empty"), this::cloudRow, new CloudResourceRequest(null, null),
                this::changed);
        catalogue = new RowEditor<>("catalogue", getTranslation("wizard.catalogue.add"),
                getTranslation("wizard.catalogue.empty"), this::catalogueRow,
                new ResourceCatalogueEntry(null, null, null, null, null, null, null, null, null), this::changed);
        budget = new RowEditor<>("budget", getTranslation("wizard.budget.add"), getTranslation("wizard.budget.empty"),
                this::budgetRow, new BudgetLine(null, null, null, null, true), this::changed);
        hardware = new RowEditor<>("hardware", getTranslation("wizard.hardware.add"),
                getTranslation("wizard.hardware.empty"), this::hardwareRow, new HardwareItem(null, 0, null, null),
                this::changed);
        unavailable.setId("wizard-unavailable");
        if (TenantContext.current().isEmpty()) {
            add(new H2(getTranslation("wizard.heading.new")), new Paragraph(getTranslation("app.noTenant.explain")));
            return;
        }
        if (!drafts()) {
            unavailable.setText(getTranslation("wizard.ownerOnly"));
            add(new H2(getTranslation("wizard.heading.new")), unavailable);
            return;
        }
        cloud.offerings().forEach(o -> offerings.put(o.code(), o));
        heading.setId("wizard-heading");
        configureFields();
        buildSteps();

        refusal.setId("wizard-refusal");
        refusal.setVisible(false);
        refusal.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD,
                LumoUtility.Margin.Bottom.SMALL);
        Div side = new Div(refusal, findings);
        side.addClassNames(LumoUtility.Flex.AUTO);
        side.setWidth("24em");
        side.setMinWidth("18em");
        side.setMaxWidth("100%");
        Div content = new Div(stepContents.toArray(Component[]::new));
        content.setWidthFull();
        VerticalLayout main = new VerticalLayout(steps, content, navigation());
        main.setPadding(false);
        main.addClassNames(LumoUtility.Flex.GROW);
        main.setWidth("40em");
        main.setMaxWidth("100%");
        main.getStyle().set("flex-basis", "40em");
        body.add(main, side);
        body.setWidthFull();
        body.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE,
                LumoUtility.AlignItems.START);
        add(heading, unavailable, body);
    }

    /** Art. 4: the owner unit (项目建设单位) proposes its projects; no one else writes an application. */
    private boolean drafts() {
        return actor.has(Role.OWNER_OFFICER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (TenantContext.current().isEmpty() || !drafts()) {
            return;
        }
        Optional<String> id = event.getRouteParameters().get("id");
        unavailable.setVisible(false);
        body.setVisible(true);
        refusal.setVisible(false);
        pending.clear();
        if (id.isEmpty()) {
            projectId = null;
            version = 0;
            status = ProjectStatus.DRAFT;
            heading.setText(getTranslation("wizard.heading.new"));
            Application blank = Application.draft(null, ProjectKind.CONSTRUCTION, null, null);
            fill(new Application(null, ProjectKind.CONSTRUCTION, ConstructionType.NEW,
                    ownerUnits.isEmpty() ? null : ownerUnits.getFirst(), null, null,
                    LocalDate.now(clock.withZone(BusinessTime.ZONE)).getYear(), null, List.of(), null, List.of(),
                    null, null, List.of(), null, null, List.of(), null, null, blank.omInventory(),
                    blank.crossBoundary(), false, null, false, false, false, false, null, false));
            classified.setEnabled(true);
        } else {
            Optional<ProjectDetail> detail = ProjectDetailView.parse(id.get()).flatMap(projects::detail);
            if (detail.isEmpty()) {
                showUnavailable(getTranslation("project.notFound"));
                return;
            }
            ProjectView project = detail.get().project();
            if (!project.status().editable()) {
                showUnavailable(getTranslation("wizard.notEditable", project.status().label(getLocale())));
                return;
            }
            if (!projects.editableByCurrentUser(project)) {
                showUnavailable(getTranslation("wizard.notYourUnit", project.ownerUnit()));
                return;
            }
            projectId = project.id();
            version = project.version();
            status = project.status();
            heading.setText(getTranslation("wizard.heading.edit", project.title()));
            fill(detail.get().application());
            classified.setEnabled(false);
        }
        showDocuments();
        select(0);
    }

    private void showUnavailable(String text) {
        heading.setText(getTranslation("wizard.heading.new"));
        unavailable.setText(text);
        unavailable.setVisible(true);
        body.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() == null || heading.getText().isEmpty() ? getTranslation("wizard.heading.new")
                : heading.getText();
    }

    // ---------------------------------------------------------------- layout

    private void configureFields() {
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        title.setManualValidation(true);
        title.addValueChangeListener(e -> title.setInvalid(false));
        ownerUnit.setId("app-owner-unit");
        ownerUnit.setLabel(getTranslation("application.ownerUnit"));
        ownerUnit.setWidthFull();
        ownerUnit.setItems(ownerUnits);
        ownerUnit.setRequiredIndicatorVisible(true);
        ownerUnit.setManualValidation(true);
        ownerUnit.addValueChangeListener(e -> {
            ownerUnit.setInvalid(false);
            changed();
        });
        investment.addValueChangeListener(e -> investment.setInvalid(investment.unreadable() != null));
        ownerUnit.setHelperText(ownerUnits.isEmpty() ? getTranslation("wizard.ownerUnit.none")
                : getTranslation("wizard.ownerUnit.help", String.join(getTranslation("detail.separator"), ownerUnits)));
        department.setMaxLength(200);
        choices(kind, "app-kind", "project.kind", ProjectKind.values());
        kind.addValueChangeListener(e -> constructionType.setVisible(e.getValue() == ProjectKind.CONSTRUCTION));
        choices(constructionType, "app-construction-type", "application.constructionType", ConstructionType.values());
        investment.setId("app-investment");
        investment.setLabel(getTranslation("application.totalInvestment"));
        investment.setRequiredIndicatorVisible(true);
        investment.addValueChangeListener(e -> changed());
        whole(plannedYear, "app-planned-year", "application.plannedYear", 2000, 2100);
        choices(network, "app-network", "application.network", NetworkDeployment.values());
        network.setHelperText(getTranslation("application.network.help"));
        whole(freeOmYears, "app-free-om-years", "application.freeOmYears", 0, 50);
        budgetTotal.setId("budget-total");
        budgetTotal.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        classifiedNote.setId("app-classified-note");
        classifiedNote.setText(getTranslation("application.classified.note"));
        classifiedNote.addClassNames(LumoUtility.TextColor.SECONDARY);
        classified.addValueChangeListener(e -> {
            classifiedNote.setVisible(e.getValue());
            // Art. 42: nothing of a classified project is uploaded, its material stays offline.
            submissionDocuments.setVisible(!e.getValue());
        });
        classified.setHelperText(getTranslation("application.classified.help"));
        governmentInvestment.addValueChangeListener(e -> uploads.get(DocumentType.NDRC_APPLICATION_FORM)
                .setVisible(e.getValue()));
    }

    /** 申报材料 — the documents Art. 8 asks for at submission, with those already on the project. */
    private Component submissionDocuments() {
        for (DocumentType type : SUBMISSION_DOCUMENTS) {
            Upload upload = new Upload(LimitedUpload.toMemory((meta, bytes) ->
                    received(type, meta.fileName(), meta.contentType(), bytes)));
            Localized.upload(upload);
            upload.setId("wizard-upload-" + type.name());
            upload.setMaxFiles(5);
            H4 label = new H4(getTranslation("wizard.document.upload", type.label(getLocale())));
            label.addClassNames(LumoUtility.Margin.Bottom.NONE);
            VerticalLayout box = new VerticalLayout(label, upload);
            box.setPadding(false);
            box.setSpacing(false);
            uploads.put(type, box);
        }
        uploads.get(DocumentType.NDRC_APPLICATION_FORM).setVisible(false);
        documentList.setId("wizard-documents");
        documentList.addClassNames(LumoUtility.FontSize.SMALL);
        submissionDocuments.setId("wizard-submission-documents");
        submissionDocuments.setPadding(false);
        submissionDocuments.add(section("wizard.documents.heading"), hint("wizard.documents.help"));
        uploads.values().forEach(submissionDocuments::add);
        submissionDocuments.add(documentList);
        return submissionDocuments;
    }

    /** Called with the UI locked, once a file has arrived; it is stored with the next save. */
    void received(DocumentType type, String filename, String contentType, byte[] bytes) {
        pending.add(new Pending(type, filename, contentType, bytes));
        showDocuments();
    }

    private void showDocuments() {
        documentList.removeAll();
        List<DocumentView> stored = projectId == null ? List.of() : documents.list(projectId);
        for (DocumentView d : stored) {
            documentList.add(new Paragraph(getTranslation("wizard.document.stored", d.type().label(getLocale()),
                    d.filename(), Formats.fileSize(d.sizeBytes()), people.of(d.uploadedBy()), Formats.dateTime(d.uploadedAt()))));
        }
        for (Pending file : pending) {
            documentList.add(new Paragraph(getTranslation("wizard.document.pending", file.type().label(getLocale()),
                    file.filename(), Formats.fileSize(file.bytes().length))));
        }
        if (stored.isEmpty() && pending.isEmpty()) {
            documentList.add(new Paragraph(getTranslation("wizard.documents.none")));
        }
    }

    /** A choice of enum values labelled {@code <labelKey>.<NAME>} from the bundles. */
    private <E extends Enum<E>> void choices(RadioButtonGroup<E> group, String id, String labelKey, E[] values) {
        group.setId(id);
        group.setLabel(getTranslation(labelKey));
        group.setItems(values);
        group.setItemLabelGenerator(v -> getTranslation(labelKey + "." + v.name()));
        group.addValueChangeListener(e -> changed());
    }

    /** A whole number within the article's range, explained by {@code <labelKey>.help}. */
    private void whole(IntegerField field, String id, String labelKey, int min, int max) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setHelperText(getTranslation(labelKey + ".help"));
        field.addValueChangeListener(e -> changed());
    }

    private void buildSteps() {
        steps.setId("wizard-steps");
        steps.setWidthFull();
        for (int i = 0; i < STEPS.length; i++) {
            Tab tab = new Tab(getTranslation("wizard.step." + STEPS[i]));
            tab.setId("wizard-step-" + (i + 1));
            steps.add(tab);
        }
        Paragraph scope = new Paragraph(getTranslation("project.scope.help"));
        scope.setId("app-scope-hint");
        scope.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        stepContents.add(step(form(title, kind, constructionType, ownerUnit, department, investment, plannedYear,
                background), scope));
        stepContents.add(step(hint("wizard.goals.help"), indicators));
        stepContents.add(step(form(network), section("wizard.cloud.heading"), hint("wizard.cloud.help"),
                cloudResources, form(technicalSolution, supportingSoftware)));
        stepContents.add(step(hint("wizard.sharing.help"), section("wizard.catalogue.heading"), catalogue,
                form(dataSharingNeeds, sharingAnalysis)));
        stepContents.add(step(hint("wizard.budget.help"), budget, budgetTotal, form(freeOmYears, hardwareExemption)));
        stepContents.add(step(hint("wizard.om.help"), form(omCostBasis, omNetwork, omCloud, omSystemSoftware,
                omApplications, omDatabases, omSecurity, omUsage, omProblems), section("wizard.hardware.heading"),
                hardware));
        stepContents.add(step(section("wizard.cross.heading"), form(crossDepartment, crossRegion, crossLevel),
                form(leadUnit, coBuilders, flows, interfaces), section("wizard.other.heading"),
                form(governmentInvestment, upward, upwardOrganiser, stateSecurity, civilAirDefence, civilWorks,
                        classified), classifiedNote, submissionDocuments()));
        for (int i = 0; i < stepContents.size(); i++) {
            stepContents.get(i).setId("wizard-step-content-" + (i + 1));
        }
        steps.addSelectedChangeListener(e -> showStep(steps.getSelectedIndex()));
    }

    private Component navigation() {
        previous.setText(getTranslation("wizard.previous"));
        previous.setIcon(VaadinIcon.ARROW_LEFT.create());
        previous.setId("wizard-previous");
        previous.addClickListener(e -> select(steps.getSelectedIndex() - 1));
        next.setText(getTranslation("wizard.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.setId("wizard-next");
        next.addClickListener(e -> select(steps.getSelectedIndex() + 1));
        Button save = new Button(getTranslation("wizard.save"), VaadinIcon.DISC.create(), e -> {
            if (save()) {
                notify(getTranslation("wizard.saved", title.getValue().strip()), NotificationVariant.LUMO_SUCCESS);
            }
        });
        save.setId("wizard-save");
        Button submit = new Button(getTranslation("wizard.submit"), VaadinIcon.PAPERPLANE.create(), e -> confirmSubmit());
        submit.setId("wizard-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout left = new HorizontalLayout(previous, next);
        HorizontalLayout right = new HorizontalLayout(save, submit);
        HorizontalLayout bar = new HorizontalLayout(left, right);
        bar.setWidthFull();
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private void select(int index) {
        int bounded = Math.max(0, Math.min(STEPS.length - 1, index));
        steps.setSelectedIndex(bounded);
        showStep(bounded);
    }

    /**
     * Hides the other steps with CSS only: Flow drops updates from invisible components, so a value typed
     * just before "next step" (still on its way to the server) would otherwise be lost.
     */
    private void showStep(int index) {
        for (int i = 0; i < stepContents.size(); i++) {
            stepContents.get(i).getElement().getStyle().set("display", i == index ? null : "none");
        }
        previous.setEnabled(index > 0);
        next.setEnabled(index < STEPS.length - 1);
    }

    private static VerticalLayout step(Component... parts) {
        VerticalLayout step = new VerticalLayout(parts);
        step.setPadding(false);
        return step;
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        for (Component field : fields) {
            if (field instanceof TextArea || field instanceof Checkbox && fields.length > 3) {
                form.setColspan(field, field instanceof TextArea ? 2 : 1);
            }
        }
        return form;
    }

    private H3 section(String key) {
        return Parts.section(getTranslation(key));
    }

    private Paragraph hint(String key) {
        return Parts.hint(getTranslation(key));
    }

    private TextField text(String id, String labelKey) {
        return Parts.live(new TextField(getTranslation(labelKey)), id, null, this::changed);
    }

    private TextArea area(String id, String labelKey) {
        return Parts.live(new TextArea(getTranslation(labelKey)), id, null, this::changed);
    }

    private Checkbox check(String id, String labelKey) {
        Checkbox box = new Checkbox(getTranslation(labelKey));
        box.setId(id);
        box.addValueChangeListener(e -> changed());
        return box;
    }

    // ---------------------------------------------------------------- rows

    private RowEditor.Row<Indicator> indicatorRow(int i, Indicator value, Runnable changed) {
        TextField name = rowText("indicator-name-" + i, "application.indicator.name", value.name(), changed);
        BigDecimalField target = rowNumber("indicator-target-" + i, "application.indicator.target", value.target(),
                changed);
        TextField unit = rowText("indicator-unit-" + i, "application.indicator.unit", value.unit(), changed);
        unit.setWidth("8em");
        return row(rowLayout(name, target, unit),
                () -> new Indicator(blankToNull(name.getValue()), target.getValue(), blankToNull(unit.getValue())));
    }

    private RowEditor.Row<CloudResourceRequest> cloudRow(int i, CloudResourceRequest value, Runnable changed) {
        boolean english = english();
        ComboBox<String> offering = new ComboBox<>(getTranslation("application.cloud.offering"));
        offering.setId("cloud-offering-" + i);
        List<String> codes = new ArrayList<>(offerings.keySet());
        if (value.offeringCode() != null && !codes.contains(value.offeringCode())) {
            codes.add(value.offeringCode());
        }
        offering.setItems(codes);
        offering.setItemLabelGenerator(code -> Optional.ofNullable(offerings.get(code))
                .map(o -> (english ? o.nameEn() : o.nameZh()) + " (" + code + ")").orElse(code));
        offering.setWidthFull();
        offering.setValue(value.offeringCode());
        BigDecimalField quantity = rowNumber("cloud-quantity-" + i, "application.cloud.quantity", value.quantity(),
                changed);
        Span unit = new Span(unitOf(value.offeringCode(), english));
        unit.setId("cloud-unit-" + i);
        quantity.setSuffixComponent(unit);
        offering.addValueChangeListener(e -> {
            unit.setText(unitOf(e.getValue(), english));
            changed.run();
        });
        return row(rowLayout(offering, quantity),
                () -> new CloudResourceRequest(offering.getValue(), quantity.getValue()));
    }

    private String unitOf(String code, boolean english) {
        CloudOfferingView o = code == null ? null : offerings.get(code);
        return o == null ? "" : english ? o.unitEn() : o.unitZh();
    }

    private RowEditor.Row<ResourceCatalogueEntry> catalogueRow(int i, ResourceCatalogueEntry v, Runnable changed) {
        TextField name = rowText("catalogue-name-" + i, "application.catalogue.name", v.name(), changed);
        TextField classification = rowText("catalogue-classification-" + i, "application.catalogue.classification",
                v.classification(), changed);
        TextField responsible = rowText("catalogue-responsible-party-" + i,
                "application.catalogue.responsibleParty", v.responsibleParty(), changed);
        TextField format = rowText("catalogue-format-" + i, "application.catalogue.format", v.format(), changed);
        TextField attributes = rowText("catalogue-attributes-" + i, "application.catalogue.attributes",
                v.attributes(), changed);
        TextField frequency = rowText("catalogue-update-frequency-" + i, "application.catalogue.updateFrequency",
                v.updateFrequency(), changed);
        Select<SharingType> sharingType = rowSelect("catalogue-sharing-type-" + i, "application.catalogue.sharingType",
                "application.sharingType", SharingType.values(), v.sharingType(), changed);
        TextField method = rowText("catalogue-sharing-method-" + i, "application.catalogue.sharingMethod",
                v.sharingMethod(), changed);
        TextField usage = rowText("catalogue-usage-requirements-" + i, "application.catalogue.usageRequirements",
                v.usageRequirements(), changed);
        FormLayout form = new FormLayout(name, classification, responsible, format, attributes, frequency,
                sharingType, method, usage);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        form.addClassNames(LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10);
        return row(form, () -> new ResourceCatalogueEntry(blankToNull(name.getValue()),
                blankToNull(classification.getValue()), blankToNull(responsible.getValue()),
                blankToNull(format.getValue()), blankToNull(attributes.getValue()), blankToNull(frequency.getValue()),
                sharingType.getValue(), blankToNull(method.getValue()), blankToNull(usage.getValue())));
    }

    private RowEditor.Row<BudgetLine> budgetRow(int i, BudgetLine v, Runnable changed) {
        Select<BudgetCategory> category = rowSelect("budget-category-" + i, "application.budget.category",
                "application.budgetCategory", BudgetCategory.values(), v.category(), changed);
        TextField item = rowText("budget-item-" + i, "application.budget.item", v.item(), changed);
        TextField model = rowText("budget-reference-model-" + i, "application.budget.referenceModel",
                v.referenceModel(), changed);
        WanYuanField amount = new WanYuanField(getTranslation("application.budget.amount"));
        amount.setId("budget-amount-" + i);
        amount.setValue(v.amount());
        amount.addValueChangeListener(e -> changed.run());
        Checkbox it = new Checkbox(getTranslation("application.budget.itContent"), v.itContent());
        it.setId("budget-it-" + i);
        it.addValueChangeListener(e -> changed.run());
        FormLayout form = new FormLayout(category, item, model, amount, it);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 5));
        return row(form, () -> new BudgetLine(category.getValue(), blankToNull(item.getValue()),
                blankToNull(model.getValue()), amount.getValue(), it.getValue()));
    }

    private RowEditor.Row<HardwareItem> hardwareRow(int i, HardwareItem v, Runnable changed) {
        TextField category = rowText("hardware-category-" + i, "application.hardware.category", v.category(), changed);
        IntegerField count = new IntegerField(getTranslation("application.hardware.count"));
        count.setId("hardware-count-" + i);
        count.setMin(0);
        count.setValue(v.count());
        count.addValueChangeListener(e -> changed.run());
        DatePicker purchased = rowDate("hardware-purchased-on-" + i, "application.hardware.purchasedOn",
                v.purchasedOn(), changed);
        DatePicker warranty = rowDate("hardware-warranty-ends-on-" + i, "application.hardware.warrantyEndsOn",
                v.warrantyEndsOn(), changed);
        return row(rowLayout(category, count, purchased, warranty), () -> new HardwareItem(
                blankToNull(category.getValue()), count.getValue() == null ? 0 : count.getValue(),
                purchased.getValue(), warranty.getValue()));
    }

    /** An optional choice of enum values labelled {@code <valueKeyPrefix>.<NAME>}. */
    private <E extends Enum<E>> Select<E> rowSelect(String id, String labelKey, String valueKeyPrefix, E[] values,
                                                    E value, Runnable changed) {
        Select<E> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "" : getTranslation(valueKeyPrefix + "." + v.name()));
        select.setEmptySelectionAllowed(true);
        select.setValue(value);
        select.addValueChangeListener(e -> changed.run());
        return select;
    }

    private TextField rowText(String id, String labelKey, String value, Runnable changed) {
        return Parts.live(new TextField(getTranslation(labelKey)), id, value == null ? "" : value, changed);
    }

    private BigDecimalField rowNumber(String id, String labelKey, BigDecimal value, Runnable changed) {
        return Parts.live(new BigDecimalField(getTranslation(labelKey)), id, value, changed);
    }

    private DatePicker rowDate(String id, String labelKey, LocalDate value, Runnable changed) {
        DatePicker field = Localized.datePicker(new DatePicker(getTranslation(labelKey)));
        field.setId(id);
        field.setValue(value);
        field.addValueChangeListener(e -> changed.run());
        return field;
    }

    private static HorizontalLayout rowLayout(Component... fields) {
        HorizontalLayout line = new HorizontalLayout(fields);
        line.setWidthFull();
        line.getStyle().set("flex-wrap", "wrap");
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        return line;
    }

    private static <T> RowEditor.Row<T> row(Component component, Supplier<T> value) {
        return new RowEditor.Row<>() {
            @Override
            public Component component() {
                return component;
            }

            @Override
            public T value() {
                return value.get();
            }
        };
    }

    // ---------------------------------------------------------------- the application

    private void fill(Application a) {
        filling = true;
        try {
            title.setValue(nullToEmpty(a.title()));
            kind.setValue(a.kind());
            constructionType.setValue(a.constructionType());
            constructionType.setVisible(a.kind() == ProjectKind.CONSTRUCTION);
            if (a.ownerUnit() != null && !ownerUnits.contains(a.ownerUnit())) {
                // A draft of a unit the user cannot choose still shows it; saving it is refused (第四条).
                ownerUnit.setItems(Stream.concat(ownerUnits.stream(), Stream.of(a.ownerUnit())).toList());
            }
            ownerUnit.setValue(a.ownerUnit());
            department.setValue(nullToEmpty(a.competentDepartment()));
            investment.setValue(a.totalInvestment());
            plannedYear.setValue(a.plannedYear());
            background.setValue(nullToEmpty(a.background()));
            indicators.setValues(a.indicators());
            network.setValue(a.network());
            cloudResources.setValues(a.cloudResources());
            technicalSolution.setValue(nullToEmpty(a.technicalSolution()));
            supportingSoftware.setValue(nullToEmpty(a.supportingSoftware()));
            catalogue.setValues(a.resourceCatalogue());
            dataSharingNeeds.setValue(nullToEmpty(a.dataSharingNeeds()));
            sharingAnalysis.setValue(nullToEmpty(a.sharingAnalysis()));
            budget.setValues(a.budget());
            freeOmYears.setValue(a.freeOmYears());
            hardwareExemption.setValue(nullToEmpty(a.hardwareExemption()));
            omCostBasis.setValue(nullToEmpty(a.omCostBasis()));
            OmInventory om = a.omInventory();
            omNetwork.setValue(nullToEmpty(om.network()));
            omCloud.setValue(nullToEmpty(om.cloudResources()));
            omSystemSoftware.setValue(nullToEmpty(om.systemSoftware()));
            omApplications.setValue(nullToEmpty(om.applications()));
            omDatabases.setValue(nullToEmpty(om.databases()));
            omSecurity.setValue(nullToEmpty(om.securityMeasures()));
            omUsage.setValue(nullToEmpty(om.usage()));
            omProblems.setValue(nullToEmpty(om.problems()));
            hardware.setValues(om.hardware());
            CrossBoundary cross = a.crossBoundary();
            crossDepartment.setValue(cross.crossDepartment());
            crossRegion.setValue(cross.crossRegion());
            crossLevel.setValue(cross.crossLevel());
            leadUnit.setValue(nullToEmpty(cross.leadUnit()));
            coBuilders.setValue(String.join("\n", cross.coBuilders()));
            flows.setValue(nullToEmpty(cross.flows()));
            interfaces.setValue(String.join("\n", cross.interfaces()));
            upward.setValue(a.upwardApplication());
            upwardOrganiser.setValue(nullToEmpty(a.upwardOrganiser()));
            stateSecurity.setValue(a.touchesStateSecurity());
            civilAirDefence.setValue(a.touchesCivilAirDefence());
            civilWorks.setValue(a.civilWorksOrHighEnergy());
            governmentInvestment.setValue(a.governmentInvestment());
            classified.setValue(a.classified());
            classifiedNote.setVisible(a.classified());
        } finally {
            filling = false;
        }
        saved = current();
        changed();
    }

    /** Whether leaving now would lose something: edits since the last save, or files not yet stored. */
    boolean unsaved() {
        return body.isVisible() && saved != null && (!current().equals(saved) || !pending.isEmpty());
    }

    /** 未保存提醒 — leaving the wizard with unsaved edits asks first; staying is the default. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!unsaved()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        Dialog dialog = new Dialog();
        dialog.setId("wizard-leave-dialog");
        dialog.setHeaderTitle(getTranslation("wizard.leave.header"));
        dialog.add(new Paragraph(getTranslation("wizard.leave.text")));
        Button stay = new Button(getTranslation("wizard.leave.stay"), e -> dialog.close());
        stay.setId("wizard-leave-stay");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button go = new Button(getTranslation("wizard.leave.discard"), e -> {
            dialog.close();
            saved = null;
            leave.proceed();
        });
        go.setId("wizard-leave-discard");
        go.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(go, stay);
        dialog.open();
    }

    /** 提交确认 — submission sends the application to the competent department (Art. 8); asked once more first. */
    private void confirmSubmit() {
        Dialog dialog = new Dialog();
        dialog.setId("wizard-submit-dialog");
        dialog.setHeaderTitle(getTranslation("wizard.submit.confirm.header"));
        dialog.add(new Paragraph(getTranslation("wizard.submit.confirm.text")));
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId("wizard-submit-cancel");
        Button confirm = new Button(getTranslation("wizard.submit"), VaadinIcon.PAPERPLANE.create(), e -> {
            dialog.close();
            submit();
        });
        confirm.setId("wizard-submit-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** The application as the form shows it now; rows left entirely empty are not part of it. */
    Application current() {
        return new Application(blankToNull(title.getValue()), kind.getValue(),
                kind.getValue() == ProjectKind.CONSTRUCTION ? constructionType.getValue() : null,
                ownerUnit.getValue(), blankToNull(department.getValue()), investment.getValue(),
                plannedYear.getValue(), blankToNull(background.getValue()),
                nonEmpty(indicators.values(), i -> i.name() == null && i.target() == null && i.unit() == null),
                network.getValue(),
                nonEmpty(cloudResources.values(), c -> c.offeringCode() == null && c.quantity() == null),
                blankToNull(technicalSolution.getValue()), blankToNull(dataSharingNeeds.getValue()),
                nonEmpty(catalogue.values(), e -> e.equals(new ResourceCatalogueEntry(null, null, null, null, null,
                        null, null, null, null))),
                blankToNull(sharingAnalysis.getValue()), blankToNull(supportingSoftware.getValue()),
                nonEmpty(budget.values(), b -> b.category() == null && b.item() == null && b.referenceModel() == null
                        && b.amount() == null),
                freeOmYears.getValue(), blankToNull(omCostBasis.getValue()),
                new OmInventory(blankToNull(omNetwork.getValue()), blankToNull(omCloud.getValue()),
                        nonEmpty(hardware.values(), h -> h.category() == null && h.count() == 0
                                && h.purchasedOn() == null && h.warrantyEndsOn() == null),
                        blankToNull(omSystemSoftware.getValue()), blankToNull(omApplications.getValue()),
                        blankToNull(omDatabases.getValue()), blankToNull(omSecurity.getValue()),
                        blankToNull(omUsage.getValue()), blankToNull(omProblems.getValue())),
                new CrossBoundary(crossDepartment.getValue(), crossRegion.getValue(), crossLevel.getValue(),
                        blankToNull(leadUnit.getValue()), lines(coBuilders.getValue()), blankToNull(flows.getValue()),
                        lines(interfaces.getValue())),
                upward.getValue(), blankToNull(upwardOrganiser.getValue()), stateSecurity.getValue(),
                civilAirDefence.getValue(), civilWorks.getValue(), governmentInvestment.getValue(),
                blankToNull(hardwareExemption.getValue()),
                classified.getValue());
    }

    /** After every edit: the rules in force today judge the application as it stands. */
    private void changed() {
        if (filling || projects == null) {
            return;
        }
        Application application = current();
        findings.show(projects.check(application, today()));
        BigDecimal total = application.budgetTotal();
        budgetTotal.setText(getTranslation("wizard.budget.total", Formats.wanYuan(total),
                application.totalInvestment() == null ? "—" : Formats.wanYuan(application.totalInvestment())));
        boolean mismatch = application.totalInvestment() != null && !application.budget().isEmpty()
                && total.compareTo(application.totalInvestment()) != 0;
        budgetTotal.getStyle().set("color", mismatch ? "var(--lumo-error-text-color)" : null);
        investment.setHelperText(application.totalInvestment() == null ? getTranslation("project.totalInvestment.help")
                : getTranslation("wizard.investment.yuan", Formats.yuan(application.totalInvestment())));
    }

    // ---------------------------------------------------------------- save and submit

    /**
     * Saves the draft (creating it the first time), then stores the files received since; false, with the
     * reason shown, when either could not be done.
     */
    private boolean save() {
        refusal.setVisible(false);
        if (!requiredFilled()) {
            return false;
        }
        Application application = current();
        try {
            if (projectId == null) {
                ProjectView created = projects.create(application);
                projectId = created.id();
                version = created.version();
                status = created.status();
                UI.getCurrent().getPage().getHistory().replaceState(null, "projects/" + projectId + "/edit");
                classified.setEnabled(false);
            } else {
                ProjectDetail saved = projects.update(projectId, new ApplicationUpdate(version, application));
                version = saved.project().version();
                status = saved.project().status();
            }
            heading.setText(getTranslation("wizard.heading.edit", application.title()));
            saved = application;
        } catch (OptimisticLockingFailureException e) {
            showRefusal(getTranslation("wizard.conflict"));
            return false;
        } catch (ApiProblem problem) {
            showRefusal(ProblemText.of(problem, getLocale()));
            return false;
        } catch (ConstraintViolationException e) {
            showRefusal(getTranslation("project.saveFailed"));
            return false;
        }
        return attachPending();
    }

    /** Stores the received files as documents of the project; one the service refuses is dropped, with its reason. */
    private boolean attachPending() {
        try {
            while (!pending.isEmpty()) {
                Pending file = pending.getFirst();
                try {
                    documents.attach(projectId, file.type(), file.filename(), file.contentType(), file.bytes());
                } catch (ApiProblem problem) {
                    pending.removeFirst();
                    showRefusal(getTranslation("wizard.document.refused", file.filename(),
                            ProblemText.of(problem, getLocale())));
                    return false;
                }
                pending.removeFirst();
            }
            return true;
        } finally {
            showDocuments();
        }
    }

    private void submit() {
        if (!save()) {
            return;
        }
        LifecycleAction action = status == ProjectStatus.RETURNED ? LifecycleAction.RESUBMIT : LifecycleAction.SUBMIT;
        // The submission material no earlier step relied on: this submission's.
        List<UUID> material = documents.list(projectId).stream()
                .filter(d -> d.stepId() == null && SUBMISSION_DOCUMENTS.contains(d.type())).map(DocumentView::id).toList();
        try {
            lifecycle.take(projectId, new StepRequest(action, version, null, null, material));
        } catch (OptimisticLockingFailureException e) {
            showRefusal(getTranslation("wizard.conflict"));
            return;
        } catch (ApiProblem problem) {
            showRefusal(ProblemText.of(problem, getLocale()));
            findings.show(ProblemText.findings(problem));
            return;
        }
        notify(getTranslation("wizard.submitted", title.getValue().strip()), NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate(ProjectDetailView.class, new RouteParameters("id", projectId.toString()));
    }

    private void showRefusal(String text) {
        refusal.setText(text);
        refusal.setVisible(true);
        notify(text, NotificationVariant.LUMO_ERROR);
    }

    /** What the database needs to keep a draft: title, kind, owner unit and an amount exact to the fen. */
    private boolean requiredFilled() {
        boolean ok = required(title, title.getValue().isBlank());
        ok &= required(ownerUnit, ownerUnit.getValue() == null);
        ok &= kind.getValue() != null;
        BigDecimal amount = investment.getValue();
        if (investment.unreadable() != null) {
            ok = false;
        } else if (amount == null) {
            ok &= required(investment, true);
        } else if (amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
            ok = invalid(investment, getTranslation("validation.investmentRange"));
        }
        List<WanYuanField> amounts = amountsIn(stepContents.get(4)).filter(f -> f.unreadable() != null).toList();
        if (ok && !amounts.isEmpty()) {
            showRefusal(getTranslation("wizard.amount.unreadable", amounts.getFirst().getLabel(), amounts.getFirst().unreadable()));
            select(4);
            return false;
        }
        if (!ok) {
            select(0);
        }
        return ok;
    }

    private static Stream<WanYuanField> amountsIn(Component c) {
        return Stream.concat(c instanceof WanYuanField f ? Stream.of(f) : Stream.empty(),
                c.getChildren().flatMap(ApplicationWizard::amountsIn));
    }

    private boolean required(HasValidationProperties field, boolean missing) {
        return !missing || invalid(field, getTranslation("validation.required"));
    }

    private static boolean invalid(HasValidationProperties field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return false;
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    private boolean english() {
        return "en".equals(getLocale().getLanguage());
    }

    private static <T> List<T> nonEmpty(List<T> rows, Predicate<T> empty) {
        return rows.stream().filter(empty.negate()).toList();
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
