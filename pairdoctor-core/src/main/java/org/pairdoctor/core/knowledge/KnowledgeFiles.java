package org.pairdoctor.core.knowledge;

import java.util.List;

/** Everything read from a knowledge directory, before cross-file checks: records with their origins. */
record KnowledgeFiles(List<YamlDocument> documents, List<Located<Source>> sources, List<Located<Device>> devices,
                      List<Located<Host>> hosts, List<Located<Problem>> problems,
                      List<Located<Behaviour>> behaviours, List<Located<FaqEntry>> faq) {
}
