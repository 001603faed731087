package org.inertia.cli.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The report's templates (cli/src/main/jte), compiled to classes of this package when the command
 * line is built, so that nothing is compiled when it runs. Every value a template writes is
 * escaped by jte's HTML escaping, after {@link SafeHtmlOutput} has replaced the characters HTML
 * does not allow; the style sheets are resources beside this class.
 */
final class Templates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(
            null, ContentType.Html, Templates.class.getClassLoader(), Templates.class.getPackageName());

    private Templates() {}

    /**
     * {@return a template filled in with its one parameter, as HTML text}
     *
     * @param template the template's file name, such as {@code report.jte}
     * @param model the template's parameter
     */
    static String render(String template, Object model) {
        StringOutput out = new StringOutput(1 << 20);
        ENGINE.render(template, model, new SafeHtmlOutput(out));
        return out.toString();
    }

    /**
     * {@return a style sheet shipped beside this class}
     *
     * @param name its file name, such as {@code report.css}
     */
    static String style(String name) {
        try (InputStream in = Templates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("style sheet not in the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
