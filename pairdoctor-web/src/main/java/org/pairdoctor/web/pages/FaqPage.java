package org.pairdoctor.web.pages;

import org.pairdoctor.web.content.FaqEntry;

import java.util.List;

/** Frequently asked questions. */
public record FaqPage(List<FaqEntry> entries) {
}
