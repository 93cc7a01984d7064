package cn.govit.app.inventory.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

import cn.govit.app.base.ui.Localized;
import cn.govit.app.base.ui.ProblemText;
import cn.govit.core.inventory.DistrictCloudView;
import cn.govit.core.inventory.Exemption;
import cn.govit.core.inventory.InventoryService;
import cn.govit.core.inventory.MigrationMethod;
import cn.govit.core.inventory.MigrationPlan;
import cn.govit.core.inventory.MigrationStatus;
import cn.govit.core.inventory.MigrationTarget;
import cn.govit.core.inventory.Network;
import cn.govit.core.inventory.ResourceEntry;
import cn.govit.core.inventory.SystemForm;
import cn.govit.core.inventory.SystemLocation;
import cn.govit.core.inventory.SystemView;
import cn.govit.core.inventory.UpdateFrequency;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.web.ApiProblem;

/**
 * 登记 / 修改系统 — a system of the inventory with its resource catalogue and its migration plan (Art. 15, 33, 38).
 * The exemption is the bureau's to record (Art. 33); a plan reported done or verified no longer changes (Art. 40).
 */
class SystemDialog extends Dialog {

    /** What the binder edits (public: the binder reads it by reflection). */
    public record Fields(String name, String ownerUnit, SystemLocation location, String districtCloud, Network network,
                         LocalDate commissionedOn, Boolean sharingInterface, LocalDate lastCollectedOn,
                         Exemption exemption, String exemptionReason, String exemptionApprover, MigrationMethod method,
                         MigrationTarget target, LocalDate plannedOn, MigrationStatus status) {

        static Fields of(SystemView s) {
            MigrationPlan p = s == null ? null : s.plan();
            return s == null ? new Fields("", "", null, null, Network.GOV_EXTRANET, null, false, null, null, "", "", null,
                    null, null, MigrationStatus.PLANNED)
                    : new Fields(s.name(), s.ownerUnit(), s.location(), s.districtCloud(), s.network(), s.commissionedOn(),
                    s.sharingInterface(), s.lastCollectedOn(), s.exemption(), s.exemptionReason(), s.exemptionApprover(),
                    p == null ? null : p.method(), p == null ? null : p.target(), p == null ? null : p.plannedOn(),
                    p == null ? MigrationStatus.PLANNED : p.status());
        }

        SystemForm form(Long version, List<ResourceEntry> resources) {
            boolean planned = method != null || target != null || plannedOn != null;
            return new SystemForm(version, name, ownerUnit, location, districtCloud, network, commissionedOn,
                    Boolean.TRUE.equals(sharingInterface), lastCollectedOn, exemption, exemptionReason,
                    exemptionApprover, resources, planned ? new MigrationPlan(method, target, plannedOn, status) : null);
        }
    }

    private final VerticalLayout resourceRows = new VerticalLayout();
    private final List<ResourceRow> resources = new ArrayList<>();

