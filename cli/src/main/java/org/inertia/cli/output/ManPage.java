package org.inertia.cli.output;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command's manual page in roff ({@code man(7)} macros), written from the same picocli model as
 * its {@code --help}, so the two never disagree: NAME, SYNOPSIS, DESCRIPTION, ARGUMENTS, OPTIONS,
 * EXIT STATUS and SEE ALSO. Read with {@code man -l FILE}.
 */
public final class ManPage {

    private ManPage() {}

    /**
     * {@return the page of a command}
     *
     * @param spec the command (the root command or a subcommand)
     * @param version the version named in the page's footer
     */
    public static String of(CommandSpec spec, String version) {
        String name = spec.qualifiedName(" ");
        String file = spec.qualifiedName("-");
        StringBuilder sb = new StringBuilder();
        sb.append(".TH ")
                .append(quote(file.toUpperCase(Locale.ROOT)))
                .append(" 1 ")
                .append(quote(LocalDate.of(2026, 11, 29).toString()))
                .append(' ')
                .append(quote("Inertia " + version))
                .append(' ')
                .append(quote("Inertia manual"))
                .append('\n');
        String[] description = spec.usageMessage().description();
        sb.append(".SH NAME\n")
                .append(escape(file))
                .append(" \\- ")
                .append(escape(firstSentence(description.length == 0 ? "" : description[0])))
                .append('\n');
        sb.append(".SH SYNOPSIS\n.nf\n")
                .append(escape(
                        new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                                .synopsis(0)
                                .stripTrailing()))
                .append("\n.fi\n");
        if (description.length > 0) {
            sb.append(".SH DESCRIPTION\n");
            for (String paragraph : description) {
                sb.append(".PP\n").append(escape(text(paragraph))).append('\n');
            }
        }
        List<PositionalParamSpec> positionals = spec.positionalParameters();
        if (!positionals.isEmpty()) {
            sb.append(".SH ARGUMENTS\n");
            for (PositionalParamSpec p : positionals) {
                sb.append(".TP\n.I ").append(escape(p.paramLabel())).append('\n');
                sb.append(escape(text(String.join(" ", p.description())))).append('\n');
            }
        }
        sb.append(".SH OPTIONS\n");
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            sb.append(".TP\n.B ").append(escape(String.join(", ", o.names())));
            if (o.arity().max() > 0) {
                sb.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
            }
            sb.append('\n')
                    .append(escape(text(String.join(" ", o.description()))))
                    .append('\n');
        }
        sb.append(".SH EXIT STATUS\n")
                .append(".TP\n.B 0\nsuccess\n")
                .append(".TP\n.B 2\nbad input or usage: one line per problem naming the file, line, field and a hint;"
                        + " nothing is written\n")
                .append(".TP\n.B 1\ninternal error (rerun with \\-\\-debug for the trace)\n");
        sb.append(".SH SEE ALSO\n");
        if (spec.parent() == null) {
            List<String> subs = spec.subcommands().keySet().stream()
                    .filter(k -> !k.equals("help") && !k.equals("man"))
                    .map(k -> "\\fB" + escape(file + "-" + k) + "\\fR(1)")
                    .toList();
            sb.append(String.join(", ", subs)).append('\n');
        } else {
            sb.append("\\fBinertia\\fR(1); the README and docs/ of the project\n");
        }
        return sb.toString();
    }

    /** Text as --help shows it: picocli's %n line breaks become spaces, its format escapes undone. */
    private static String text(String s) {
        return s.replace("%n", " ").replace("%%", "%");
    }

    private static String firstSentence(String s) {
        String t = text(s);
        int end = t.indexOf(". ");
        return end < 0 ? t.replaceAll("[.:]$", "") : t.substring(0, end);
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "") + '"';
    }

    /** Escapes roff: backslashes, hyphens (as minus signs, so options copy right) and line-leading dots. */
    static String escape(String s) {
        String e = s.replace("\\", "\\e").replace("-", "\\-");
        StringBuilder sb = new StringBuilder();
        for (String line : e.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line);
        }
        return sb.toString();
    }
}
