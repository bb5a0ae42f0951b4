package org.pairdoctor.core.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a problem's printable guide ({@code guide:}), which a person follows top to bottom: the
 * sections come in the order of use (pair, not listed, still fails, last resort), each at most once;
 * every step is an action of the problem, listed once; and a destructive action stands only under
 * last resort, so that following the guide never erases anything before everything else was tried.
 */
final class GuideCheck {
    private GuideCheck() {
    }

    static List<KnowledgeError> check(Located<Problem> lp) {
        List<KnowledgeError> errors = new ArrayList<>();
        Problem p = lp.value();
        Set<String> actions = new TreeSet<>();
        p.actions().forEach(a -> actions.add(a.id()));
        Set<String> seen = new HashSet<>();
        Problem.GuideSection.Kind previous = null;
        for (int i = 0; i < p.guide().size(); i++) {
            Problem.GuideSection s = p.guide().get(i);
            String at = "/guide/" + i;
            if (previous != null && s.kind().compareTo(previous) <= 0) {
                errors.add(lp.error(at + "/section", "guide section '" + s.kind().id() + "' comes after '"
                        + previous.id() + "': give each section once, in the order pair, not-listed, still-fails, "
                        + "last-resort"));
            }
            previous = s.kind();
            for (int k = 0; k < s.steps().size(); k++) {
                String step = s.steps().get(k);
                String here = at + "/steps/" + k;
                if (!actions.contains(step)) {
                    String near = Spelling.closest(step, actions);
                    errors.add(lp.error(here, "the guide names '" + step + "', which is not an action of problem '"
                            + p.id() + "'" + (near == null ? "" : "; did you mean '" + near + "'?")));
                } else if (!seen.add(step)) {
                    errors.add(lp.error(here, "the guide names action '" + step + "' twice"));
                } else if (s.kind() != Problem.GuideSection.Kind.LAST_RESORT
                        && p.action(step).map(Problem.Action::destructive).orElse(false)) {
                    errors.add(lp.error(here, "action '" + step + "' erases something but stands under '"
                            + s.kind().id() + "': put it under last-resort, after everything that erases nothing"));
                }
            }
        }
        return errors;
    }
}
