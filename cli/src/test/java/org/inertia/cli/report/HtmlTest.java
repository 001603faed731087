package org.inertia.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** SVG made fit to sit inside a page (issue 7). */
class HtmlTest {

    @Test
    void inlineSvgLosesItsPrologAndSizeAndItsIdsArePrefixed() {
        String svg =
                """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
                <svg height="700px" version="1.1" viewBox="0 0 1200 700" width="1200px" xmlns="http://www.w3.org/2000/svg">
                <defs><clipPath id="clip1"><rect/></clipPath></defs><g clip-path="url(#clip1)"/><use href="#clip1"/></svg>
                """;

        String inline = Html.inlineSvg(svg.getBytes(StandardCharsets.UTF_8), "chart2-");

        assertThat(inline)
                .startsWith("<svg role=\"img\" version=\"1.1\" viewBox=\"0 0 1200 700\" xmlns=")
                .contains("id=\"chart2-clip1\"", "url(#chart2-clip1)", "href=\"#chart2-clip1\"")
                .doesNotContain("<?xml", "DOCTYPE", "width=", "height=\"700px\"");
    }

    @Test
    void aPrefixThatIsNotASimpleNameIsRefused() {
        assertThatThrownBy(() -> Html.inlineSvg("<svg/>".getBytes(StandardCharsets.UTF_8), "a\"b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Html.inlineSvg("<html/>".getBytes(StandardCharsets.UTF_8), "a"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
