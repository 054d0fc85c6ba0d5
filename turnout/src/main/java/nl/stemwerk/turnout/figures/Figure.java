package nl.stemwerk.turnout.figures;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A figure that the data supports, or the reason why it does not. Results never hold an invented number.
 *
 * @param <T> the kind of value
 */
public sealed interface Figure<T> permits Figure.Known, Figure.Unknown {

    static <T> Figure<T> known(T value, Reason... caveats) {
        return new Known<>(value, List.of(caveats));
    }

    static <T> Figure<T> known(T value, List<Reason> caveats) {
        return new Known<>(value, caveats);
    }

    static <T> Figure<T> unknown(Reason why) {
        return new Unknown<>(why);
    }

    static <T> Figure<T> unknown(ReasonCode code, String message) {
        return new Unknown<>(new Reason(code, message));
    }

    /** The value when known. */
    Optional<T> toOptional();

    /** What to keep in mind about a known value; empty for an unknown one. */
    List<Reason> caveats();

    /** Why the value is unknown; empty for a known one. */
    Optional<Reason> whyUnknown();

    default boolean isKnown() {
        return this instanceof Known<T>;
    }

    default <R> Figure<R> map(Function<T, R> mapping) {
        return switch (this) {
            case Known<T> known -> new Known<>(mapping.apply(known.value), known.caveats);
            case Unknown<T> unknown -> new Unknown<>(unknown.why);
        };
    }

    /**
     * A figure the data supports.
     *
     * @param value   the figure
     * @param caveats what a reader must keep in mind
     */
    record Known<T>(T value, List<Reason> caveats) implements Figure<T> {
        public Known {
            Objects.requireNonNull(value, "value");
            caveats = List.copyOf(caveats);
        }

        @Override
        public Optional<T> toOptional() {
            return Optional.of(value);
        }

        @Override
        public Optional<Reason> whyUnknown() {
            return Optional.empty();
        }
    }

    /**
     * A figure the data does not support.
     *
     * @param why the reason, in plain Dutch
     */
    record Unknown<T>(Reason why) implements Figure<T> {
        public Unknown {
            Objects.requireNonNull(why, "why");
        }

        @Override
        public Optional<T> toOptional() {
            return Optional.empty();
        }

        @Override
        public List<Reason> caveats() {
            return List.of();
        }

        @Override
        public Optional<Reason> whyUnknown() {
            return Optional.of(why);
        }
    }
}
