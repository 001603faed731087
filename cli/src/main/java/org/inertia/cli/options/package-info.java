/**
 * Options shared by several commands, as picocli mixins ({@link
 * org.inertia.cli.options.OutputOptions}, {@link org.inertia.cli.options.MeasureOptions}), and
 * the converters that turn option values into library types.
 */
package org.inertia.cli.options;
