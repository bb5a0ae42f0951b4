package org.pairdoctor.core.knowledge;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What the page footer says about phone and computer instructions stays true: each host procedure
 * cites a documentation source, or is labelled the authors' description with at most medium confidence.
 */
class HostProcedureSourcesTest {
    static final String AUTHORS = "authors-description";
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        try {
            kb = KnowledgeBase.load(ShippedKnowledge.directory());
        } catch (KnowledgeException e) {
            fail("the shipped knowledge base is invalid:\n" + e.getMessage());
        }
    }

    @Test
    void hostProceduresAreSourcedOrLabelledTheAuthorsDescription() {
        List<String> wrong = new ArrayList<>();
        for (Host h : kb.hosts()) {
            for (Map.Entry<String, Procedure> e : h.ownProcedures().entrySet()) {
                Procedure p = e.getValue();
                String where = h.id() + "/" + e.getKey();
                if (p.sources().contains("author-estimate")) {
                    wrong.add(where + ": cites the authors' estimate (meant for numbers); use " + AUTHORS);
                }
                if (p.sources().equals(List.of(AUTHORS)) && "high".equals(p.confidence())) {
                    wrong.add(where + ": the authors' description alone cannot have confidence high");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theAuthorsDescriptionSaysItWasNotCheckedOnADevice() {
        assertThat(kb.sources()).containsKey(AUTHORS);
        assertThat(kb.sources().get(AUTHORS).title()).contains("not checked on a device");
    }
}
