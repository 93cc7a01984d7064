package cn.govit.core.inventory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.govit.core.shared.Texts;
import cn.govit.core.web.ApiProblem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpStatus;

/**
 * 信息系统台账模板 — the inventory as the published workbook: sheet 信息系统台账 (one row per system with its migration
 * plan) and sheet 信息资源目录 (one row per catalogue entry, under its system's name and owner unit). The template is the
 * same workbook without rows; export writes it streamed (SXSSF); import reads it back cell by cell, so export → import
 * changes nothing. Choices are their Chinese labels, dates {@code 2025-06-30}, yes/no 是/否.
 */
final class InventoryWorkbook {

    static final String SYSTEMS = "信息系统台账";
    static final String RESOURCES = "信息资源目录";
    static final String[] SYSTEM_HEADERS = {"系统名称", "建设（业主）单位", "运行位置", "区县政务云名称", "网络", "投入使用日期",
            "数据共享开放接口", "最近归集日期", "除外情形", "除外理由", "批准人", "迁移方式", "迁移目标", "计划完成日期", "迁移状态"};
    static final String[] RESOURCE_HEADERS = {"系统名称", "建设（业主）单位", "资源名称", "更新频度", "是否共享"};

    /** The form's fields by column of the systems sheet (the messages of a check name the field). */
    private static final List<String> SYSTEM_FIELDS = List.of("name", "ownerUnit", "location", "districtCloud", "network",
            "commissionedOn", "sharingInterface", "lastCollectedOn", "exemption", "exemptionReason", "exemptionApprover",
            "plan.method", "plan.target", "plan.plannedOn", "plan.status");
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final String YES = "是";
    private static final String NO = "否";
    /** Rows of the template and the export that offer the choices as a list. */
    private static final int CHOICE_ROWS = 2000;

    private InventoryWorkbook() {
    }

