package cn.govit.app.unit.ui;

/** What the unit dialog binds: the register's fields without the version the service guards with. */
public record UnitFields(String name, String creditCode, String competentDepartment, String contactPerson,
                         String contactPhone) {
}
