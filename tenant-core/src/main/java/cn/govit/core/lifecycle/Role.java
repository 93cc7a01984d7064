package cn.govit.core.lifecycle;

/** The realm roles that take lifecycle steps (DOMAIN.md, "Who uses it"). */
final class Role {

    /** 项目建设（业主）单位 */
    static final String OWNER = "owner-officer";
    /** 项目行政主管单位 */
    static final String DEPARTMENT = "department-officer";
    /** 大数据局 */
    static final String BUREAU = "bureau-officer";
    /** 行政审批局 */
    static final String APPROVAL = "approval-officer";

    private Role() {
    }
}
