package cn.govit.app.library.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import cn.govit.app.base.ui.MainLayout;
import cn.govit.app.base.ui.MenuShownTo;
import cn.govit.core.library.Library;
import cn.govit.core.library.LibraryBoard;
import cn.govit.core.library.LibraryService;
import cn.govit.core.security.CurrentUser;
import cn.govit.core.shared.BusinessTime;
import cn.govit.core.tenancy.TenantContext;

/**
 * 项目库 — the tenant's reserve library (储备库, Art. 10) or implementation library (实施库, Art. 13) as a board by
 * the plan years of the rolling horizon (Art. 9), each year with its total in 万元, filtered by owner unit;
 * projects standing there by 一事一议 (Art. 13) are marked. The bureau runs the yearly adjustment here.
 */
@Route(value = "libraries", layout = MainLayout.class)
@Menu(order = 6, title = "library.heading", icon = "vaadin:archive")
@MenuShownTo(LibraryReaders.class)
public class LibraryView extends VerticalLayout implements HasDynamicTitle {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private final transient LibraryService libraries;
    private final Clock clock;
    private final RadioButtonGroup<Library> kind = new RadioButtonGroup<>();
    private final TextField ownerUnit = new TextField();
    private final Paragraph horizon = new Paragraph();
    private final Span total = new Span();
    private final VerticalLayout years = new VerticalLayout();

    public LibraryView(LibraryService libraries, Clock clock) {
        this.libraries = libraries;
        this.clock = clock;
        setSizeFull();
        add(new H2(getTranslation("library.heading")));
        if (TenantContext.current().isEmpty()) {
            add(new Paragraph(getTranslation("app.noTenant.explain")));
            return;
        }
        if (!LibraryService.readableBy(CurrentUser.actor())) {
            Paragraph forbidden = new Paragraph(getTranslation("library.forbidden"));
            forbidden.setId("library-forbidden");
            add(forbidden);
            return;
        }
        kind.setId("library-kind");
        kind.setItems(Library.values());
        kind.setItemLabelGenerator(l -> l.label(getLocale()));
        kind.setValue(Library.RESERVE);
        kind.addValueChangeListener(e -> refresh());
        ownerUnit.setId("library-ownerUnit");
        ownerUnit.setPlaceholder(getTranslation("library.filter.ownerUnit"));
        ownerUnit.setClearButtonVisible(true);
        ownerUnit.setValueChangeMode(ValueChangeMode.LAZY);
        ownerUnit.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(kind, ownerUnit);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (LibraryService.adjustableBy(CurrentUser.actor())) {
            Button adjust = new Button(getTranslation("library.adjust"), VaadinIcon.CALENDAR.create(),
                    e -> new AdjustmentDialog(libraries, today().getYear(), this::refresh).open());
            adjust.setId("library-adjust");
            bar.add(adjust);
        }
        horizon.setId("library-horizon");
        horizon.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        total.setId("library-total");
        years.setPadding(false);
        Paragraph note = new Paragraph(getTranslation("library.exceptional.note"));
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        add(bar, horizon, total, note, years);
        refresh();
    }

    private void refresh() {
        LibraryBoard board = libraries.board(kind.getValue(), ownerUnit.getValue());
        horizon.setText(board.lastAdjustedYear() == null
                ? getTranslation("library.horizon", year(board.firstYear()), year(board.lastYear()))
                : getTranslation("library.horizon.adjusted", year(board.firstYear()), year(board.lastYear()),
                year(board.lastAdjustedYear())));
        total.setText(getTranslation("library.total", kind.getValue().label(getLocale()), wan(board.total())));
        years.removeAll();
        for (LibraryBoard.YearColumn column : board.years()) {
            H3 heading = new H3(getTranslation("library.year.heading", year(column.year()), column.projects().size(),
                    wan(column.total())));
            heading.setId("library-year-heading-" + column.year());
            years.add(heading, grid("library-year-" + column.year(), column));
        }
        if (!board.outsideHorizon().isEmpty()) {
            years.add(new H3(getTranslation("library.outsideHorizon")),
                    grid("library-outside", new LibraryBoard.YearColumn(0, board.outsideHorizon(), BigDecimal.ZERO)));
        }
    }

    private Grid<LibraryBoard.Row> grid(String id, LibraryBoard.YearColumn column) {
        Grid<LibraryBoard.Row> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.priority() == null ? "" : String.valueOf(r.priority())).setKey("priority")
                .setHeader(getTranslation("library.column.priority")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> new Anchor("projects/" + r.projectId(), r.title())).setKey("title")
                .setHeader(getTranslation("project.title")).setFlexGrow(3);
        grid.addColumn(LibraryBoard.Row::ownerUnit).setKey("ownerUnit").setHeader(getTranslation("project.ownerUnit"))
                .setFlexGrow(2);
        grid.addColumn(r -> wan(r.totalInvestment())).setKey("investment")
                .setHeader(getTranslation("project.totalInvestment.wan")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.status().label(getLocale())).setKey("status").setHeader(getTranslation("library.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.exceptional() ? getTranslation("library.exceptional") : "").setKey("exceptional")
                .setHeader(getTranslation("library.column.basis")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(column.projects());
        grid.setEmptyStateText(getTranslation("library.year.empty"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A year as written, 2026, never 2,026. */
    static String year(int year) {
        return String.valueOf(year);
    }

    /** 元 → 万元 with two decimals, as a bureau's tables show it. */
    static String wan(BigDecimal yuan) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format((yuan == null ? BigDecimal.ZERO : yuan).divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.heading");
    }
}
