package org.policylod.extract.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policylod.extract.model.EntityKind;

/**
 * The bodies of the EU corporate-body table as recognition sees them: their labels and the short
 * forms of entities.ttl in the lexicon, each standing for its curated entity when the reference data
 * links one (plo:authority), else for the organisation minted from its code; and the kind and the
 * curated parent the rules give the minted ones.
 */
final class AuthorityBodies {
    private final Authority authority;
    private final EntityRules rules;
    /** Curated entity (default base) by the authority entry it links to. */
    private final Map<String, String> curated;

    AuthorityBodies(Authority authority, EntityRules rules, Map<String, String> curated) {
        this.authority = authority;
        this.rules = rules;
        this.curated = curated;
    }

    private Lexicon.Entry entry(String body) {
        return new Lexicon.Entry(curated.getOrDefault(body, authority.minted(body)), EntityKind.ORGANISATION,
                curated.containsKey(body));
    }

    /** Every usable label, then the short forms no entry has as its own label. */
    void addTo(Lexicon lexicon) {
        authority.bodies.forEach((body, labels) -> labels.stream().filter(authority::usable)
                .forEach(label -> lexicon.add(label, entry(body))));
        authority.bodies.forEach((body, labels) -> labels.stream().flatMap(l -> rules.shortForms(l).stream())
                .filter(authority::usable).forEach(form -> lexicon.addIfAbsent(form, entry(body))));
    }

    EntityRules.Kind kind(String body) {
        return rules.kind(body, authority.ancestors(body), authority.bodies.getOrDefault(body, List.of()));
    }

    String curatedParent(String body) {
        return authority.ancestors(body).stream().map(curated::get).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
