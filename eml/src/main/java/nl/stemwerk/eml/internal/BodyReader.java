package nl.stemwerk.eml.internal;

import nl.stemwerk.eml.EmlHeader;
import nl.stemwerk.eml.EmlMessageType;

/** Reads the body of one kind of EML message; called on the body's start tag, it must end on its end tag. */
@FunctionalInterface
public interface BodyReader<T> {
    T read(XmlCursor cursor, EmlMessageType type, EmlHeader header);
}
