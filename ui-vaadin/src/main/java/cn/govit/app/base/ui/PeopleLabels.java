package cn.govit.app.base.ui;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.govit.core.security.People;
import cn.govit.core.security.Person;

/**
 * The people of one view as 姓名（单位）: looked up in one query for what the view is about to show
 * ({@link #prefetch}), then from memory for as long as the view lives.
 */
public final class PeopleLabels {

    private final People people;
    private final Locale locale;
    private final Map<String, Person> known = new HashMap<>();

    public PeopleLabels(People people, Locale locale) {
        this.people = people;
        this.locale = locale;
    }

    public void prefetch(Collection<String> usernames) {
        List<String> unknown = usernames.stream().filter(u -> u != null && !known.containsKey(u)).distinct().toList();
        if (!unknown.isEmpty()) {
            known.putAll(people.named(unknown));
        }
    }

    /** 姓名（单位）. */
    public String of(String username) {
        return username == null ? "" : person(username).label(locale);
    }

    /** The name alone, where the unit stands in a column of its own (its label is the cell's tooltip). */
    public String nameOf(String username) {
        return username == null ? "" : person(username).name();
    }

    private Person person(String username) {
        prefetch(List.of(username));
        return known.get(username);
    }
}
