package cn.govit.app.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * An amount typed the way officials write it — in 万元, with thousands separators ("3,860.50") — whose
 * value is the 元 the platform keeps (scale 2). Six decimals of 万元 reach the fen; finer input, letters or
 * misplaced separators leave the field invalid with the reason, never a silent zero or an empty value.
 */
public class WanYuanField extends CustomField<BigDecimal> {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");
    /** Digits with separators every three places, or none; an optional decimal part. */
    private static final Pattern TYPED = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    private final TextField input = new TextField();
    private String unreadable;

    public WanYuanField(String label) {
        setLabel(label);
        Span unit = new Span(getTranslation("money.wanYuan"));
        input.setSuffixComponent(unit);
        input.setAllowedCharPattern("[0-9.,，]");
        input.setWidthFull();
        input.setValueChangeMode(ValueChangeMode.LAZY);
        // Leaving the field (e.g. for the wizard's next step, which detaches it) sends the value at once.
        input.getElement().addPropertyChangeListener("value", "change", e -> { });
        input.addValueChangeListener(e -> updateValue());
        add(input);
        setWidthFull();
    }

    /** The reason the typed text is not an amount, or null when it is one (or empty). */
    public String unreadable() {
        return unreadable;
    }

    @Override
    protected BigDecimal generateModelValue() {
        String typed = input.getValue().strip().replace('，', ',');
        unreadable = null;
        if (typed.isEmpty()) {
            return null;
        }
        if (!TYPED.matcher(typed).matches()) {
            unreadable = getTranslation("money.wanYuan.format");
        } else {
            BigDecimal yuan = new BigDecimal(typed.replace(",", "")).multiply(TEN_THOUSAND);
            if (yuan.stripTrailingZeros().scale() <= 2) {
                setInvalid(false);
                return yuan.setScale(2, RoundingMode.UNNECESSARY);
            }
            unreadable = getTranslation("money.wanYuan.fen");
        }
        setErrorMessage(unreadable);
        setInvalid(true);
        return null;
    }

    @Override
    protected void setPresentationValue(BigDecimal yuan) {
        unreadable = null;
        input.setValue(yuan == null ? "" : typed(yuan));
    }

    /** 元 as an officer would type it in 万元: 2,860,000 元 → "286.00", 1,234.56 元 → "0.123456". */
    static String typed(BigDecimal yuan) {
        DecimalFormat format = new DecimalFormat("#,##0.00####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(yuan.divide(TEN_THOUSAND, 6, RoundingMode.UNNECESSARY));
    }
}