    static byte[] write(List<SystemView> systems) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Styles styles = new Styles(workbook);
            Sheet sheet = sheet(workbook, SYSTEMS, SYSTEM_HEADERS, styles);
            choices(sheet, 2, SystemLocation.values(), SystemLocation::label);
            choices(sheet, 4, Network.values(), Network::label);
            choices(sheet, 6, new String[] {YES, NO});
            choices(sheet, 8, Exemption.values(), Exemption::label);
            choices(sheet, 11, MigrationMethod.values(), MigrationMethod::label);
            choices(sheet, 12, MigrationTarget.values(), MigrationTarget::label);
            choices(sheet, 14, MigrationStatus.values(), MigrationStatus::label);
            Sheet resources = sheet(workbook, RESOURCES, RESOURCE_HEADERS, styles);
            choices(resources, 3, UpdateFrequency.values(), UpdateFrequency::label);
            choices(resources, 4, new String[] {YES, NO});
            int r = 1;
            int e = 1;
            for (SystemView s : systems) {
                MigrationPlan p = s.plan();
                Row row = sheet.createRow(r++);
                Object[] values = {s.name(), s.ownerUnit(), s.location().label(ZH), s.districtCloud(),
                        s.network().label(ZH), s.commissionedOn(), s.sharingInterface() ? YES : NO, s.lastCollectedOn(),
                        s.exemption() == null ? null : s.exemption().label(ZH), s.exemptionReason(),
                        s.exemptionApprover(), p == null ? null : p.method().label(ZH),
                        p == null ? null : p.target().label(ZH), p == null ? null : p.plannedOn(),
                        p == null ? null : p.status().label(ZH)};
                cells(row, values, styles);
                for (ResourceEntry entry : s.resources()) {
                    cells(resources.createRow(e++), new Object[] {s.name(), s.ownerUnit(), entry.name(),
                            entry.frequency().label(ZH), entry.shared() ? YES : NO}, styles);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A system of the workbook: its Excel row, the form, and the Excel rows of its catalogue entries in order. */
    record Entry(int row, SystemForm form, List<Integer> resourceRows) {
    }

    /** The systems read and every cell that could not be read. */
    record Parsed(List<Entry> entries, List<ImportError> errors) {
    }

    static Parsed read(byte[] bytes, Locale locale) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Reader reader = new Reader(locale);
            Sheet systems = workbook.getSheet(SYSTEMS);
            Sheet resources = workbook.getSheet(RESOURCES);
            if (systems == null || resources == null || !reader.headers(systems, SYSTEM_HEADERS)
                    || !reader.headers(resources, RESOURCE_HEADERS)) {
                throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "inventory.import.template", "R15", "file",
                        SYSTEMS, RESOURCES);
            }
            return reader.read(systems, resources);
        } catch (IOException | RuntimeException notAWorkbook) {
            if (notAWorkbook instanceof ApiProblem problem) {
                throw problem;
            }
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "inventory.import.notWorkbook", "R15", "file");
        }
    }

    /** A check's message on the cell of its field. */
    static ImportError error(Entry entry, Violation v, Locale locale) {
        String message = Texts.get(locale, v.key(), v.args());
        if (v.field().startsWith("resources[")) {
            int index = Integer.parseInt(v.field().substring(10, v.field().indexOf(']')));
            String column = v.field().endsWith(".frequency") ? RESOURCE_HEADERS[3] : RESOURCE_HEADERS[2];
            return error(RESOURCES, entry.resourceRows().get(index), column, message, locale);
        }
        int column = Math.max(0, SYSTEM_FIELDS.indexOf(v.field().equals("plan") ? "plan.method" : v.field()));
        return error(SYSTEMS, entry.row(), SYSTEM_HEADERS[column], message, locale);
    }

    static ImportError error(String sheet, int row, String column, String message, Locale locale) {
        String cell = Texts.get(locale, "inventory.import.cell", row, column, message);
        return new ImportError(sheet, row, column, message,
                sheet.equals(SYSTEMS) ? cell : Texts.get(locale, "inventory.import.onSheet", sheet, cell));
    }

    private static Sheet sheet(SXSSFWorkbook workbook, String name, String[] headers, Styles styles) {
        Sheet sheet = workbook.createSheet(name);
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            head.createCell(c).setCellValue(headers[c]);
            head.getCell(c).setCellStyle(styles.header);
            sheet.setColumnWidth(c, (headers[c].length() * 2 + 6) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static <E extends Enum<E>> void choices(Sheet sheet, int column, E[] values,
                                                    java.util.function.BiFunction<E, Locale, String> label) {
        choices(sheet, column, Arrays.stream(values).map(v -> label.apply(v, ZH)).toArray(String[]::new));
    }

    private static void choices(Sheet sheet, int column, String[] labels) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(labels),
                new CellRangeAddressList(1, CHOICE_ROWS, column, column)));
    }

    private static void cells(Row row, Object[] values, Styles styles) {
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            switch (values[c]) {
                case null -> cell.setBlank();
                case LocalDate date -> {
                    cell.setCellValue(date);
                    cell.setCellStyle(styles.date);
                }
                default -> cell.setCellValue(values[c].toString());
            }
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle date;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }
    }

    /** Reads the cells of both sheets, noting each that cannot be read. */
    private static final class Reader {

        private final Locale locale;
        private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
        private final List<ImportError> errors = new ArrayList<>();

        Reader(Locale locale) {
            this.locale = locale;
        }

        boolean headers(Sheet sheet, String[] headers) {
            Row head = sheet.getRow(0);
            if (head == null) {
                return false;
            }
            for (int c = 0; c < headers.length; c++) {
                if (!headers[c].equals(formatter.formatCellValue(head.getCell(c)).strip())) {
                    return false;
                }
            }
            return true;
        }

        Parsed read(Sheet systems, Sheet resourceSheet) {
            Map<String, List<ResourceEntry>> resources = new LinkedHashMap<>();
            Map<String, List<Integer>> resourceRows = new LinkedHashMap<>();
            for (int r = 1; r <= resourceSheet.getLastRowNum(); r++) {
                Row row = resourceSheet.getRow(r);
                if (blank(row, RESOURCE_HEADERS.length)) {
                    continue;
                }
                Cells cells = new Cells(RESOURCES, row, RESOURCE_HEADERS);
                String key = key(cells.text(0), cells.text(1));
                resources.computeIfAbsent(key, k -> new ArrayList<>()).add(new ResourceEntry(cells.text(2),
                        cells.choice(3, UpdateFrequency.values(), UpdateFrequency::label), cells.yesNo(4)));
                resourceRows.computeIfAbsent(key, k -> new ArrayList<>()).add(r + 1);
            }
            List<Entry> entries = new ArrayList<>();
            for (int r = 1; r <= systems.getLastRowNum(); r++) {
                Row row = systems.getRow(r);
                if (blank(row, SYSTEM_HEADERS.length)) {
                    continue;
                }
                Cells c = new Cells(SYSTEMS, row, SYSTEM_HEADERS);
                String key = key(c.text(0), c.text(1));
                MigrationMethod method = c.choice(11, MigrationMethod.values(), MigrationMethod::label);
                MigrationTarget target = c.choice(12, MigrationTarget.values(), MigrationTarget::label);
                LocalDate plannedOn = c.date(13);
                MigrationStatus status = c.choice(14, MigrationStatus.values(), MigrationStatus::label);
                boolean planned = method != null || target != null || plannedOn != null || status != null;
                SystemForm form = new SystemForm(null, c.text(0), c.text(1),
                        c.choice(2, SystemLocation.values(), SystemLocation::label), c.text(3),
                        c.choice(4, Network.values(), Network::label), c.date(5), c.yesNo(6), c.date(7),
                        c.choice(8, Exemption.values(), Exemption::label), c.text(9), c.text(10),
                        resources.getOrDefault(key, List.of()),
                        planned ? new MigrationPlan(method, target, plannedOn, status) : null);
                entries.add(new Entry(r + 1, form, resourceRows.getOrDefault(key, List.of())));
                resourceRows.remove(key);
            }
            resourceRows.forEach((key, rows) -> rows.forEach(row -> errors.add(error(RESOURCES, row,
                    RESOURCE_HEADERS[0], Texts.get(locale, "inventory.import.unknownSystem", SYSTEMS), locale))));
            return new Parsed(entries, List.copyOf(errors));
        }

        private boolean blank(Row row, int columns) {
            if (row == null) {
                return true;
            }
            for (int c = 0; c < columns; c++) {
                if (!formatter.formatCellValue(row.getCell(c)).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /** The cells of one row, each read as text, a choice, a date or yes/no. */
        private final class Cells {
            private final String sheet;
            private final Row row;
            private final String[] headers;

            Cells(String sheet, Row row, String[] headers) {
                this.sheet = sheet;
                this.row = row;
                this.headers = headers;
            }

            String text(int c) {
                String value = formatter.formatCellValue(row.getCell(c)).strip();
                return value.isEmpty() ? null : value;
            }

            <E extends Enum<E>> E choice(int c, E[] values, java.util.function.BiFunction<E, Locale, String> label) {
                String value = text(c);
                if (value == null) {
                    return null;
                }
                Map<String, E> byLabel = Arrays.stream(values)
                        .collect(Collectors.toMap(v -> label.apply(v, ZH), Function.identity(), (a, b) -> a,
                                LinkedHashMap::new));
                E found = byLabel.get(value);
                if (found == null) {
                    fail(c, "inventory.import.badChoice", String.join("、", byLabel.keySet()));
                }
                return found;
            }

            boolean yesNo(int c) {
                String value = text(c);
                if (value != null && !value.equals(YES) && !value.equals(NO)) {
                    fail(c, "inventory.import.badYesNo");
                }
                return YES.equals(value);
            }

            LocalDate date(int c) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toLocalDate();
                }
                String value = text(c);
                if (value == null) {
                    return null;
                }
                try {
                    return LocalDate.parse(value.replace('/', '-'), DateTimeFormatter.ofPattern("yyyy-M-d"));
                } catch (DateTimeParseException e) {
                    fail(c, "inventory.import.badDate");
                    return null;
                }
            }

            private void fail(int c, String key, Object... args) {
                errors.add(error(sheet, row.getRowNum() + 1, headers[c], Texts.get(locale, key, args), locale));
            }
        }
    }

    static String key(String name, String ownerUnit) {
        return (ownerUnit == null ? "" : ownerUnit) + "\u0000" + (name == null ? "" : name);
    }
}
