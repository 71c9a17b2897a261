package io.redspec.options;

import io.redspec.server.TargetForm;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --target} of any redspec command: its form is checked while the options are parsed. */
public final class TargetConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        try {
            return TargetForm.check(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