    /** {@code ownerUnits}: the registered units the user may name (Art. 4; an owner officer's own). */
    SystemDialog(InventoryService inventory, SystemView system, List<DistrictCloudView> clouds, List<String> ownerUnits,
                 Runnable done) {
        setId("system-dialog");
        setWidth("56rem");
        setHeaderTitle(getTranslation(system == null ? "inventory.dialog.new" : "inventory.dialog.edit"));
        boolean bureau = InventoryService.keptBy(CurrentUser.actor());
        boolean locked = system != null && system.plan() != null && system.plan().status().locked();
        Binder<Fields> binder = new Binder<>(Fields.class);

        TextField name = text("system-name", "inventory.field.name", 200);
        ComboBox<String> ownerUnit = new ComboBox<>(getTranslation("inventory.field.ownerUnit"));
        ownerUnit.setId("system-ownerUnit");
        List<String> choices = new ArrayList<>(ownerUnits);
        // A system kept for a unit the user does not act for keeps showing its unit.
        if (system != null && !choices.contains(system.ownerUnit())) {
            choices.add(system.ownerUnit());
        }
        ownerUnit.setItems(choices);
        Select<SystemLocation> location = select("system-location", "inventory.field.location", SystemLocation.values());
        location.setItemLabelGenerator(l -> l.label(getLocale()));
        Select<String> districtCloud = new Select<>();
        districtCloud.setId("system-districtCloud");
        districtCloud.setLabel(getTranslation("inventory.field.districtCloud"));
        districtCloud.setItems(clouds.stream().map(DistrictCloudView::name).toList());
        districtCloud.setEmptySelectionAllowed(true);
        districtCloud.setHelperText(getTranslation("inventory.field.districtCloud.help"));
        Select<Network> network = select("system-network", "inventory.field.network", Network.values());
        network.setItemLabelGenerator(n -> n.label(getLocale()));
        DatePicker commissionedOn = date("system-commissionedOn", "inventory.field.commissionedOn");
        commissionedOn.setHelperText(getTranslation("inventory.field.commissionedOn.help"));
        Checkbox sharingInterface = new Checkbox(getTranslation("inventory.field.sharingInterface"));
        sharingInterface.setId("system-sharingInterface");
        DatePicker lastCollectedOn = date("system-lastCollectedOn", "inventory.field.lastCollectedOn");
        Select<Exemption> exemption = select("system-exemption", "inventory.field.exemption", Exemption.values());
        exemption.setItemLabelGenerator(x -> x == null ? getTranslation("inventory.exemption.none") : x.label(getLocale()));
        exemption.setEmptySelectionAllowed(true);
        exemption.setEmptySelectionCaption(getTranslation("inventory.exemption.none"));
        TextField exemptionReason = text("system-exemptionReason", "inventory.field.exemptionReason", 1000);
        TextField exemptionApprover = text("system-exemptionApprover", "inventory.field.exemptionApprover", 200);
        exemption.setReadOnly(!bureau);
        exemptionReason.setReadOnly(!bureau);
        exemptionApprover.setReadOnly(!bureau);
        exemption.setHelperText(getTranslation(bureau ? "inventory.field.exemption.help" : "inventory.field.exemption.bureau"));
        Select<MigrationMethod> method = select("plan-method", "inventory.field.method", MigrationMethod.values());
        method.setItemLabelGenerator(m -> m == null ? "" : m.label(getLocale()));
        method.setEmptySelectionAllowed(true);
        Select<MigrationTarget> target = select("plan-target", "inventory.field.target", MigrationTarget.values());
        target.setItemLabelGenerator(t -> t == null ? "" : t.label(getLocale()));
        target.setEmptySelectionAllowed(true);
        DatePicker plannedOn = date("plan-plannedOn", "inventory.field.plannedOn");
        Select<MigrationStatus> status = select("plan-status", "inventory.field.status",
                locked ? MigrationStatus.values() : new MigrationStatus[] {MigrationStatus.PLANNED, MigrationStatus.IN_PROGRESS});
        status.setItemLabelGenerator(s -> s.label(getLocale()));
        method.setReadOnly(locked);
        target.setReadOnly(locked);
        plannedOn.setReadOnly(locked);
        status.setReadOnly(locked);

        binder.forField(name).bind("name");
        binder.forField(ownerUnit).bind("ownerUnit");
        binder.forField(location).bind("location");
        binder.forField(districtCloud).bind("districtCloud");
        binder.forField(network).bind("network");
        binder.forField(commissionedOn).bind("commissionedOn");
        binder.forField(sharingInterface).bind("sharingInterface");
        binder.forField(lastCollectedOn).bind("lastCollectedOn");
        binder.forField(exemption).bind("exemption");
        binder.forField(exemptionReason).bind("exemptionReason");
        binder.forField(exemptionApprover).bind("exemptionApprover");
        binder.forField(method).bind("method");
        binder.forField(target).bind("target");
        binder.forField(plannedOn).bind("plannedOn");
        binder.forField(status).bind("status");
        binder.readRecord(Fields.of(system));

        FormLayout basics = new FormLayout(name, ownerUnit, location, districtCloud, network, commissionedOn,
                lastCollectedOn, sharingInterface, exemption, exemptionReason, exemptionApprover);
        FormLayout plan = new FormLayout(method, target, plannedOn, status);
        resourceRows.setPadding(false);
        resourceRows.setSpacing(false);
        resourceRows.setId("system-resources");
        (system == null ? List.<ResourceEntry>of() : system.resources()).forEach(this::addResource);
        Button addResource = new Button(getTranslation("inventory.resource.add"), VaadinIcon.PLUS.create(),
                e -> addResource(null));
        addResource.setId("system-resource-add");
        addResource.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Div refusal = new Div();
        refusal.setId("system-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        Button save = new Button(getTranslation("inventory.dialog.save"), e -> {
            try {
                SystemForm form = binder.writeRecord().form(system == null ? null : system.version(),
                        resources.stream().map(ResourceRow::entry).toList());
                if (system == null) {
                    inventory.register(form);
                } else {
                    inventory.update(system.id(), form);
                }
                close();
                done.run();
            } catch (ValidationException invalid) {
                refusal.setText(getTranslation("inventory.dialog.invalid"));
            } catch (ApiProblem problem) {
                refusal.setText(ProblemText.of(problem, getLocale()));
            }
        });
        save.setId("system-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("inventory.dialog.cancel"), e -> close());
        VerticalLayout body = new VerticalLayout(basics, new H4(getTranslation("inventory.resources.heading")),
                resourceRows, addResource, new H4(getTranslation("inventory.plan.heading")), plan, refusal);
        body.setPadding(false);
        add(body);
        getFooter().add(cancel, save);
    }

