package cn.govit.app.admin.ui;

/** What the administrator may change of an archive's defaults when importing it; blank keeps them. */
public record ImportForm(String code, String databaseUrl) {
}
