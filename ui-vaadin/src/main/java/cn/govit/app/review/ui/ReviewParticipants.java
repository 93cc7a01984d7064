package cn.govit.app.review.ui;

import java.util.function.Predicate;

import cn.govit.core.security.Actor;
import cn.govit.core.security.Role;

/** Who sees the review meetings in the menu: the bureau that holds them and the experts who sit on them (Art. 10). */
public final class ReviewParticipants implements Predicate<Actor> {

    @Override
    public boolean test(Actor actor) {
        return actor.has(Role.BUREAU_OFFICER) || actor.has(Role.EXPERT);
    }
}
