package cn.jiedaoflow.web;

import java.util.List;

/**
 * Pages whose language the visitor chooses ({@code ?lang=}, kept in a cookie) rather than their browser's
 * {@code Accept-Language}, which everything else follows ({@link Languages}). A part with such pages (the resident
 * portal) declares them as a bean.
 *
 * @param patterns their paths, as Ant patterns ({@code /inbox}, {@code /portal/**})
 */
public record LanguagePages(List<String> patterns) {

    public LanguagePages {
        patterns = List.copyOf(patterns);
    }
}
