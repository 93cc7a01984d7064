package cn.govit.app.admin.ui;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.Formats;
import cn.govit.core.administration.TenantAdministration;
import cn.govit.core.tenancy.OnboardingLog;
import cn.govit.core.tenancy.OnboardingStep;
import cn.govit.core.tenancy.Tenant;
import cn.govit.core.tenancy.TenantLevel;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 开通租户 — the form of a new county, district, development zone or bureau, and while provisioning onboards it,
 * each recorded step with its state, time and error, polled from the onboarding log. A failed onboarding is
 * continued with the same request: provisioning skips the steps done.
 */
class OnboardingDialog extends Dialog {

    /** One step of the progress list, {@code record} null while it has not begun. */
    record StepRow(OnboardingStep step, OnboardingLog.StepRecord record) {
    }

    private static final int POLL_MILLIS = 500;
    private static final char[] PASSWORD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final transient TenantAdministration administration;
    private final transient ProvisioningClient provisioning;
    private final transient Runnable afterwards;
    private final Binder<OnboardingForm> binder = new Binder<>(OnboardingForm.class);
    private final Grid<StepRow> steps = new Grid<>();
    private final Div result = new Div();
    private final Button start = new Button();
    private Registration polling;
    /** Set when provisioning answered: the next poll carries the outcome to the browser, then polling stops. */
    private boolean answered;

