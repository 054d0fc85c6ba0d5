package nl.stemwerk.app.turnout.web;

import nl.stemwerk.turnout.figures.Figure;
import nl.stemwerk.turnout.figures.Ratio;
import nl.stemwerk.turnout.figures.Reason;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The turnout library's records as JSON, for the API and {@code stemwerk turnout --json}: a known figure as
 * {@code {"value": …, "caveats": [{code, message}]}}, an unknown one as {@code {"why": {code, message}}}, a share as
 * {@code {"part", "whole", "percent"}} with the percentage to two decimals.
 */
public final class TurnoutJson {
    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new SimpleModule("turnout")
                    .addSerializer(Figure.class, new FigureSerializer())
                    .addSerializer(Ratio.class, new RatioSerializer()))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private TurnoutJson() {
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    @SuppressWarnings("rawtypes")
    private static final class FigureSerializer extends ValueSerializer<Figure> {
        @Override
        public void serialize(Figure figure, JsonGenerator gen, SerializationContext context) {
            gen.writeStartObject();
            switch (figure) {
                case Figure.Known<?> known -> {
                    gen.writeName("value");
                    context.writeValue(gen, known.value());
                    gen.writeName("caveats");
                    gen.writeStartArray();
                    for (Reason reason : known.caveats()) {
                        reason(gen, reason);
                    }
                    gen.writeEndArray();
                }
                case Figure.Unknown<?> unknown -> {
                    gen.writeName("why");
                    reason(gen, unknown.why());
                }
            }
            gen.writeEndObject();
        }

        private static void reason(JsonGenerator gen, Reason reason) {
            gen.writeStartObject();
            gen.writeStringProperty("code", reason.code().name());
            gen.writeStringProperty("message", reason.message());
            gen.writeEndObject();
        }
    }

    private static final class RatioSerializer extends ValueSerializer<Ratio> {
        @Override
        public void serialize(Ratio ratio, JsonGenerator gen, SerializationContext context) {
            gen.writeStartObject();
            gen.writeNumberProperty("part", ratio.part());
            gen.writeNumberProperty("whole", ratio.whole());
            gen.writeName("percent");
            gen.writeNumber(ratio.percent(2));
            gen.writeEndObject();
        }
    }
}
