package nl.stemwerk.budgeting.pabulib;

/**
 * How a .pb file was laid out, so that writing it back gives the same bytes.
 *
 * @param lineEnding     line ends used in the file
 * @param finalLineBreak whether the last line ends with a line break
 * @param byteOrderMark  whether the file starts with a UTF-8 byte order mark
 */
public record PbLayout(LineEnding lineEnding, boolean finalLineBreak, boolean byteOrderMark) {

    /** Unix line ends, a final line break, no byte order mark: how pabulib publishes most files. */
    public static final PbLayout STANDARD = new PbLayout(LineEnding.LF, true, false);

    /** Line ends in a .pb file. */
    public enum LineEnding {
        LF("\n"), CRLF("\r\n");

        private final String characters;

        LineEnding(String characters) {
            this.characters = characters;
        }

        public String characters() {
            return characters;
        }
    }
}
