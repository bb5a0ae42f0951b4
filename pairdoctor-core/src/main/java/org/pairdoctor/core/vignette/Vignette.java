package org.pairdoctor.core.vignette;

import java.util.List;

/**
 * One vignettes file: the cases of one problem.
 *
 * @param problem the problem id
 * @param path    the file as shown in messages
 * @param cases   in file order
 */
public record Vignette(String problem, String path, List<VignetteCase> cases) {
    public Vignette {
        cases = List.copyOf(cases);
    }
}
