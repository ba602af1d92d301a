package io.gli.cli;

import io.gli.io.GraphFormat;
import picocli.CommandLine;

/** Reads {@code --from}/{@code --to} values: a format's name ({@code csv, graphml, gli, ...}). */
final class FormatConverter implements CommandLine.ITypeConverter<GraphFormat> {
    @Override
    public GraphFormat convert(String value) {
        try {
            return GraphFormat.byName(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