    OnboardingDialog(TenantAdministration administration, ProvisioningClient provisioning, List<Tenant> tenants,
                     Tenant pending, Runnable afterwards) {
        this.administration = administration;
        this.provisioning = provisioning;
        this.afterwards = afterwards;
        setId("onboarding-dialog");
        setHeaderTitle(getTranslation(pending == null ? "admin.onboard.heading" : "admin.onboard.continueHeading"));
        setWidth("min(60em, 95vw)");
        setCloseOnOutsideClick(false);

        TextField code = field("onboard-code", "admin.tenant.code");
        code.setHelperText(getTranslation("admin.onboard.codeHelp"));
        TextField nameZh = field("onboard-name", "admin.tenant.name");
        TextField nameEn = field("onboard-name-en", "admin.tenant.nameEn");
        TextField shortName = field("onboard-short-name", "admin.tenant.shortName");
        ComboBox<TenantLevel> level = new ComboBox<>(getTranslation("admin.tenant.level"));
        level.setId("onboard-level");
        level.setItems(Arrays.stream(TenantLevel.values()).filter(l -> l != TenantLevel.CITY).toList());
        level.setItemLabelGenerator(l -> getTranslation("admin.level." + l.name()));
        ComboBox<Tenant> parent = new ComboBox<>(getTranslation("admin.tenant.parent"));
        parent.setId("onboard-parent");
        parent.setItems(tenants.stream().filter(t -> t.level() == TenantLevel.CITY).toList());
        parent.setItemLabelGenerator(Tenant::nameZh);
        TextField division = field("onboard-division", "admin.tenant.division");
        division.setHelperText(getTranslation("admin.onboard.divisionHelp"));
        TextField adminUsername = field("onboard-admin-username", "admin.onboard.adminUsername");
        code.addValueChangeListener(e -> adminUsername.setPlaceholder(e.getValue().isBlank() ? "" : e.getValue() + "-admin"));
        EmailField adminEmail = new EmailField(getTranslation("admin.onboard.adminEmail"));
        adminEmail.setId("onboard-admin-email");

        String required = getTranslation("admin.required");
        binder.forField(code).asRequired(required)
                .withValidator(new RegexpValidator(getTranslation("admin.onboard.codeInvalid"), "[a-z][a-z0-9-]{1,30}"))
                .bind("code");
        binder.forField(nameZh).asRequired(required).bind("nameZh");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(shortName).bind("shortName");
        binder.forField(level).asRequired(required).bind("level");
        binder.forField(parent).asRequired(required).bind("parent");
        binder.forField(division)
                .withValidator(new RegexpValidator(getTranslation("admin.onboard.divisionInvalid"), "([0-9]{6})?"))
                .bind("divisionCode");
        binder.forField(adminUsername)
                .withValidator(new RegexpValidator(getTranslation("admin.onboard.usernameInvalid"),
                        "([a-z0-9][a-z0-9._-]{1,60})?"))
                .bind("adminUsername");
        binder.forField(adminEmail).withValidator(new EmailValidator(getTranslation("admin.onboard.emailInvalid"), true))
                .bind("adminEmail");
        Tenant city = tenants.stream().filter(t -> t.level() == TenantLevel.CITY).findFirst().orElse(null);
        if (pending == null) {
            binder.readRecord(new OnboardingForm("", "", "", "", TenantLevel.DISTRICT, city, "", "", ""));
        } else {
            binder.readRecord(new OnboardingForm(pending.code(), pending.nameZh(), blank(pending.nameEn()),
                    blank(pending.shortName()), pending.level(), tenants.stream()
                    .filter(t -> t.code().equals(pending.parentCode())).findFirst().orElse(city),
                    blank(pending.divisionCode()), "", ""));
            code.setReadOnly(true);
        }
        FormLayout form = new FormLayout(code, nameZh, nameEn, shortName, level, parent, division, adminUsername,
                adminEmail);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));

        steps.setId("onboarding-steps");
        steps.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        steps.addColumn(r -> getTranslation("admin.step." + r.step().name())).setKey("step")
                .setHeader(getTranslation("admin.step.heading")).setFlexGrow(2);
        steps.addColumn(r -> getTranslation("admin.stepState." + (r.record() == null ? "WAITING" : r.record().state().name())))
                .setKey("state").setHeader(getTranslation("admin.step.state")).setAutoWidth(true).setFlexGrow(0);
        steps.addColumn(r -> r.record() == null ? "" : String.valueOf(r.record().attempts())).setKey("attempts")
                .setHeader(getTranslation("admin.step.attempts")).setWidth("5em").setFlexGrow(0);
        steps.addColumn(r -> r.record() == null ? "" : Formats.dateTime(r.record().updatedAt())).setKey("time")
                .setHeader(getTranslation("admin.step.time")).setWidth("10em").setFlexGrow(0);
        steps.addColumn(r -> r.record() == null || r.record().error() == null ? "" : r.record().error()).setKey("error")
                .setHeader(getTranslation("admin.step.error")).setFlexGrow(3);
        steps.setAllRowsVisible(true);
        result.setId("onboarding-result");
        result.addClassNames(LumoUtility.Margin.Vertical.SMALL);
        add(form, new H3(getTranslation("admin.step.heading")), result, steps);
        showProgress(pending == null ? null : pending.code());

        start.setText(getTranslation(pending == null ? "admin.onboard.start" : "admin.onboard.continue"));
        start.setId("onboard-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> run());
        Button close = new Button(getTranslation("admin.close"), e -> close());
        close.setId("onboard-close");
        getFooter().add(close, start);
        addDetachListener(e -> stopPolling());
    }

    private TextField field(String id, String label) {
        TextField field = new TextField(getTranslation(label));
        field.setId(id);
        return field;
    }

    private void run() {
        OnboardingForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        String password = oneTimePassword();
        ProvisioningClient.Onboarding request = new ProvisioningClient.Onboarding(form.code(), form.nameZh().strip(),
                blankToNull(form.nameEn()), blankToNull(form.shortName()), form.level(), form.parent().code(),
                blankToNull(form.divisionCode()), blankToNull(form.adminUsername()), blankToNull(form.adminEmail()),
                password, true);
        String admin = request.adminUsername() == null ? form.code() + "-admin" : request.adminUsername();
        String token = ProvisioningClient.currentToken();
        SecurityContext security = SecurityContextHolder.getContext();
        UI ui = UI.getCurrent();
        start.setEnabled(false);
        result.removeAll();
        result.setText(getTranslation("admin.onboard.running"));
        result.setClassName(LumoUtility.TextColor.SECONDARY);
        stopPolling();
        answered = false;
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> {
            showProgress(form.code());
            if (answered) {
                stopPolling();
            }
        });
        Thread.ofVirtual().name("onboarding-" + form.code()).start(() -> {
            ProvisioningClient.Refused refused = null;
            try {
                provisioning.onboard(request, token);
            } catch (ProvisioningClient.Refused r) {
                refused = r;
            }
            ProvisioningClient.Refused outcome = refused;
            // The request's user acts here as on the poll: the log and the tree are the platform admin's to read.
            Runnable done = new DelegatingSecurityContextRunnable(() -> finished(form, admin, password, outcome), security);
            ui.access(done::run);
        });
    }

    /** Runs outside a request: without push, what it changes reaches the browser with the next poll. */
    private void finished(OnboardingForm form, String admin, String password, ProvisioningClient.Refused refused) {
        answered = true;
        showProgress(form.code());
        start.setEnabled(true);
        result.removeAll();
        if (refused == null) {
            result.setClassName(LumoUtility.TextColor.SUCCESS);
            Div done = new Div(getTranslation("admin.onboard.done", form.nameZh()));
            Div credentials = new Div(getTranslation("admin.onboard.credentials", admin));
            Div secret = new Div(password);
            secret.setId("onboard-password");
            secret.addClassNames(LumoUtility.FontWeight.BOLD, LumoUtility.FontSize.LARGE);
            result.add(done, credentials, secret);
            start.setVisible(false);
        } else {
            result.setClassName(LumoUtility.TextColor.ERROR);
            result.setText(refused.status() == 0 ? getTranslation("admin.onboard.unreachable")
                    : getTranslation("admin.onboard.refused", refused.status(), blank(refused.title()),
                    blank(refused.detail())));
            start.setText(getTranslation("admin.onboard.continue"));
        }
        afterwards.run();
    }

    private void showProgress(String code) {
        Map<OnboardingStep, OnboardingLog.StepRecord> recorded = code == null ? Map.of() : administration.progress(code);
        steps.setItems(Arrays.stream(OnboardingStep.values()).map(s -> new StepRow(s, recorded.get(s))).toList());
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    /**
     * A one-time password the first admin changes at the first login (Keycloak's required action): 16 characters
     * with an upper-case letter, a lower-case letter and a digit, as provisioning's password policy asks.
     */
    private static String oneTimePassword() {
        char[] chars;
        do {
            chars = new char[16];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = PASSWORD_CHARS[RANDOM.nextInt(PASSWORD_CHARS.length)];
            }
        } while (!mixed(new String(chars)));
        return new String(chars);
    }

    private static boolean mixed(String password) {
        return password.chars().anyMatch(Character::isUpperCase) && password.chars().anyMatch(Character::isLowerCase)
                && password.chars().anyMatch(Character::isDigit);
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
