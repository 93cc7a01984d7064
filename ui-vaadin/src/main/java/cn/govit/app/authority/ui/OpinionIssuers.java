package cn.govit.app.authority.ui;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

import cn.govit.core.authority.OpinionKind;
import cn.govit.core.security.Actor;

/** Who records opinions: a holder of the issuing role of one of the authorities of Art. 4. */
public final class OpinionIssuers implements Predicate<Actor> {

    @Override
    public boolean test(Actor actor) {
        return !kindsOf(actor).isEmpty();
    }

    /** The opinions the actor's authorities issue, e.g. 保密审查意见 for the secrecy bureau (第八条第（十）项). */
    public static Set<OpinionKind> kindsOf(Actor actor) {
        Set<OpinionKind> kinds = EnumSet.noneOf(OpinionKind.class);
        Arrays.stream(OpinionKind.values()).filter(k -> actor.has(k.authority().issuer())).forEach(kinds::add);
        return kinds;
    }
}
