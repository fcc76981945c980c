package dev.benchmem.cli;

import dev.benchmem.analysis.compare.TableColumn;
import dev.benchmem.core.Metric;
import dev.benchmem.analysis.compare.GateRule;
import java.util.List;
import dev.benchmem.analysis.Stat;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters that keep the parser's own one-line message ("unknown metric 'x' (expected …)"). */
final class Converters {
    private Converters() {
    }

    /** Wraps a parser that throws {@code IllegalArgumentException} with the problem as its message. */
    abstract static class Parsing<T> implements ITypeConverter<T> {
        private final Function<String, T> parser;

        Parsing(Function<String, T> parser) {
            this.parser = parser;
        }

        @Override
        public T convert(String value) {
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --metric} of history: a metric key. */
    static final class MetricConverter extends Parsing<Metric> {
        MetricConverter() {
            super(Metric::parse);
        }
    }

    /** {@code --columns}/{@code --metric}: a metric key or {@code extra:NAME}. */
    static final class ColumnConverter extends Parsing<TableColumn> {
        ColumnConverter() {
            super(TableColumn::parse);
        }
    }

    /** {@code --stat}: a statistic's name, or {@code all}. */
    static final class StatChoiceConverter extends Parsing<List<Stat>> {
        StatChoiceConverter() {
            super(Stat::parseChoice);
        }
    }

    /** {@code --fail-on}: {@code METRIC:THRESHOLD}, for time optionally {@code @LEVEL}. */
    static final class GateRuleConverter extends Parsing<GateRule> {
        GateRuleConverter() {
            super(GateRule::parse);
        }
    }

    /** {@code --significance}: a probability between 0 and 1. */
    static final class LevelConverter extends Parsing<Double> {
        LevelConverter() {
            super(GateRule::parseLevel);
        }
    }
}
