package nl.stemwerk.eml;

/**
 * Limits and checks for reading EML files.
 *
 * @param maxBytes       the largest file accepted; reading stops with {@link EmlErrorCode#FILE_TOO_LARGE} as
 *                       soon as more bytes arrive, so a huge file is never parsed in full
 * @param maxDepth       the deepest element nesting accepted (real EML_NL stays below 20)
 * @param validateSchema whether to validate against the strict Kiesraad schema while reading (on by default;
 *                       switch it off only to measure or to inspect a file that is known to be off-schema)
 */
public record EmlReadOptions(long maxBytes, int maxDepth, boolean validateSchema) {
    /** 50 MiB: a 510b of a large municipality is a few MB, the TK2025 count of a small one 1.6 MB. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    public static final int DEFAULT_MAX_DEPTH = 64;

    public EmlReadOptions {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive, not " + maxBytes);
        }
        if (maxDepth < 4) {
            throw new IllegalArgumentException("maxDepth must be at least 4, not " + maxDepth);
        }
    }

    public static EmlReadOptions defaults() {
        return new EmlReadOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, true);
    }

    public EmlReadOptions withMaxBytes(long bytes) {
        return new EmlReadOptions(bytes, maxDepth, validateSchema);
    }

    public EmlReadOptions withMaxDepth(int depth) {
        return new EmlReadOptions(maxBytes, depth, validateSchema);
    }

    public EmlReadOptions withSchemaValidation(boolean validate) {
        return new EmlReadOptions(maxBytes, maxDepth, validate);
    }
}