    private void addResource(ResourceEntry entry) {
        ResourceRow row = new ResourceRow(entry);
        resources.add(row);
        resourceRows.add(row);
    }

    private TextField text(String id, String label, int max) {
        TextField field = new TextField(getTranslation(label));
        field.setId(id);
        field.setMaxLength(max);
        return field;
    }

    private <T> Select<T> select(String id, String label, T[] items) {
        Select<T> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(label));
        select.setItems(items);
        return select;
    }

    private DatePicker date(String id, String label) {
        DatePicker picker = Localized.datePicker(new DatePicker(getTranslation(label)));
        picker.setId(id);
        return picker;
    }

    /** One entry of the resource catalogue: name, update frequency, shared. */
    private final class ResourceRow extends HorizontalLayout {
        private final TextField name = new TextField();
        private final Select<UpdateFrequency> frequency = new Select<>();
        private final Checkbox shared = new Checkbox(getTranslation("inventory.resource.shared"));

        ResourceRow(ResourceEntry entry) {
            name.setPlaceholder(getTranslation("inventory.resource.name"));
            name.setMaxLength(200);
            name.addClassName("resource-name");
            frequency.setItems(UpdateFrequency.values());
            frequency.setItemLabelGenerator(f -> f.label(getLocale()));
            frequency.setPlaceholder(getTranslation("inventory.resource.frequency"));
            frequency.addClassName("resource-frequency");
            if (entry != null) {
                name.setValue(entry.name());
                frequency.setValue(entry.frequency());
                shared.setValue(entry.shared());
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                resources.remove(this);
                resourceRows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("inventory.resource.remove"));
            remove.setTooltipText(getTranslation("inventory.resource.remove"));
            setAlignItems(FlexComponent.Alignment.BASELINE);
            add(name, frequency, shared, remove);
        }

        ResourceEntry entry() {
            return new ResourceEntry(name.getValue(), frequency.getValue(), shared.getValue());
        }
    }
}
