package cn.govit.core.library;

/**
 * Where a project stands in the libraries: which one (储备库 or 实施库), its plan year in the rolling horizon
 * (Art. 9), and whether it stands there by 一事一议 (Art. 13).
 */
public record LibraryPlace(Library library, int planYear, boolean exceptional) {
}
