package cn.govit.app.base.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The standard inputs whose own words and formats are English unless told otherwise — the upload widget
 * ("Upload Files… / Drop files here") and the date picker — in the UI's language, dates as 2026-12-02.
 */
public final class Localized {

    private Localized() {
    }

    private static boolean english(com.vaadin.flow.component.Component c) {
        UI ui = c.getUI().orElseGet(UI::getCurrent);
        return ui != null && "en".equals(ui.getLocale().getLanguage());
    }

    /** Month and weekday names from the JDK in the UI's language; the buttons from the bundles; yyyy-MM-dd. */
    public static DatePicker datePicker(DatePicker picker) {
        Locale locale = english(picker) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        picker.setLocale(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, locale)).toList());
        List<DayOfWeek> week = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(week.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("datePicker.today"));
        i18n.setCancel(picker.getTranslation("datePicker.cancel"));
        i18n.setDateFormat("yyyy-MM-dd");
        picker.setI18n(i18n);
        return picker;
    }

    /** Every word the upload widget shows, from the bundles. */
    public static Upload upload(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(upload, "upload.addFiles.one"))
                .setMany(t(upload, "upload.addFiles.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, "upload.dropFiles.one"))
                .setMany(t(upload, "upload.dropFiles.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t(upload, "upload.error.tooManyFiles"))
                .setFileIsTooBig(t(upload, "upload.error.fileIsTooBig"))
                .setIncorrectFileType(t(upload, "upload.error.incorrectFileType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(upload, "upload.status.connecting"))
                        .setStalled(t(upload, "upload.status.stalled"))
                        .setProcessing(t(upload, "upload.status.processing"))
                        .setHeld(t(upload, "upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(upload, "upload.remaining.prefix"))
                        .setUnknown(t(upload, "upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t(upload, "upload.error.serverUnavailable"))
                        .setUnexpectedServerError(t(upload, "upload.error.unexpectedServerError"))
                        .setForbidden(t(upload, "upload.error.forbidden"))
                        .setFileTooLarge(t(upload, "upload.error.fileIsTooBig"))));
        i18n.setFile(new UploadI18N.File().setRetry(t(upload, "upload.file.retry"))
                .setStart(t(upload, "upload.file.start")).setRemove(t(upload, "upload.file.remove")));
        i18n.setUnits(List.of("B", "KB", "MB", "GB", "TB"));
        upload.setI18n(i18n);
        return upload;
    }

    private static String t(com.vaadin.flow.component.Component c, String key) {
        return c.getTranslation(key);
    }
}
