package cn.govit.core.inventory;

/**
 * One wrong cell of an imported workbook: the sheet, the row as Excel numbers it, the column's header, the message,
 * and all of it as one line a user reads ({@code 第 5 行「运行位置」：…}).
 */
public record ImportError(String sheet, int row, String column, String message, String text) {
}
