package cn.govit.app.library.ui;

import java.util.function.Predicate;

import cn.govit.core.library.LibraryService;
import cn.govit.core.security.Actor;

/** Who sees the libraries in the menu: the bureau, the finance bureau and the NDRC (Art. 4, 9). */
public final class LibraryReaders implements Predicate<Actor> {

    @Override
    public boolean test(Actor actor) {
        return LibraryService.readableBy(actor);
    }
}
