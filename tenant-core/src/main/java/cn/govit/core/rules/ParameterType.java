package cn.govit.core.rules;

/** The type of a rule parameter's value, which also says how it is written and checked. */
public enum ParameterType {
    /** 金额（元）, two decimals */
    MONEY,
    /** 整数 */
    INTEGER,
    /** 是/否 */
    FLAG,
    /** 月-日, e.g. {@code 12-20} */
    MONTH_DAY
}
